//! One assumption: a labelled native range input, its value with unit, where the default
//! comes from, and a one-click "back to the article's value".

use super::slider_drag::{track_handlers, use_gesture};
use crate::app::state::Action;
use crate::model::{format, Key, Origin};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    pub key_: Key,
    pub value: f64,
    /// The article's value (or our labelled default).
    pub default: f64,
    pub dispatch: Callback<Action>,
    /// Set when the same assumption has a second slider elsewhere on the page (ids stay unique).
    #[prop_or_default]
    pub instance: Option<AttrValue>,
}

#[function_component]
pub fn Slider(p: &SliderProps) -> Html {
    let spec = p.key_.spec();
    let key = p.key_;
    let oninput = p.dispatch.reform(move |e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Action::Set(key, input.value_as_number())
    });
    let onreset = p.dispatch.reform(move |_: MouseEvent| Action::Reset(key));
    let (input, track_ref) = (use_node_ref(), use_node_ref());
    let gesture = use_gesture();
    let track = track_handlers(
        input.clone(),
        track_ref.clone(),
        spec,
        p.value,
        p.dispatch.reform(move |v| Action::Set(key, v)),
        gesture,
    );
    let id = match &p.instance {
        Some(i) => format!("slider-{}-{i}", spec.id),
        None => format!("slider-{}", spec.id),
    };
    let shown = format::slider_value(spec, p.value);
    let origin = match spec.origin {
        Origin::Article => "article",
        Origin::Derived => "from the article's figures",
        Origin::Assumption => "assumption",
    };
    let changed = p.value != p.default;
    html! {
        <div class={classes!("slider", changed.then_some("changed"))}>
            <label for={id.clone()}>
                <span class="slider-label">{ spec.label }</span>
                <output for={id.clone()} class="slider-value" id={format!("{id}-value")}>{ &shown }</output>
            </label>
            <div class="slider-track" ref={track_ref} onpointerdown={track.down} onpointermove={track.moved}
                onpointerup={track.up.clone()} onpointercancel={track.up}>
                <input type="range" ref={input} id={id} min={spec.min.to_string()} max={spec.max.to_string()}
                    step={spec.step.to_string()} value={p.value.to_string()}
                    aria-valuetext={shown.clone()} {oninput} />
            </div>
            <div class="slider-meta">
                <span class={classes!("origin", format!("origin-{}", origin.split(' ').next().unwrap_or("")))}
                    title={spec.why}>
                    { origin }{ ": " }{ format::slider_value(spec, p.default) }
                </span>
                <button type="button" class="reset" onclick={onreset} disabled={!changed}
                    aria-label={format!("Back to the default for {}", spec.label)}>
                    { "↺ default" }
                </button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SlidersProps {
    pub keys: Vec<Key>,
    pub values: crate::model::Assumptions,
    pub defaults: crate::model::Assumptions,
    pub dispatch: Callback<Action>,
    #[prop_or_default]
    pub instance: Option<AttrValue>,
}

/// The sliders of one section.
#[function_component]
pub fn Sliders(p: &SlidersProps) -> Html {
    html! {
        <div class="sliders">
            { for p.keys.iter().map(|k| html! {
                <Slider key={k.spec().id} key_={*k} value={p.values.get(*k)} default={p.defaults.get(*k)}
                    dispatch={p.dispatch.clone()} instance={p.instance.clone()} />
            }) }
        </div>
    }
}
