//! `?embed=<chart-id>`: one chart, its sliders (unless `controls=0`), its source line and a
//! link to the full report with the same assumptions. It reports its height to the host page.

use super::report::sections::scorecard::{self, Scorecard};
use super::report::sections::DataRef;
use crate::app::browser;
use crate::app::browser::use_size;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{kept, reader_aids, theme};
use crate::app::query::{to_query, View};
use crate::app::state::{Action, State};
use crate::charts::ChartId;
use std::rc::Rc;
use yew::prelude::*;

/// What an embed and `static/embed.js` on its host agree on (the manifest gives them to the
/// JavaScript; tests/manifest.rs checks that embed.js spells the same).
pub mod host {
    /// The one key of the message that tells the host page the embed's height.
    pub const HEIGHT_KEY: &str = "aiInfraReportHeight";
    /// The tallest height, in CSS pixels, the host accepts.
    pub const MAX_HEIGHT: u32 = 20000;
    /// The attribute that marks the iframes embed.js sizes.
    pub const FRAME_ATTRIBUTE: &str = "data-ai-infra-report";
    /// The script the embed snippet loads beside the iframe.
    pub const SCRIPT: &str = "embed.js";
}

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub id: ChartId,
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    /// What the address asked for that could not be used, as on the full report.
    pub notices: Html,
}

/// Reports the height of the element behind `root` to the host page whenever it changes. The
/// observer fires on any change of size; the message carries the border-box height (padding
/// included), which is what the host's iframe must show.
#[hook]
fn use_host_height(root: NodeRef) {
    let size = use_size(root.clone());
    use_effect_with(size, move |_| {
        if let Some(el) = root.cast::<web_sys::Element>() {
            let h = el.get_bounding_client_rect().height();
            if h > 0.0 {
                browser::post_height(h);
            }
        }
    });
}

#[function_component]
pub fn Embed(p: &EmbedProps) -> Html {
    let root = use_node_ref();
    use_host_height(root.clone());
    let query = to_query(
        &p.state.assumptions,
        &p.state.article,
        &p.state.uncertainty,
        &View::default(),
    );
    let full = format!(
        "{}{}{query}",
        browser::base_url(),
        if query.is_empty() { "" } else { "?" }
    );
    let keys = p.id.inputs().to_vec();
    html! {
        <main class="embed-view" data-theme={theme(p.state.dark)}
            data-transparent={p.state.view.transparent.then_some("true")} ref={root}>
            <h1 class="sr-only">{ p.id.build(&p.state.data, &p.state.report).title().to_string() }</h1>
            { p.notices.clone() }
            <Figure id={p.id} state={p.state.clone()} bare=true />
            if p.state.view.controls && !keys.is_empty() {
                <Sliders keys={keys} values={p.state.assumptions} defaults={p.state.article}
                    article={p.state.article_defaults}
                    dispatch={p.dispatch.clone()} />
            }
            <p class="embed-foot"><a href={full} target="_blank" rel="noopener">
                { format!("Open the full report: {} ↗", crate::REPORT_TITLE) }
            </a></p>
            { reader_aids() }
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScorecardEmbedProps {
    pub state: Rc<State>,
    pub data: DataRef,
    pub notices: Html,
}

/// `?embed=scorecard`: the scorecard alone (the prerendered one, kept), with a link to the
/// full report; it reports its height like a chart's embed.
#[function_component]
pub fn ScorecardEmbed(p: &ScorecardEmbedProps) -> Html {
    let root = use_node_ref();
    use_host_height(root.clone());
    let full = format!("{}#{}", browser::base_url(), scorecard::ID);
    let data = p.data.clone();
    html! {
        <main class="embed-view" data-theme={theme(p.state.dark)}
            data-transparent={p.state.view.transparent.then_some("true")} ref={root}>
            { p.notices.clone() }
            { kept(scorecard::ID, move || html! { <Scorecard {data} /> }) }
            <p class="embed-foot"><a href={full} target="_blank" rel="noopener">
                { format!("Open the full report: {} ↗", crate::REPORT_TITLE) }
            </a></p>
        </main>
    }
}
