//! The report: every section of the article in order, the controls above them, and the
//! assumptions' permalink. The app renders it for the reader's address (or an embed, when the
//! address asks for one); the build prerenders it at the article's assumptions.

pub mod hooks;
pub mod sections;

use crate::app::browser;
use crate::app::components::{self, kept};
use crate::app::pages::embed;
use crate::app::query::Query;
use crate::app::render_mode::PRERENDER;
use crate::dataset::Dataset;
use crate::model::uncertainty::Settings;
use hooks::{
    use_permalink, use_presets, use_refine, use_report_state, use_staged_sections, use_worker,
};
use sections::DataRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub data: DataRef,
    /// What the address asked for when the page opened.
    pub query: Query,
}

/// The sections that follow the assumptions (funding to what must be true), which the app renders.
const LIVE_SECTIONS: usize = 7;

/// The report's sections in order: (element id, title in the table of contents).
const CONTENTS: [(&str, &str); 11] = [
    ("week", "The week"),
    ("funding", "Mega-rounds"),
    ("capex", "CapEx"),
    ("cloud", "Cloud"),
    ("market", "Market"),
    ("compute", "Compute"),
    ("sustainability", "Sustainability"),
    (sections::must::ID, "What must be true"),
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
    let (s, dispatch) = use_report_state(&p.data, &p.query);
    let presets = use_presets(&s);
    let undo = use_permalink(&s, &dispatch);
    use_refine(&s, &dispatch);
    // The live sections, one task each (at once in an embed of a chart or of the scorecard, as
    // in the prerender); then the app takes the prerendered report's place.
    let embed = s.view.embed.is_some() || s.view.scorecard;
    let rendered = use_staged_sections(LIVE_SECTIONS, embed, move || browser::take_over(embed));
    let ready = |i: usize| i < rendered;
    use_worker(&s, &dispatch, !PRERENDER && rendered == LIVE_SECTIONS);
    let notices = html! {
        <components::notices::Notices notices={p.query.shown_notices()}
            edited={s.assumptions != p.query.assumptions} />
    };
    if let Some(id) = s.view.embed {
        return html! { <embed::Embed {id} state={s.clone()} {dispatch} {notices} /> };
    }
    if s.view.scorecard {
        let data = DataRef(s.source.clone());
        return html! { <embed::ScorecardEmbed state={s.clone()} {data} {notices} /> };
    }
    // The sections that never change with the assumptions read the article's dataset as loaded
    // (the scorecard checks the article, whatever the base).
    let data = DataRef(s.source.clone());
    html! {
        <div class="report" data-theme={components::theme(s.dark)}
            data-prerendered={PRERENDER.then_some("true")}>
            { notices }
            if PRERENDER {
                <p class="pending-note" role="status">
                    { "Loading the scenario in your link… The numbers below are the article's defaults." }</p>
            }
            { kept(CONTENTS_ID, contents) }
            <components::presets::Presets current={s.assumptions} dispatch={dispatch.clone()} dark={s.dark}
                uncertainty_changed={s.uncertainty != Settings::default()}
                presets={presets} {undo} />
            <components::base_switch::BaseSwitch base={s.view.base} dispatch={dispatch.clone()} />
            <components::compare::Compare state={s.clone()} dispatch={dispatch.clone()} />
            <components::uncertainty_controls::UncertaintyControls settings={s.uncertainty} paths={s.paths()}
                runner={s.runner}
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
                if ready(6) { <sections::must::Must state={s.clone()} dispatch={dispatch.clone()} /> }
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
