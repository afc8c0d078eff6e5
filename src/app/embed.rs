//! `?embed=<chart-id>`: one chart, its sliders (unless `controls=0`), its source line and a
//! link to the full report with the same assumptions. It reports its height to the host page.

use crate::app::browser;
use crate::app::components::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::hooks::use_size;
use crate::app::query::{to_query, View};
use crate::app::state::{Action, State};
use crate::charts::ChartId;
use crate::model::Key;
use std::rc::Rc;
use yew::prelude::*;

/// The sliders that move a chart: its section's, except that the CapEx-vs-revenue chart
/// also offers CapEx growth (its section shows only the plateau year).
pub fn chart_keys(id: ChartId) -> Vec<Key> {
    use crate::app::sections::{capex, cloud, compute, funding, market};
    match id {
        ChartId::Raised | ChartId::CapexBars => vec![],
        ChartId::RoundFlowback => funding::KEYS.to_vec(),
        ChartId::CapexProjection | ChartId::CapexCumulative => capex::KEYS.to_vec(),
        ChartId::CloudRevenue | ChartId::CloudShare => cloud::KEYS.to_vec(),
        ChartId::Market => market::KEYS.to_vec(),
        ChartId::Compute => compute::KEYS.to_vec(),
        ChartId::Sustainability => vec![Key::PlateauYear, Key::CapexGrowth],
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub id: ChartId,
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
    /// What the address asked for that could not be used, as on the full report.
    pub notices: Html,
}

#[function_component]
pub fn Embed(p: &EmbedProps) -> Html {
    let root = use_node_ref();
    // The observer fires on any change of size; the message carries the border-box height
    // (padding included), which is what the host's iframe must show.
    let size = use_size(root.clone());
    {
        let root = root.clone();
        use_effect_with(size, move |_| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let h = el.get_bounding_client_rect().height();
                if h > 0.0 {
                    browser::post_height(h);
                }
            }
        });
    }
    let query = to_query(&p.state.assumptions, &p.state.article, &View::default());
    let full = format!(
        "{}{}{query}",
        browser::base_url(),
        if query.is_empty() { "" } else { "?" }
    );
    let keys = chart_keys(p.id);
    html! {
        <main class={classes!("embed-view", p.state.dark.then_some("dark"),
            p.state.view.transparent.then_some("transparent"))} ref={root}>
            <h1 class="sr-only">{ p.id.build(&p.state.data, &p.state.report).title().to_string() }</h1>
            { p.notices.clone() }
            <Figure id={p.id} state={p.state.clone()} bare=true />
            if p.state.view.controls && !keys.is_empty() {
                <Sliders keys={keys} values={p.state.assumptions} defaults={p.state.article} dispatch={p.dispatch.clone()} />
            }
            <p class="embed-foot"><a href={full} target="_blank" rel="noopener">{ "Open the full report: The trillion-dollar AI infrastructure race ↗" }</a></p>
        </main>
    }
}
