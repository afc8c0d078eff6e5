//! The pieces the pages are built of: a chart and everything around it ([`chart`]), the
//! sliders ([`slider`]), the controls above the report (presets, base switch, uncertainty),
//! the title block, notices, and the small helpers below for prose.

pub mod base_switch;
pub mod chart;
pub mod compare;
pub mod copy_button;
crate::app::render_mode::prerender_only! {
    pub mod masthead;
}
pub mod notices;
pub mod presets;
pub mod projections;
pub mod slider;
pub mod uncertainty_controls;

use crate::app::render_mode;
use yew::prelude::*;

/// A number inside the prose that the model computes; `data-live` names it for the tests.
pub fn live(name: &'static str, text: impl Into<String>) -> Html {
    html! { <strong class="live" data-live={name}>{ text.into() }</strong> }
}

/// An article figure in prose the build prerenders (`kept`), linked to its record on the
/// sources page: the article's words it comes from, its source and its date. The record is
/// named as the page names it (`file`, `table` and, in a list, the record's name).
pub fn cited(content: Html, file: &str, table: &str, name: Option<&str>) -> Html {
    let anchor = crate::dataset::record_anchor(file, table, name);
    html! { <a class="cited" href={format!("{}#{anchor}", crate::dataset::SOURCES_PAGE)}>{ content }</a> }
}

/// Prose or a section that depends only on the dataset, never on the assumptions. The build
/// prerenders it (natively this is `content` itself, whose element has the id `id`); the app
/// renders only a place for it, and `browser::take_over` moves the prerendered element there.
/// So its words and code are not in the wasm (`render_mode::either` compiles only the mode's
/// own closure), and the takeover does not rebuild it.
pub fn kept(id: &'static str, content: impl FnOnce() -> Html) -> Html {
    render_mode::either(content, || html! { <div class="kept" data-keep={id} /> })
}

/// The page's colour scheme, as the stylesheet reads it (`data-theme`). A state the page
/// switches is a data attribute, not a class: any class that is not a literal goes through
/// Yew's `Classes`, whose ordered set cost the wasm 3.2 KB gzip.
pub fn theme(dark: bool) -> &'static str {
    if dark {
        "dark"
    } else {
        "light"
    }
}

/// The id of the one hint every chart's canvas is described by: how its keys work.
pub const KEYS_HINT_ID: &str = "chart-keys";

/// What only a screen reader meets: the page's one polite live region (`browser::announce`
/// writes it: what a change of assumptions did, or the chart point the keyboard is on), and
/// the charts' keys.
pub fn reader_aids() -> Html {
    html! { <>
        <p class="sr-only" id={crate::app::browser::ANNOUNCE_ID} aria-live="polite"></p>
        <p class="sr-only" id={KEYS_HINT_ID}>{ "Left and right arrows step through the years or bars, \
            Home and End go to the ends, up and down pick a series, Escape clears the point." }</p>
    </> }
}

/// How sure a derived answer is, in brackets after it: the share of runs between p10 and p90
/// and that range (written by `range`), from the Monte Carlo; nothing when the bands are off.
/// An answer that may not happen by 2035 (a crossing) also says in what share of runs it does
/// not. `data-range` names it for the tests.
pub fn range(
    name: &'static str,
    sim: Option<&crate::model::uncertainty::Simulation>,
    answer: crate::model::uncertainty::Answer,
    write: fn(f64, f64) -> String,
) -> Html {
    use crate::model::capex::LAST_YEAR;
    use crate::model::format::pct;
    use crate::model::uncertainty::middle_runs;
    let Some(r) = sim.and_then(|s| s.range(answer)) else {
        return Html::default();
    };
    let (lo, hi) = r.quantiles.outer();
    let said = write(lo, hi);
    // A range every run agrees on (its levers fixed) says nothing.
    if r.never == 0.0 && said == write(lo, lo) {
        return Html::default();
    }
    let mut text = String::from(" (");
    if lo.is_finite() && hi.is_finite() {
        let which = if r.never > 0.0 {
            " where it happens"
        } else {
            ""
        };
        text.push_str(&format!("{}{which}: {said}", middle_runs()));
    }
    if r.never > 0.0 {
        if lo.is_finite() {
            text.push_str("; ");
        }
        text.push_str(&format!(
            "in {} of runs not by {LAST_YEAR}",
            pct((r.never * 100.0).round())
        ));
    }
    text.push(')');
    html! { <span class="range" data-range={name}>{ text }</span> }
}
