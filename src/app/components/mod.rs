//! Small reusable pieces of the page.

pub mod chart_canvas;
pub mod figure;
pub mod presets;
pub mod slider;

use yew::prelude::*;

/// A number inside the prose that the model computes; `data-live` names it for the tests.
pub fn live(name: &'static str, text: impl Into<String>) -> Html {
    html! { <strong class="live" data-live={name}>{ text.into() }</strong> }
}
