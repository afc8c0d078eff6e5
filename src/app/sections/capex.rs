//! Section 3: the CapEx explosion.

use super::SectionProps;
use crate::app::components::figure::Figure;
use crate::app::components::live;
use crate::app::components::slider::Sliders;
use crate::charts::ChartId;
use crate::model::capex::totals;
use crate::model::format::{usd_bn, usd_range, year_or};
use crate::model::Key;
use yew::prelude::*;

pub const KEYS: [Key; 3] = [Key::CapexGrowth, Key::CapexSlowdown, Key::PlateauYear];

#[function_component]
pub fn Capex(p: &SectionProps) -> Html {
    let s = &p.state;
    let c = &s.report.capex;
    let (t25, t26) = totals(&s.data);
    let (peak_year, peak) = c.peak();
    let (low, high) = c.band;
    let e = &s.data.capex.estimate_2030;
    let reached = match (c.band_low_year, c.band_high_year) {
        (_, Some(y)) => format!("passes even the top of the range, {}, in {y}", usd_bn(high)),
        (Some(y), None) => format!("reaches the low end, {}, in {y}", usd_bn(low)),
        (None, None) => "does not reach it by 2030".to_string(),
    };
    html! {
        <section id="capex" aria-labelledby="capex-h">
            <h2 id="capex-h">{ "The CapEx explosion" }</h2>
            <p>
                { "Five companies plan to spend " }{ live("capex-2026", usd_bn(t26)) }
                { " on infrastructure in 2026, up from " }{ live("capex-2025", usd_bn(t25)) }
                { " in 2025 — " }{ live("capex-increase", usd_bn(t26 - t25)) }{ " more in a single year. " }
                { "CoreWeave nearly doubles; Google grows by half." }
            </p>
            <Figure id={ChartId::CapexBars} state={s.clone()} />
            <p>
                { "What happens next is the reader's call. With the assumptions below, yearly CapEx peaks at " }
                { live("capex-peak", usd_bn(peak)) }{ " in " }{ live("capex-peak-year", peak_year.to_string()) }
                { " and reaches " }{ live("capex-2030", usd_bn(c.at(2030))) }{ " in 2030." }
            </p>
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article} dispatch={p.dispatch.clone()} />
            <Figure id={ChartId::CapexProjection} state={s.clone()} />
            <p>
                { format!("Jensen Huang expects {} of AI-infrastructure spending by the end of the decade. ",
                    usd_range(e.low, e.high)) }
                { "These five alone spend " }{ live("capex-cumulative", usd_bn(c.cumulative_total())) }
                { " from 2025 to 2030: their running total " }{ live("capex-band", reached) }
                { ". The first year it touches the range: " }
                { live("capex-band-year", year_or(c.band_low_year, "not by 2030")) }{ "." }
            </p>
            <Figure id={ChartId::CapexCumulative} state={s.clone()} />
        </section>
    }
}
