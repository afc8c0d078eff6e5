//! Scenario presets and reset-all.

use crate::app::state::Action;
use crate::model::{Assumptions, Preset};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    pub current: Assumptions,
    /// Each preset's values, to show which one is active.
    pub presets: Rc<Vec<(Preset, Assumptions)>>,
    pub dispatch: Callback<Action>,
    pub dark: bool,
}

/// The address as it is now: the permalink to the current scenario.
fn current_url() -> String {
    format!(
        "{}{}",
        crate::app::browser::base_url(),
        crate::app::browser::query()
    )
}

#[function_component]
pub fn Presets(p: &PresetsProps) -> Html {
    let article = p
        .presets
        .iter()
        .find(|(k, _)| *k == Preset::Article)
        .map(|x| x.1);
    html! {
        <nav class="presets" aria-label="Scenarios">
            <span class="presets-label">{ "Scenario:" }</span>
            { for p.presets.iter().map(|(preset, values)| {
                let preset = *preset;
                let active = *values == p.current;
                let id = format!("preset-{}", match preset { Preset::Article => "article", Preset::Bull => "bull", Preset::Bear => "bear" });
                html! {
                    <button type="button" id={id} class={classes!("button", active.then_some("active"))} aria-pressed={active.to_string()}
                        title={preset.describe()} onclick={p.dispatch.reform(move |_| Action::Preset(preset))}>
                        { preset.label() }
                    </button>
                }
            }) }
            <button type="button" id="reset-all" class="button" disabled={Some(p.current) == article}
                onclick={p.dispatch.reform(|_| Action::ResetAll)}>{ "↺ Reset all" }</button>
            <button type="button" id="dark-toggle" class="button" aria-pressed={p.dark.to_string()}
                onclick={p.dispatch.reform({ let dark = p.dark; move |_| Action::SetDark(!dark) })}>
                { if p.dark { "☀ Light" } else { "☾ Dark" } }
            </button>
            <button type="button" id="copy-link" class="button" title="Copy a link to exactly this scenario"
                onclick={Callback::from(|_: MouseEvent| crate::app::browser::copy(&current_url()))}>{ "Copy link" }</button>
        </nav>
    }
}
