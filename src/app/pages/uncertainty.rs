//! `uncertainty.html`: how sure the projections are, at the article's assumptions. Each lever
//! is drawn from a spread that holds the bull's and the bear's values (`model::uncertainty`),
//! and the page gives the headline answers' ranges, the bands year by year, which levers move
//! each answer most (`model::sensitivity::tornado`) and what each lever would have to be for a
//! target to hold (`sensitivity::solve`). Built natively like the sources page, never part of
//! the wasm: the report's charts draw the same bands live, but the tornado and the goal seek
//! would take its download past its budget (docs/wasm-size.md).

use crate::dataset::Dataset;
use crate::model::capex::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::{pct, trim, usd_bn};
pub use crate::model::format::answer_words;
use crate::model::sensitivity::{moving, Goal};
use crate::model::uncertainty::{simulate, spreads, Answer, SeriesId, DEFAULT_WIDTH, QUANTILES};
use crate::model::{Assumptions, Key, Report};
use const_format::formatcp;
use std::rc::Rc;
use yew::prelude::*;

/// Paths drawn: the build can afford many (each is one run of the model, a few µs).
pub const PAGE_PATHS: usize = 4000;
/// The generator's seed, so the page is the same on every build.
pub const SEED: u64 = 2026;

/// What a banded series is called, and how its values are written.
fn series_words(series: SeriesId) -> (&'static str, fn(f64) -> String) {
    match series {
        SeriesId::Capex => ("The five's CapEx per year", usd_bn),
        SeriesId::CapexCumulative => (formatcp!("Their running total from {FIRST_YEAR}"), usd_bn),
        SeriesId::Market => ("The cloud market", usd_bn),
        SeriesId::Revenue => ("Cloud infrastructure revenue", usd_bn),
        SeriesId::Ratio => ("CapEx against cloud revenue", |v| {
            format!("{}×", trim(v, 2))
        }),
    }
}

/// The targets the page solves for, as the issue of the report put them: Huang's high end
/// reached by 2030, CapEx below half of revenue in 2030, Azure ahead of AWS within two years.
pub fn goals(data: &Dataset) -> [(String, Goal); 3] {
    let high = data.capex.estimate_2030.high;
    [
        (
            format!(
                "The five spend {} or more from {FIRST_YEAR} to {HEADLINE_YEAR}",
                usd_bn(high)
            ),
            Goal {
                answer: Answer::CumulativeCapex2030,
                target: high,
                at_least: true,
            },
        ),
        (
            format!("CapEx is at most half of cloud revenue in {HEADLINE_YEAR}"),
            Goal {
                answer: Answer::Ratio2030,
                target: 0.5,
                at_least: false,
            },
        ),
        (
            format!("Azure passes AWS by {}", FIRST_YEAR + 2),
            Goal {
                answer: Answer::AzurePassesAws,
                target: f64::from(FIRST_YEAR + 2),
                at_least: false,
            },
        ),
    ]
}

/// Each lever that alone meets `goal` within its range, with the value it needs.
pub fn needed(d: &Dataset, a: &Assumptions, goal: Goal) -> Vec<(Key, f64)> {
    crate::model::sensitivity::needed(d, a, goal)
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct UncertaintyPageProps {
    pub data: Rc<Dataset>,
}

#[function_component]
pub fn UncertaintyPage(p: &UncertaintyPageProps) -> Html {
    let d = &p.data;
    let a = Assumptions::article(d);
    let central = Report::compute(d, &a);
    let spread = spreads(d, &a, &DEFAULT_WIDTH);
    let sim = simulate(d, &a, &spread, SEED, PAGE_PATHS);
    let value = |k: Key, v: f64| crate::model::format::slider_value(k.spec(), v);
    // The share of paths inside p10..p90 and p25..p75, from the quantiles the model reports.
    let share = |lo: usize, hi: usize| pct((QUANTILES[hi] - QUANTILES[lo]) * 100.0);
    let (outer, inner) = (share(0, 4), share(1, 3));
    html! {
        <div class="report appendix-page">
            <header class="masthead">
                <p class="kicker"><a href="./">{ format!("← {}", crate::REPORT_TITLE) }</a></p>
                <h1>{ "How sure are the projections?" }</h1>
                <p class="dek">{ format!("At the article's assumptions, each lever drawn {PAGE_PATHS} times \
                    (seed {SEED}) \
                    from a triangular spread around its value that holds the bull's and the bear's: the ranges \
                    below are where {outer} of the paths fall (p10 to p90), the bands {inner} and {outer}. The \
                    build computes this page at the article's assumptions; the report's charts draw the same bands \
                    live, around the reader's own.") }</p>
            </header>
            <main>
                <h2 id="ranges">{ "The headline answers" }</h2>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ranges">
                <table class="answers">
                    <thead><tr><th scope="col">{ "Answer" }</th><th scope="col">{ "Central" }</th>
                        <th scope="col">{ format!("{outer} range") }</th>
                        <th scope="col">{ format!("Not by {LAST_YEAR}") }</th>
                    </tr></thead>
                    <tbody>{ for Answer::ALL.iter().map(|&ans| {
                        let (name, write) = answer_words(ans);
                        let range = sim.range(ans);
                        html! { <tr id={format!("answer-{ans:?}")}>
                            <th scope="row">{ name }</th>
                            <td>{ ans.of(&central).map_or(format!("not by {LAST_YEAR}"), write) }</td>
                            <td>{ range.map_or(String::new(), |r| format!("{} to {}", write(r.quantiles.p10),
                                write(r.quantiles.p90))) }</td>
                            <td>{ range.map_or(String::new(), |r| pct(r.never * 100.0)) }</td>
                        </tr> }
                    }) }</tbody>
                </table>
                </div>
                <p>{ format!("Spending reaches the low end of Huang's estimate by {HEADLINE_YEAR} in {} of the paths.",
                    pct(sim.estimate_reached * 100.0)) }</p>
                <h2 id="levers">{ "Which levers matter" }</h2>
                <p>{ "Each answer with one lever at each end of its spread and the others at the article's values, \
                    the lever that moves it most first; levers that do not move it are left out." }</p>
                { for Answer::ALL.iter().map(|&ans| {
                    let (name, write) = answer_words(ans);
                    let bars = moving(d, &a, &spread, ans);
                    let bars = bars.iter();
                    let id = format!("tornado-{ans:?}");
                    html! {
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id.clone()}>
                        <table class="tornado">
                            <caption id={id}>{ name }</caption>
                            <thead><tr><th scope="col">{ "Lever" }</th><th scope="col">{ "Spread" }</th>
                                <th scope="col">{ "At its low end" }</th><th scope="col">{ "At its high end" }</th>
                            </tr></thead>
                            <tbody>{ for bars.map(|b| {
                                let s = spread[b.key as usize];
                                html! { <tr>
                                    <th scope="row">{ b.key.spec().label }</th>
                                    <td>{ format!("{} to {}", value(b.key, s.low), value(b.key, s.high)) }</td>
                                    <td>{ write(b.at_low) }</td><td>{ write(b.at_high) }</td>
                                </tr> }
                            }) }</tbody>
                        </table>
                        </div>
                    }
                }) }
                <h2 id="must">{ "What must be true" }</h2>
                <p>{ "For each target, the value of each lever alone (on its slider's steps, nearest the \
                    article's) that would meet it, the others at the article's values. A lever not listed cannot \
                    meet it alone within its range." }</p>
                { for goals(d).into_iter().enumerate().map(|(i, (words, goal))| {
                    let id = format!("goal-{i}");
                    html! {
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id.clone()}>
                        <table class="goals">
                            <caption id={id}>{ words }</caption>
                            <thead><tr><th scope="col">{ "Lever" }</th><th scope="col">{ "Article" }</th>
                                <th scope="col">{ "Needed" }</th></tr></thead>
                            <tbody>{ for needed(d, &a, goal).into_iter().map(|(k, v)| html! {
                                <tr>
                                    <th scope="row">{ k.spec().label }</th><td>{ value(k, a.get(k)) }</td>
                                    <td>{ value(k, v) }</td>
                                </tr>
                            }) }</tbody>
                        </table>
                        </div>
                    }
                }) }
                <h2 id="by-year">{ "Year by year" }</h2>
                { for SeriesId::ALL.iter().map(|&series| {
                    let (name, write) = series_words(series);
                    let id = format!("band-{series:?}");
                    let line = series.values(&central);
                    html! {
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id.clone()}>
                        <table class="by-year">
                            <caption id={id}>{ name }</caption>
                            <thead><tr><th scope="col">{ "Year" }</th><th scope="col">{ "Central" }</th>
                                { for ["p10", "p25", "p50", "p75", "p90"].iter().map(|q| html! {
                                    <th scope="col">{ *q }</th> }) }
                            </tr></thead>
                            <tbody>{ for sim.series(series).iter().enumerate().map(|(i, q)| html! { <tr>
                                <th scope="row">{ FIRST_YEAR + i as i32 }</th>
                                <td>{ line.get(i).map_or(String::new(), |v| write(*v)) }</td>
                                { for q.to_array().into_iter().map(|v| html! { <td>{ write(v) }</td> }) }
                            </tr> }) }</tbody>
                        </table>
                        </div>
                    }
                }) }
            </main>
        </div>
    }
}
