//! Scenario presets and reset-all.

use super::copy_button::CopyButton;
use crate::app::state::Action;
use crate::model::{Assumptions, Preset};
use std::rc::Rc;
use yew::prelude::*;

/// Where the reader is in their settled changes, and the way back and forward.
#[derive(Clone, PartialEq)]
pub struct Undo {
    /// Whether there is a change to undo (the page's first entry has none).
    pub can_undo: bool,
    /// Whether an undone change can be done again.
    pub can_redo: bool,
    /// Back or Forward one entry: `-1` undoes, `1` redoes.
    pub step: Callback<i32>,
}

#[derive(Properties, PartialEq)]
pub struct PresetsProps {
    pub current: Assumptions,
    /// The uncertainty's settings differ from the page's defaults (Reset all restores them too).
    pub uncertainty_changed: bool,
    /// Each preset's values, to show which one is active.
    pub presets: Rc<Vec<(Preset, Assumptions)>>,
    pub dispatch: Callback<Action>,
    pub dark: bool,
    pub undo: Undo,
}

/// The address as it is now: the permalink to the current scenario.
fn current_url() -> String {
    format!(
        "{}{}",
        crate::app::browser::base_url(),
        crate::app::browser::query()
    )
}

/// A label in full on wide screens, and short on a phone's one-row bar (the button's
/// aria-label keeps the full name for both).
fn wide_or_narrow(wide: &'static str, narrow: &'static str) -> Html {
    html! { <><span class="wide">{ wide }</span><span class="narrow">{ narrow }</span></> }
}

/// A step through the history when there is one to take, nothing otherwise (Back from the
/// first entry would leave the page).
fn step(go: &Callback<i32>, can: bool, delta: i32) -> Callback<MouseEvent> {
    let go = go.clone();
    Callback::from(move |_| {
        if can {
            go.emit(delta);
        }
    })
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
                let id = format!("preset-{}", preset.id());
                html! {
                    <button type="button" id={id} class="button"
                        aria-pressed={active.to_string()}
                        title={preset.describe()} aria-label={preset.label()}
                    onclick={p.dispatch.reform(move |_| Action::Preset(preset))}>
                        { wide_or_narrow(preset.label(), preset.short_label()) }
                    </button>
                }
            }) }
            <button type="button" id="reset-all" class="button"
                disabled={Some(p.current) == article && !p.uncertainty_changed}
                aria-label="Reset all" onclick={p.dispatch.reform(|_| Action::ResetAll)}>
                { wide_or_narrow("↺ Reset all", "↺") }
            </button>
            // aria-disabled, not disabled: a button that has the focus keeps it when it can no
            // longer step (a disabled one would drop the focus to the page).
            <button type="button" id="undo" class="button history-step"
                aria-disabled={(!p.undo.can_undo).to_string()}
                aria-label="Undo" title="Undo the last change (Ctrl+Z, or Back)"
                onclick={step(&p.undo.step, p.undo.can_undo, -1)}>{ "↶" }</button>
            <button type="button" id="redo" class="button history-step"
                aria-disabled={(!p.undo.can_redo).to_string()}
                aria-label="Redo" title="Redo (Ctrl+Shift+Z, or Forward)"
                onclick={step(&p.undo.step, p.undo.can_redo, 1)}>{ "↷" }</button>
            <button type="button" id="dark-toggle" class="button"
                aria-pressed={p.dark.to_string()} aria-label="Dark"
                onclick={p.dispatch.reform({ let dark = p.dark; move |_| {
                    crate::app::browser::store_theme(!dark);
                    Action::SetDark(!dark)
                } })}>
                { wide_or_narrow("☾ Dark", "☾") }
            </button>
            <CopyButton id="copy-link" label="Copy link" short="Copy" title="Copy a link to exactly this scenario"
                text={Callback::from(|()| current_url())} />
        </nav>
    }
}
