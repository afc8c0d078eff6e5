//! "How the article holds up": each checkable claim beside what the companies and Synergy
//! reported, with a verdict computed from `data/reported.toml` (`model::scorecard`), and the
//! projections held against what happened since. It depends only on the dataset, so the build
//! prerenders it (readable with JavaScript off) and the app keeps that element.

use super::DataProps;
use crate::dataset::{Dataset, SCORECARD_CSV_FILE};
use crate::model::format::{signed, usd_bn};
use crate::model::reported::as_of;
use crate::model::scorecard::{
    calibration, claims, held, Claim, Held, Verdict, MONEY_TOLERANCE_PCT, POINTS_TOLERANCE,
};
use crate::model::uncertainty::middle_runs;
use yew::prelude::*;

/// The section's element id: its anchor, and what an embed of it keeps.
pub const ID: &str = "scorecard";

/// The host of a page's address, as its link text: "lightwaveonline.com".
fn host(url: &str) -> &str {
    let rest = url.split("://").nth(1).unwrap_or(url);
    let host = rest.split('/').next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

fn row(c: &Claim) -> Html {
    let sources = c.sources.iter().map(|s| {
        let kind = if s.primary { " (own release)" } else { "" };
        html! { <li><a href={s.url.clone()} rel="noopener">{ host(&s.url) }</a>
        { format!(", {}{kind}", s.reported.human()) }</li> }
    });
    html! {
        <tr data-verdict={c.verdict.id()}>
            <th scope="row" data-label="Claim">{ &c.topic }</th>
            <td data-label="The article">{ &c.article }</td>
            <td data-label="Reported">{ if c.reported.is_empty() { "—" } else { &c.reported } }</td>
            <td data-label="Verdict"><span class="verdict">{ c.verdict.label() }</span></td>
            <td data-label="Sources">
                if c.sources.is_empty() { { "—" } } else { <ul class="scorecard-sources">{ for sources }</ul> }
            </td>
        </tr>
    }
}

fn held_row(h: &Held) -> Html {
    let money = |(lo, hi): (f64, f64)| {
        let (lo, hi) = (usd_bn(lo), usd_bn(hi));
        if lo == hi {
            lo
        } else {
            format!("{lo}–\u{2060}{hi}")
        }
    };
    let off = signed(h.off_pct());
    let said = match h.inside() {
        Some(true) => format!("inside the range; the line is off by {off} %"),
        Some(false) => format!("outside the range; the line is off by {off} %"),
        None => format!("no range (a plan the model takes as given); off by {off} %"),
    };
    html! {
        <tr>
            <th scope="row" data-label="What">{ format!("{}, {}", h.what, h.period.label()) }</th>
            <td data-label="Reported">{ money(h.reported) }</td>
            <td data-label="The article's view">{ usd_bn(h.projected) }</td>
            <td data-label={middle_runs()}>{ h.range.map_or("—".to_string(), money) }</td>
            <td data-label="Verdict">{ said }</td>
        </tr>
    }
}

/// "12 confirmed, 20 off, 4 out of date, 3 not yet known".
fn tally(all: &[Claim]) -> String {
    let count = |id: &str| all.iter().filter(|c| c.verdict.id() == id).count();
    let said: Vec<String> = Verdict::KINDS
        .iter()
        .map(|(id, words)| format!("{} {words}", count(id)))
        .collect();
    format!("{} claims checked: {}.", all.len(), said.join(", "))
}

/// What the bands' spread of growth is against the history (Method says it too).
pub fn calibration_text(d: &Dataset) -> String {
    let Some(c) = calibration(d) else {
        return String::new();
    };
    let pt = signed;
    format!(
        "Over {} year-on-year comparisons of Synergy's growth rate since 2019, it moved within a year by \
         {} to {} points (the middle {} of them). The bands let each provider's growth sit {} to {} points from the \
         slider for the whole projection. A year's swing is inside them; a run of years as slow as 2022–23 is \
         at their edge.",
        c.changes,
        pt(c.history.0),
        pt(c.history.1),
        crate::model::uncertainty::outer_share(),
        pt(c.bands.0),
        pt(c.bands.1)
    )
}

#[function_component]
pub fn Scorecard(p: &DataProps) -> Html {
    let d = &p.data.0;
    let all = claims(d);
    let held = held(d);
    let inside = held.iter().filter(|h| h.inside() == Some(true)).count();
    let ranged = held.iter().filter(|h| h.inside().is_some()).count();
    let checked = d.reported.checked;
    html! {
        <section id={ID} class="scorecard" aria-labelledby="scorecard-title">
            <h2 id="scorecard-title">{ "How the article holds up" }</h2>
            <p>{ format!("The article is dated {}. Below, each of its checkable claims sits beside what the \
                companies and Synergy Research reported, as of {} (checked {}). Each verdict is computed from those \
                reported figures. Confirmed: within {} % for money, {} point for shares and growth. Off: by how much, \
                below zero where the article's figure is the lower; a floor (the article's “+”) counts as its value. \
                Out of date: right then, overtaken since. Not yet known: nothing reported bears on it yet. \
                Most pages are news reports of the companies' or Synergy's releases; a company's own release is \
                marked.", d.meta.article.published.human(), as_of(d).human(), checked.human(),
                MONEY_TOLERANCE_PCT, POINTS_TOLERANCE) }</p>
            <p class="scorecard-tally">{ tally(&all) }</p>
            <div class="table-wrap"><table class="scorecard-table">
                <caption class="sr-only">{ "The article's claims, what was reported and the verdict" }</caption>
                <thead><tr><th scope="col">{ "Claim" }</th><th scope="col">{ "The article" }</th>
                    <th scope="col">{ "Reported" }</th><th scope="col">{ "Verdict" }</th>
                    <th scope="col">{ "Sources" }</th></tr></thead>
                <tbody>{ for all.iter().map(row) }</tbody>
            </table></div>
            <h3>{ "The projections against what happened" }</h3>
            <p>{ format!("Every reported figure that falls within the projection's years, beside what the article's \
                view (its figures, our default assumptions) projected there and the {}. {inside} of {ranged} \
                reported figures with a range fall inside it. Where the model takes a figure as given (a \
                company's plan), the verdict says how far its line is off.", middle_runs()) }</p>
            <div class="table-wrap"><table class="scorecard-table">
                <thead><tr><th scope="col">{ "What" }</th><th scope="col">{ "Reported" }</th>
                    <th scope="col">{ "The article's view" }</th><th scope="col">{ middle_runs() }</th>
                    <th scope="col">{ "Verdict" }</th></tr></thead>
                <tbody>{ for held.iter().map(held_row) }</tbody>
            </table></div>
            <p>{ calibration_text(d) }</p>
            <p class="scorecard-foot">
                <a href={SCORECARD_CSV_FILE} download="">{ "Download the scorecard (CSV)" }</a>
                { " · " }<a href={format!("?embed={ID}")}>{ "Embed it" }</a>
            </p>
        </section>
    }
}
