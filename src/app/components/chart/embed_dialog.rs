//! "Embed": the `<iframe>` snippet for one chart, with the choices an embedding site needs
//! (colour scheme, sliders on or off, a transparent background), and a copy button. The
//! snippet is built only while the dialog is open, not on every slider move.

use super::draw::css_height;
use crate::app::browser;
use crate::app::components::copy_button::CopyButton;
use crate::app::pages::embed::host;
use crate::app::query::{to_query, View};
use crate::app::state::State;
use crate::charts::ChartId;
use crate::model::uncertainty::Settings;
use crate::model::Key;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The `<iframe>` snippet for `view` (an embed) and the host script that sizes it. The frame's
/// `color-scheme` matches the embed's, so browsers keep a transparent embed transparent.
pub fn embed_snippet(view: &View, state: &State, title: &str) -> String {
    let base = browser::base_url();
    let dir = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    // Only the chart's own assumptions and their spreads: the others change nothing it draws
    // (nor do a seed and spreads on a chart without bands).
    let (mut shown, mut uncertainty) = (state.assumptions, state.uncertainty);
    if let Some(chart) = view.embed {
        let start = Settings::default();
        for &k in Key::ALL.iter().filter(|k| !chart.inputs().contains(k)) {
            shown.set(k, state.article.get(k));
            uncertainty.width[k as usize] = start.width[k as usize];
        }
        if !chart.has_uncertainty() {
            uncertainty = start;
        }
    }
    let query = to_query(&shown, &state.article, &uncertainty, view);
    let height = crate::model::format::fixed(css_height(640.0) + 180.0, 0);
    let scheme = match view.dark {
        Some(true) => "dark",
        Some(false) => "light",
        None => "light dark",
    };
    format!(
        "<iframe src=\"{base}?{query}\" title=\"{}\" width=\"100%\" height=\"{height}\" \
         style=\"border:0;width:100%;color-scheme:{scheme}\" loading=\"lazy\" {}>\
         </iframe>\n<script src=\"{dir}{}\" async></script>",
        title.replace('"', "&quot;"),
        host::FRAME_ATTRIBUTE,
        host::SCRIPT
    )
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub id: ChartId,
    pub state: Rc<State>,
    pub title: AttrValue,
}

/// The theme choices, as (value of `theme=`, label, dark).
const THEMES: [(&str, &str, Option<bool>); 3] = [
    ("auto", "Reader's setting", None),
    ("light", "Light", Some(false)),
    ("dark", "Dark", Some(true)),
];

#[function_component]
pub fn EmbedDialog(p: &EmbedDialogProps) -> Html {
    let open = use_state(|| false);
    let view = use_state(|| View::embed(p.id));
    let field = use_node_ref();
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    let body = if *open {
        let snippet = embed_snippet(&view, &p.state, &p.title);
        let slug = p.id.slug();
        let set = |change: fn(View, &HtmlInputElement) -> View| {
            let view = view.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                view.set(change(*view, &input));
            })
        };
        let themes = THEMES.iter().map(|(value, label, dark)| {
            let dark = *dark;
            let view2 = view.clone();
            let onchange = Callback::from(move |_: Event| view2.set(View { dark, ..*view2 }));
            html! {
                <label class="choice">
                    <input type="radio" name={format!("embed-theme-{slug}")} value={*value}
                        checked={view.dark == dark} {onchange} />{ *label }
                </label>
            }
        });
        html! {
            <>
                <fieldset class="embed-options">
                    <legend>{ "Colours" }</legend>
                    { for themes }
                </fieldset>
                <div class="embed-options">
                    <label class="choice">
                        <input type="checkbox" class="embed-controls" checked={view.controls}
                            onchange={set(|v, i| View { controls: i.checked(), ..v })} />
                        { "Show the sliders" }
                    </label>
                    <label class="choice">
                        <input type="checkbox" class="embed-transparent" checked={view.transparent}
                            onchange={set(|v, i| View { transparent: i.checked(), ..v })} />
                        { "Transparent background" }
                    </label>
                </div>
                <label for={format!("embed-{slug}")}>
                    { "Paste this into your page; the script keeps the frame as tall as the chart." }
                </label>
                <textarea id={format!("embed-{slug}")} ref={field.clone()} readonly=true rows="5"
                    value={snippet.clone()} />
                <CopyButton id={format!("copy-embed-{slug}")} label="Copy snippet" field={field}
                    text={Callback::from(move |()| snippet.clone())} />
            </>
        }
    } else {
        html! {}
    };
    html! {
        <details class="embed-dialog" {ontoggle}>
            <summary>{ "Embed" }</summary>
            { body }
        </details>
    }
}
