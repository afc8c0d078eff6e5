//! Section 5: cloud computing to 2030.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live, range};
use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::model::capex::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::usd_range;
use crate::model::format::{pct, usd_bn, year_or};
use crate::model::levers;
use crate::model::market::{implied_cagr_pct, implied_cagr_range};
use crate::model::uncertainty::Answer;
use crate::model::Key;
use yew::prelude::*;

/// "on the forecast" within half a percent, else "+$120B vs the forecast".
fn gap_text(gap: f64, forecast: f64) -> String {
    if gap.abs() < forecast * 0.005 {
        "on the forecast".into()
    } else {
        format!(
            "{}{} vs the forecast",
            if gap > 0.0 { "+" } else { "−" },
            usd_bn(gap.abs())
        )
    }
}

/// The assumptions this section's sliders set.
pub const KEYS: [Key; 1] = levers::MARKET;

/// The element id of the paragraph on the forecast, which depends only on the dataset.
const FORECAST: &str = "market-forecast";

/// The forecast for 2030 and the growth it implies: the dataset's figures alone, so the build
/// prerenders it and the app keeps that paragraph (`kept`).
fn forecast(d: &Dataset) -> Html {
    let src = &d.cloud.market;
    let implied = implied_cagr_pct(src.value_2025, src.value_2030, HEADLINE_YEAR - FIRST_YEAR);
    let (lo, hi) = implied_cagr_range(src.value_2025, src.value_2030, HEADLINE_YEAR - FIRST_YEAR);
    let stated = |figure: String| cited(html! { figure }, "cloud", "market", None);
    html! {
        <p id={FORECAST}>
            { "The cloud computing market generated " }{ stated(usd_bn(src.value_2025)) }
            { " in 2025 and is projected to reach " }
            { stated(usd_bn(src.value_2030)) }{ format!(" by {HEADLINE_YEAR}. That forecast implies growth of ") }
            { live("implied-cagr", pct(implied)) }
            { format!(" a year, every year ({}–{} within the rounding of the article's figures).",
                pct((lo * 100.0).round() / 100.0), pct((hi * 100.0).round() / 100.0)) }
        </p>
    }
}

#[function_component]
pub fn Market(p: &SectionProps) -> Html {
    let s = &p.state;
    let m = &s.report.market;
    let src = &s.data.cloud.market;
    let gap = m.at(HEADLINE_YEAR) - src.value_2030;
    html! {
        <section id="market" aria-labelledby="market-h">
            <h2 id="market-h">{ format!("Cloud computing to {LAST_YEAR}") }</h2>
            { kept(FORECAST, || forecast(&s.source)) }
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article}
                article={s.article_defaults} dispatch={p.dispatch.clone()} />
            <p>
                { "At " }{ live("market-cagr", pct(m.cagr_pct)) }{ " a year the market reaches " }
                { live("market-2030", usd_bn(m.at(HEADLINE_YEAR))) }
                { range("market-2030", s.sim.as_deref(), Answer::Market2030, usd_range) }
                { format!(" in {HEADLINE_YEAR} (") }{ live("market-gap", gap_text(gap, src.value_2030)) }
                { format!(") and {} in {LAST_YEAR}. It crosses $1T in ", usd_bn(m.last())) }
                { live("market-1t", year_or(m.crosses_1t, &format!("no year by {LAST_YEAR}"))) }
                { " and $2T in " }
                { live("market-2t", year_or(m.crosses_2t, &format!("no year by {LAST_YEAR}"))) }{ "." }
            </p>
            <Figure id={ChartId::Market} state={s.clone()} />
        </section>
    }
}
