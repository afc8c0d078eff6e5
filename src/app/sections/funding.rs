//! Section 2: the mega-round era.

use super::SectionProps;
use crate::app::components::figure::Figure;
use crate::app::components::live;
use crate::app::components::slider::Sliders;
use crate::charts::ChartId;
use crate::model::format::{pct, usd_bn};
use crate::model::{funding, Key};
use yew::prelude::*;

/// The assumptions this section's sliders set.
pub const KEYS: [Key; 1] = [Key::Flowback];

#[function_component]
pub fn Funding(p: &SectionProps) -> Html {
    let s = &p.state;
    let d = &s.data;
    let f = &s.report.flowback;
    let vendor = |i: usize| {
        f.vendors
            .get(i)
            .map_or((String::new(), 0.0, 0.0), |v| v.clone())
    };
    let (amazon, nvidia) = (vendor(0), vendor(1));
    let openai = d.funding.rounds.iter().find(|r| r.amount == f.round);
    let valuation = openai.and_then(|r| r.valuation).unwrap_or(0.0);
    html! {
        <section id="funding" aria-labelledby="funding-h">
            <h2 id="funding-h">{ "The mega-round era" }</h2>
            <p>
                { "On February 27 OpenAI raised " }{ live("round", usd_bn(f.round)) }{ " at a " }
                { live("round-valuation", usd_bn(valuation)) }{ " valuation. Counting its " }{ usd_bn(40.0) }
                { " round of October 2025, OpenAI alone raised " }{ live("openai-total", usd_bn(funding::raised_by(d, "openai"))) }
                { "; with Anthropic and xAI the top labs raised " }{ live("combined", usd_bn(funding::combined(d))) }
                { " in under a year. CoreWeave is preparing an IPO at about $35B; Anthropic, valued at $350B, expects one in H2 2026." }
            </p>
            <Figure id={ChartId::Raised} state={s.clone()} />
            <p>
                { "The round is an infrastructure play: two of its three investors sell OpenAI the compute it burns. If " }
                { live("flowback-share", pct(s.assumptions.get(Key::Flowback))) }{ " of the round is spent on cloud and chips, " }
                { live("flowback-total", usd_bn(f.to_vendors)) }{ " flows back as revenue — " }
                { live("flowback-amazon", usd_bn(amazon.1)) }{ " to Amazon (" }{ live("flowback-amazon-pct", pct(if amazon.2 > 0.0 { amazon.1 / amazon.2 * 100.0 } else { 0.0 })) }
                { " of its $50B) and " }{ live("flowback-nvidia", usd_bn(nvidia.1)) }{ " to Nvidia." }
            </p>
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article} dispatch={p.dispatch.clone()} />
            <Figure id={ChartId::RoundFlowback} state={s.clone()} />
        </section>
    }
}
