//! The uncertainty's settings: on or off, how far each lever may move in the runs (a choice of a few
//! widths, so a phone's swipe never changes one and no typed value needs reading), and a new
//! seed. The address keeps any width to the hundredth and any seed (`query`).

use crate::app::query::SPREAD;
use crate::app::render_mode::PRERENDER;
use crate::app::state::{Action, Runner};
use crate::model::format::{plain, trim};
use crate::model::uncertainty::{
    has_spread, inner_share, outer_share, sampling_error, Settings, MAX_SEED,
};
use crate::model::Key;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The widths offered for a lever's spread, × the scenarios' range (0: the lever is fixed).
const WIDTHS: [f64; 5] = [0.0, 0.5, 1.0, 1.5, 2.0];

/// "1,000": a count of runs as prose writes it.
fn count(n: usize) -> String {
    if n < 1000 {
        n.to_string()
    } else {
        format!("{},{:03}", n / 1000, n % 1000)
    }
}

#[derive(Properties, PartialEq)]
pub struct UncertaintyControlsProps {
    pub settings: Settings,
    /// How many runs the bands on the page come from now.
    pub paths: usize,
    /// Where the runs are made (the worker, or nowhere when the browser refused it).
    #[prop_or_default]
    pub runner: Runner,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn UncertaintyControls(p: &UncertaintyControlsProps) -> Html {
    let b = p.settings;
    let toggle = p.dispatch.reform(|e: Event| {
        Action::Uncertainty(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let reseed = p
        .dispatch
        .reform(move |_: MouseEvent| Action::Seed((b.seed + 1) % (MAX_SEED + 1)));
    let summary = if b.on && p.runner == Runner::Unavailable {
        "Bands and ranges: unavailable (this browser did not start the page's worker, which runs them)"
            .to_string()
    } else if b.on {
        format!(
            "Bands: the middle {} and {} of {} runs of the model around your assumptions",
            inner_share(),
            outer_share(),
            count(p.paths)
        )
    } else {
        "Bands: off".to_string()
    };
    let width = |w: f64| {
        if w == 0.0 {
            "fixed".to_string()
        } else {
            format!("{}×", plain(w))
        }
    };
    html! {
        <details class="uncertainty-panel" id="uncertainty"
            data-runner={(!PRERENDER).then_some(p.runner.name())}
            data-paths={(!PRERENDER).then(|| p.paths.to_string())}>
            <summary>{ summary }</summary>
            // The controls work only once the app runs: the prerendered page carries the summary
            // alone (its first round trip has no room for them, and a closed panel looks the same).
            if !PRERENDER {
            <label class="choice"><input type="checkbox" id="uncertainty-on" checked={b.on} onchange={toggle} />
                { " Show bands and ranges" }</label>
            <p>{ format!("The shading shows where a projection lands if your assumptions are somewhat \
                  off: the darker band holds the middle {} of the model's runs, the lighter one {}, \
                  as do the answers' ranges. Each run draws every lever around your value, at most \
                  as far either way as the scenario furthest from it (a triangular spread). \
                  These are draw {}; the same draw gives the same runs. With {} runs, the bands' \
                  edges sit within about ±{} percentiles of where endless runs would put them \
                  (one standard error). ",
                  inner_share(), outer_share(), b.seed, count(p.paths),
                  trim(sampling_error(p.paths), 1)) }
                <button type="button" id="uncertainty-seed" onclick={reseed} disabled={!b.on}>
                    { "Draw new runs" }</button></p>
            <p id="spreads-h">{ "How far each lever may move (1×: as far as the furthest scenario):" }</p>
            <ul class="uncertainty-spreads" aria-labelledby="spreads-h">
            { for Key::ALL.iter().filter(|k| has_spread(**k)).map(|&k| {
                let w = b.width[k as usize];
                // A width the address set between the offered ones is offered too, last.
                let extra = (!WIDTHS.contains(&w)).then_some(w);
                let pick = p.dispatch.reform(move |e: Event| {
                    let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
                    Action::Spread(k, WIDTHS.get(i as usize).copied().unwrap_or(w))
                });
                html! {
                    <li><label>{ k.spec().label }{ " " }
                        <select id={format!("{SPREAD}{}", k.spec().id)} onchange={pick} disabled={!b.on}>
                        { for WIDTHS.iter().copied().chain(extra).map(|o| html! {
                            <option selected={o == w}>{ width(o) }</option>
                        }) }
                        </select></label></li>
                }
            }) }
            </ul>
            }
        </details>
    }
}
