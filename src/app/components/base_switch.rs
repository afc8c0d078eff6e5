//! Which figures the model starts from: the article's, or what the companies and Synergy
//! reported. Every chart, answer, band and number in the prose follows; the address keeps it.

use crate::app::state::Action;
use crate::model::reported::Base;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BaseSwitchProps {
    pub base: Base,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn BaseSwitch(p: &BaseSwitchProps) -> Html {
    let note = match p.base {
        Base::Article => "The article's 2025 and 2026 CapEx, Q4 2025 market, shares and growth.",
        Base::Reported => {
            "2025 CapEx as reported (Microsoft: its year to June), 2026 the latest plans (the middle of \
             each range), Synergy's Q4 2025 market and shares, the companies' own Q4 2025 growth."
        }
    };
    html! {
        <nav class="base-switch" aria-label="Base figures">
            <span class="presets-label">{ "Start from:" }</span>
            { for Base::ALL.iter().map(|&base| html! {
                <button type="button" id={format!("base-{}", base.id())} class="button"
                    aria-pressed={(base == p.base).to_string()}
                    onclick={p.dispatch.reform(move |_| Action::Base(base))}>
                    { base.label() }
                </button>
            }) }
            <span class="base-note">{ note }</span>
        </nav>
    }
}
