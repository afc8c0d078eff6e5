//! Section 2: the mega-round era.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live};
use crate::charts::ChartId;
use crate::dataset::{CompanyId, Dataset, Round};
use crate::model::format::{pct, usd_bn};
use crate::model::funding::VendorFlow;
use crate::model::levers;
use crate::model::{funding, Key};
use yew::prelude::*;

/// The assumptions this section's sliders set.
pub const KEYS: [Key; 2] = levers::FUNDING;

/// The element id of the paragraph on the rounds, which depends only on the dataset.
const ROUNDS: &str = "funding-rounds";

/// The data file the paragraph's figures are in (data/funding.toml).
const FILE: &str = "funding";

/// The biggest round and what the top labs raised: the dataset's figures alone, so the build
/// prerenders it and the app keeps that paragraph (`kept`).
fn rounds(d: &Dataset) -> Html {
    let Some(round) = funding::biggest_round(d) else {
        return html! {};
    };
    let who = d.company_name(round.company);
    // The same company's other round in the list (OpenAI's of October 2025).
    let earlier = d
        .funding
        .rounds
        .iter()
        .find(|r| r.company == round.company && r.id != round.id);
    // A valuation the article states on its own, else its round's; linked to that record.
    let valuation = |c: CompanyId| {
        let stated = d.funding.valuations.iter().find(|v| v.company == c);
        let stated = stated.map(|v| (v.value, v.approximate, ("valuations", c.as_str())));
        let from_round = || {
            let r = d.funding.rounds.iter().find(|r| r.company == c)?;
            Some((r.valuation?, false, ("rounds", r.id.as_ref())))
        };
        stated
            .or_else(from_round)
            .map_or(html! {}, |(v, about, (table, name))| {
                let text = format!("{}{}", if about { "about " } else { "" }, usd_bn(v));
                cited(html! { text }, FILE, table, Some(name))
            })
    };
    let ipo = |c: CompanyId| {
        let i = d.funding.ipos.iter().find(|i| i.company == c);
        i.map_or(html! {}, |i| {
            cited(
                html! { i.expected.to_string() },
                FILE,
                "ipos",
                Some(c.as_str()),
            )
        })
    };
    let round_source = |r: &Round, what: Html| cited(what, FILE, "rounds", Some(&r.id));
    html! {
        <p id={ROUNDS}>
            { format!("On {}, {who} raised ", round.date.human()) }
            { round_source(round, html! { usd_bn(round.amount) }) }{ " at a " }
            { round_source(round, html! { usd_bn(round.valuation.unwrap_or(0.0)) }) }
            { " valuation. " }
            if let Some(e) = earlier {
                { "Counting its " }{ round_source(e, html! { usd_bn(e.amount) }) }
                { format!(" round of {}, {who} alone raised ", e.date.human()) }
            } else {
                { format!("{who} raised ") }
            }
            { cited(live("openai-total", usd_bn(funding::raised_by(d, round.company))), FILE, "stated", None) }
            { "; with Anthropic and xAI the top labs raised " }
            { cited(live("combined", usd_bn(funding::combined(d))), FILE, "stated", None) }
            { " in under a year. CoreWeave is preparing an IPO at " }{ valuation(CompanyId::CoreWeave) }
            { "; Anthropic, valued at " }{ valuation(CompanyId::Anthropic) }{ ", expects one in " }
            { ipo(CompanyId::Anthropic) }{ "." }
        </p>
    }
}

#[function_component]
pub fn Funding(p: &SectionProps) -> Html {
    let s = &p.state;
    let d = &s.data;
    let f = &s.report.flowback;
    let vendor = |c: CompanyId| {
        f.to(c).cloned().unwrap_or(VendorFlow {
            company: c,
            name: String::new(),
            returned: 0.0,
            invested: 0.0,
        })
    };
    let (amazon, nvidia) = (vendor(CompanyId::Amazon), vendor(CompanyId::Nvidia));
    if f.round.is_none() {
        return html! {};
    }
    html! {
        <section id="funding" aria-labelledby="funding-h">
            <h2 id="funding-h">{ "The mega-round era" }</h2>
            { kept(ROUNDS, || rounds(d)) }
            <Figure id={ChartId::Raised} state={s.clone()} />
            <p>
                { "The round is an infrastructure play: two of its three investors sell OpenAI the compute it \
                    burns, and the article names Azure among its clouds too. If " }
                { live("flowback-share", pct(s.assumptions.get(Key::Flowback))) }
                { " of the round is spent on cloud and chips, " }{ live("flowback-total", usd_bn(f.to_vendors)) }
                { " comes back to vendors as revenue (not as a return on their stakes). Amazon gets " }
                { live("flowback-amazon", usd_bn(amazon.returned)) }{ ", revenue equal to " }
                { live("flowback-amazon-pct", pct(if amazon.invested > 0.0 {
                    amazon.returned / amazon.invested * 100.0 } else { 0.0 })) }
                { format!(" of its {} stake; Nvidia gets ", usd_bn(amazon.invested)) }
                { live("flowback-nvidia", usd_bn(nvidia.returned)) }
                if let Some(azure) = f.to(CompanyId::Microsoft) {
                    { format!("; {} gets ", azure.name) }{ live("flowback-azure", usd_bn(azure.returned)) }
                }
                { ". The split between them is our assumption." }
            </p>
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article}
                article={s.article_defaults} dispatch={p.dispatch.clone()} />
            <Figure id={ChartId::RoundFlowback} state={s.clone()} />
        </section>
    }
}
