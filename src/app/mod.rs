//! Layer 4: the page. Yew components over one reducer-held [`state::State`].
//!
//! The URL query sets the starting assumptions (and embed mode); every change of assumptions
//! is written back to the address bar, so the address is always a permalink to what is shown.

pub mod browser;
pub mod components;
pub mod embed;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod masthead;
pub mod measured_canvas;
pub mod panic;
pub mod query;
pub mod sections;
#[cfg(not(target_arch = "wasm32"))]
pub mod sources_page;
pub mod state;
#[cfg(not(target_arch = "wasm32"))]
pub mod uncertainty_page;

use crate::dataset::{Dataset, Load};
use crate::model::uncertainty::Settings;
use crate::model::Preset;
use components::kept;
use query::Query;
use state::State;
use std::rc::Rc;
use yew::prelude::*;

/// Whether the reader's system asks for a dark colour scheme.
fn prefers_dark() -> bool {
    browser::prefers("(prefers-color-scheme: dark)")
}

#[function_component]
pub fn App() -> Html {
    // Built once: the dataset is compiled in (build.rs validated it; bad data fails the build).
    let data = use_memo((), |_| Rc::new(Dataset::embedded()));
    let raw_query = browser::query();
    if raw_query.contains(panic::TEST_SWITCH) {
        panic!("test panic requested by ?{}", panic::TEST_SWITCH);
    }
    let query = query::parse_for(&raw_query, &data);
    html! { <Report data={sections::DataRef((*data).clone())} {query} /> }
}

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub data: sections::DataRef,
    /// What the address asked for when the page opened.
    pub query: Query,
}

/// Whether this is the build's prerendered page (native: src/prerender.rs), not the live app.
pub(crate) const PRERENDERED: bool = cfg!(not(target_arch = "wasm32"));

/// The sections that follow the assumptions (funding to sustainability), which the app renders.
const LIVE_SECTIONS: usize = 6;

/// The report's sections in order: (element id, title in the table of contents).
const CONTENTS: [(&str, &str); 10] = [
    ("week", "The week"),
    ("funding", "Mega-rounds"),
    ("capex", "CapEx"),
    ("cloud", "Cloud"),
    ("market", "Market"),
    ("compute", "Compute"),
    ("sustainability", "Sustainability"),
    (sections::scorecard::ID, "Holds up?"),
    ("cards", "Winners and risks"),
    ("method", "Method"),
];

/// The table of contents' element id (static: the app keeps the prerendered one).
pub(crate) const CONTENTS_ID: &str = "contents";

fn contents() -> Html {
    html! {
        <nav class="contents" id={CONTENTS_ID} aria-label="Sections" tabindex="-1">
            <ol>{ for CONTENTS.iter().map(|(id, title)| html! {
                <li><a href={format!("#{id}")}>{ *title }</a></li>
            }) }</ol>
        </nav>
    }
}

/// The footer's element id (static: the app keeps the prerendered one).
const COLOPHON_ID: &str = "colophon";

fn colophon(data: &Dataset) -> Html {
    html! {
        <footer id={COLOPHON_ID}>
            <p>{ &*data.meta.article.attribution }</p>
            <p>{ format!("{} assumptions, computed in your browser in Rust + WebAssembly.",
                crate::model::Key::ALL.len()) }</p>
        </footer>
    }
}

#[function_component]
pub fn Report(p: &ReportProps) -> Html {
    let state = {
        let (data, start, view) = (p.data.0.clone(), p.query.assumptions, p.query.view());
        let uncertainty = p.query.uncertainty;
        // The address's theme, else the reader's remembered choice, else the system's.
        let dark = view
            .dark
            .or_else(browser::stored_theme)
            .unwrap_or_else(prefers_dark);
        use_reducer(move || State::new(data, start, uncertainty, dark, view))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    let s: Rc<State> = Rc::new((*state).clone());
    // The scenarios depend only on the dataset: computed once per base figures, not per render.
    let presets = {
        let data = s.data.clone();
        use_memo(s.view.base, move |_| {
            Preset::ALL
                .iter()
                .map(|&p| (p, p.apply(&data)))
                .collect::<Vec<_>>()
        })
    };
    // Once a change settles: the address becomes its permalink (only values that differ from
    // the article's), the citation names it, and the live region says what the change did (the
    // headlines of the charts it moved since it last spoke: one sentence per drag, not one per
    // step; in an embed, of its one chart).
    let announced = use_mut_ref(|| s.assumptions);
    use_effect_with((s.assumptions, s.uncertainty, s.view), {
        let (defaults, state) = (s.article, s.clone());
        move |(a, uncertainty, view)| {
            let now = *a;
            browser::when_settled(
                query::to_query(a, &defaults, uncertainty, view),
                move || {
                    let before = std::mem::replace(&mut *announced.borrow_mut(), now);
                    browser::show_address(sections::cite::ADDRESS_CLASS);
                    if before != now {
                        let (d, r) = (&state.data, &state.report);
                        let said =
                            crate::charts::describe::changed(d, r, &before, &now, state.view.embed);
                        browser::announce(&said);
                    }
                },
            )
        }
    });
    // The bands follow a moving slider from a quick run; once it settles, from every path.
    // A newer change drops the waiting refinement (the timer is cancelled with the effect).
    // At start-up the page refines at once, in its own task, before it takes over from the
    // prerendered report (whose charts were drawn from every path); an embed, which has none,
    // draws the quick run's bands first.
    let wait = use_mut_ref(|| 0);
    use_effect_with((s.assumptions, s.uncertainty), {
        let dispatch = dispatch.clone();
        move |_| {
            let ms = std::mem::replace(&mut *wait.borrow_mut(), browser::SETTLE_MS);
            let refine = gloo_timers::callback::Timeout::new(ms, move || {
                dispatch.emit(state::Action::Refine)
            });
            move || drop(refine)
        }
    });
    // The sections that follow the assumptions are rendered one task each, then the app takes
    // the prerendered report's place: no single long task at start-up (TBT), while the
    // prerendered report stays readable. The prerender itself and an embed render at once.
    let embed = s.view.embed.is_some() || s.view.scorecard;
    let rendered = use_state(|| {
        if PRERENDERED || embed {
            LIVE_SECTIONS
        } else {
            0
        }
    });
    {
        let rendered = rendered.clone();
        use_effect_with(*rendered, move |&n| {
            if n < LIVE_SECTIONS {
                gloo_timers::callback::Timeout::new(0, move || rendered.set(n + 1)).forget();
            } else {
                browser::take_over(embed);
            }
        });
    }
    let ready = |i: usize| i < *rendered;
    let notices = html! {
        <components::notices::Notices notices={p.query.shown_notices()}
            edited={s.assumptions != p.query.assumptions} />
    };
    if let Some(id) = s.view.embed {
        return html! { <embed::Embed {id} state={s.clone()} {dispatch} {notices} /> };
    }
    if s.view.scorecard {
        let data = sections::DataRef(s.source.clone());
        return html! { <embed::ScorecardEmbed state={s.clone()} {data} {notices} /> };
    }
    // The sections that never change with the assumptions read the article's dataset as loaded
    // (the scorecard checks the article, whatever the base).
    let data = sections::DataRef(s.source.clone());
    html! {
        <div class="report" data-theme={components::theme(s.dark)}
            data-prerendered={PRERENDERED.then_some("true")}>
            { notices }
            if PRERENDERED {
                <p class="pending-note" role="status">
                    { "Loading the scenario in your link… The numbers below are the article's defaults." }</p>
            }
            { kept(CONTENTS_ID, contents) }
            <components::presets::Presets current={s.assumptions} dispatch={dispatch.clone()} dark={s.dark}
                uncertainty_changed={s.uncertainty != Settings::default()}
                presets={presets} />
            <components::base_switch::BaseSwitch base={s.view.base} dispatch={dispatch.clone()} />
            <components::uncertainty_controls::UncertaintyControls settings={s.uncertainty} paths={s.paths()}
                dispatch={dispatch.clone()} />
            <main>
                { kept(sections::week::ID, || html! { <sections::week::Week data={data.clone()} /> }) }
                if ready(0) { <sections::funding::Funding state={s.clone()} dispatch={dispatch.clone()} /> }
                if ready(1) { <sections::capex::Capex state={s.clone()} dispatch={dispatch.clone()} /> }
                if ready(2) { <sections::cloud::Cloud state={s.clone()} dispatch={dispatch.clone()} /> }
                if ready(3) { <sections::market::Market state={s.clone()} dispatch={dispatch.clone()} /> }
                if ready(4) { <sections::compute::Compute state={s.clone()} dispatch={dispatch.clone()} /> }
                if ready(5) {
                    <sections::sustainability::Sustainability state={s.clone()} dispatch={dispatch.clone()} />
                }
                { kept(sections::scorecard::ID, || html! { <sections::scorecard::Scorecard data={data.clone()} /> }) }
                { kept(sections::cards::ID, || html! { <sections::cards::Cards data={data.clone()} /> }) }
                { kept(sections::method::ID, || html! { <sections::method::Method data={data.clone()} /> }) }
                <components::projections::Projections state={s.clone()} />
                { components::reader_aids() }
            </main>
            { kept(COLOPHON_ID, || colophon(&data.0)) }
        </div>
    }
}
