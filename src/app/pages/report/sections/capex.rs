//! Section 3: the CapEx explosion.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live, range};
use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::model::capex::{totals, FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::{pct, usd_bn, usd_bn_exact, usd_range};
use crate::model::levers;
use crate::model::reported::Base;
use crate::model::uncertainty::Answer;
use crate::model::{HuangReading, Key};
use yew::prelude::*;

pub const KEYS: [Key; 4] = levers::CAPEX;

/// "at least " where the article's figure is a floor (its "+").
fn floor(at_least: bool) -> &'static str {
    if at_least {
        "at least "
    } else {
        ""
    }
}

/// The element id of the paragraph on the companies' plans, which depends only on the dataset.
const PLANS: &str = "capex-plans";

/// What the five spent in 2025 and plan for 2026: the dataset's figures alone, so the build
/// prerenders it and the app keeps that paragraph (`kept`).
fn plans(d: &Dataset) -> Html {
    let (t25, t26) = totals(d);
    let plan_floor = floor(d.capex.stated.total_2026_at_least);
    let microsoft = d
        .capex
        .companies
        .iter()
        .find_map(|x| x.period_note.as_deref());
    // The plans' total is the article's own figure; 2025's exact sum and the increase are
    // computed, and differ from the article's rounded ones: not linked to them.
    let stated = |figure: Html| cited(figure, "capex", "stated", None);
    html! {
        <p id={PLANS}>
            { format!("Five companies plan to spend {plan_floor}") }{ stated(live("capex-2026", usd_bn(t26))) }
            { " on infrastructure in 2026, up from " }{ live("capex-2025", usd_bn_exact(t25)) }
            { format!(" in 2025 — {plan_floor}") }{ live("capex-increase", usd_bn(t26 - t25)) }
            { " more in a single year. CoreWeave nearly doubles; Google grows by half." }
            if let Some(note) = microsoft {
                { format!(" (Microsoft's 2025 figure is {note}.)") }
            }
        </p>
    }
}

/// On the reported base, what the model starts from instead of the paragraph above it (the
/// article's, which the page keeps as it is).
fn reported_plans(d: &Dataset) -> Html {
    let (t25, t26) = totals(d);
    let growth = (t26 / t25 - 1.0) * 100.0;
    let top = Key::CapexGrowth.spec().max;
    html! {
        <p class="base-note-p">
            { format!("On the reported figures, the five spent {} in 2025 and plan {} for 2026 (the middle of \
                each plan's range), up {}. The paragraph above is the article's.",
                usd_bn(t25), usd_bn(t26), pct(growth)) }
            if growth > top {
                { format!(" That growth is over the CapEx-growth slider's top, so 2027 starts from {}.",
                    pct(top)) }
            }
        </p>
    }
}

#[function_component]
pub fn Capex(p: &SectionProps) -> Html {
    let s = &p.state;
    let c = &s.report.capex;
    let (peak_year, peak) = c.peak();
    let (low, high) = c.estimate;
    let e = &s.data.capex.estimate_2030;
    let reading = s.assumptions.huang_reading();
    // What the five's spend does against the range, and when: said once.
    let (reached, when) = match (c.estimate_low_year, c.estimate_high_year) {
        (_, Some(y)) => (
            format!("passes even the top of the range, {}, in", usd_bn(high)),
            y.to_string(),
        ),
        (Some(y), None) => (
            format!("reaches the low end, {}, in", usd_bn(low)),
            y.to_string(),
        ),
        (None, None) => (
            "does not reach it".to_owned(),
            format!("by {HEADLINE_YEAR}"),
        ),
    };
    let sim = s.sim.as_deref();
    let compared = match reading {
        HuangReading::Cumulative => html! { <>
            { "His figure is industry-wide; we read it against the five companies' running total from \
               2025. They would spend " }
            { live("capex-cumulative", usd_bn(c.cumulative_at(HEADLINE_YEAR))) }
            { range("capex-cumulative", sim, Answer::CumulativeCapex2030, usd_range) }
            { format!(" from {FIRST_YEAR} to {HEADLINE_YEAR} on these assumptions. Their running total ") }
        </> },
        HuangReading::AnnualIn2030 => html! { <>
            { "Read as one year's spend, the five would spend " }
            { live("capex-annual-2030", usd_bn(c.at(HEADLINE_YEAR))) }
            { format!(" in {HEADLINE_YEAR} alone on these assumptions. That year ") }
        </> },
    };
    let plateau = s.assumptions.plateau_year();
    html! {
        <section id="capex" aria-labelledby="capex-h">
            <h2 id="capex-h">{ "The CapEx explosion" }</h2>
            { kept(PLANS, || plans(&s.source)) }
            if s.view.base == Base::Reported { { reported_plans(&s.data) } }
            <Figure id={ChartId::CapexBars} state={s.clone()} />
            <p>
                { "What happens next is the reader's call. On the assumptions below, yearly CapEx would " }
                if peak_year == LAST_YEAR {
                    { "keep growing, to " }{ live("capex-2030", usd_bn(c.at(HEADLINE_YEAR))) }
                    { format!(" in {HEADLINE_YEAR} and ") }{ live("capex-2035", usd_bn(c.at(LAST_YEAR))) }
                    { format!(" in {LAST_YEAR}.") }
                } else {
                    { "peak at " }{ live("capex-peak", usd_bn(peak)) }{ " in " }
                    { live("capex-peak-year", peak_year.to_string()) }
                    if (c.at(HEADLINE_YEAR) - c.at(LAST_YEAR)).abs() < 0.5 && (peak - c.at(LAST_YEAR)).abs() < 0.5 {
                        { " and hold that level (" }{ live("capex-2030", usd_bn(c.at(HEADLINE_YEAR))) }
                        { format!(" a year in {HEADLINE_YEAR} and {LAST_YEAR}).") }
                    } else {
                        { "; " }{ live("capex-2030", usd_bn(c.at(HEADLINE_YEAR))) }
                        { format!(" in {HEADLINE_YEAR} and ") }
                        { live("capex-2035", usd_bn(c.at(LAST_YEAR))) }{ format!(" in {LAST_YEAR}.") }
                    }
                }
                if let Some(y) = plateau {
                    { format!(" CapEx grows until the plateau year, {y}; after it, it changes by {} a year.",
                        pct(s.assumptions.get(Key::PostPlateau))) }
                }
            </p>
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article}
                article={s.article_defaults} dispatch={p.dispatch.clone()} />
            <Figure id={ChartId::CapexProjection} state={s.clone()} />
            <p>
                { format!("Jensen Huang expects {} of AI-infrastructure spending by the end of the decade. ",
                    usd_range(e.low, e.high)) }
                { compared }{ live("capex-band", reached) }{ " " }{ live("capex-band-year", when) }{ ". " }
                if let Some(sim) = sim {
                    { "In " }<span class="range" data-range="capex-band-odds">
                        { pct((sim.estimate_reached * 100.0).round()) }</span>
                    { format!(" of the runs it reaches the low end by {HEADLINE_YEAR}. ") }
                }
                if let Some(y) = s.report.early_plateau_estimate_year {
                    { format!("With the article's earlier plateau ({}), it would touch it in {y}.",
                        s.report.early_plateau_year) }
                } else {
                    { format!("With the article's earlier plateau ({}), it would not by {HEADLINE_YEAR}.",
                        s.report.early_plateau_year) }
                }
            </p>
            <Sliders keys={vec![Key::HuangReading]} values={s.assumptions} defaults={s.article}
                article={s.article_defaults}
                dispatch={p.dispatch.clone()} />
            <Figure id={ChartId::CapexCumulative} state={s.clone()} />
        </section>
    }
}
