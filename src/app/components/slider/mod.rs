//! The sliders. One assumption: a labelled native range input, a field for an exact value
//! (read by the same rules as the address, with the same notice), its value with unit, where
//! the default comes from, and a one-click "back to the article's value"; [`drag`] tells a
//! drag on its track from a scroll past it.

pub mod drag;

use crate::app::query::set_typed;
use crate::app::state::Action;
use crate::model::assumptions::SliderUnit;
use crate::model::{format, Assumptions, Key};
use drag::{track_handlers, use_gesture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The start of every slider's element id: `slider-<its id in the address>` (the manifest gives
/// it to the JavaScript).
pub const SLIDER_ID_PREFIX: &str = "slider-";

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    pub key_: Key,
    pub value: f64,
    /// Every assumption as it is now (a typed value is read against them).
    pub values: Assumptions,
    /// The article's value (or our labelled default).
    pub default: f64,
    pub dispatch: Callback<Action>,
    /// Set when the same assumption has a second slider elsewhere on the page (ids stay unique).
    #[prop_or_default]
    pub instance: Option<AttrValue>,
    /// Its default comes from the reported figures (the reported base moved it).
    #[prop_or_default]
    pub reported: bool,
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
    // The exact value, typed: committed on Enter or leaving the field.
    // (the value it was about, the notice): shown only while the slider still has that value.
    let notice = use_state(|| None::<(f64, String)>);
    let onchange = {
        let (notice, dispatch, values) = (notice.clone(), p.dispatch.clone(), p.values);
        Callback::from(move |e: Event| {
            let field: HtmlInputElement = e.target_unchecked_into();
            let mut next = values;
            let said = set_typed(&mut next, key, &field.value());
            notice.set(said.map(|n| (next.get(key), n)));
            field.set_value(&format::trim(next.get(key), 2));
            dispatch.emit(Action::Set(key, next.get(key)));
        })
    };
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
        Some(i) => format!("{SLIDER_ID_PREFIX}{}-{i}", spec.id),
        None => format!("{SLIDER_ID_PREFIX}{}", spec.id),
    };
    let shown = format::slider_value(spec, p.value);
    let origin = spec.origin;
    let exact = format!("{id}-exact");
    let changed = p.value != p.default;
    html! {
        <div class="slider">
            <label for={id.clone()}>
                <span class="slider-label">{ spec.label }</span>
                <output for={id.clone()} class="slider-value" id={format!("{id}-value")}>{ &shown }</output>
            </label>
            <div class="slider-track" ref={track_ref} onpointerdown={track.down} onpointermove={track.moved}
                onpointerup={track.up.clone()} onpointercancel={track.up}>
                <input type="range" ref={input} id={id} min={format::plain(spec.min)} max={format::plain(spec.max)}
                    step={format::plain(spec.step)} value={format::plain(p.value)}
                    aria-valuetext={shown.clone()} {oninput} />
            </div>
            <div class="slider-meta">
                <span class="origin" data-origin={origin.id()} title={spec.why}>
                    { if p.reported { "from the reported figures" } else { origin.label() } }{ ": " }
                    <span class="value">{ format::slider_value(spec, p.default) }</span>
                </span>
                if spec.unit != SliderUnit::Reading {
                    <input type="text" inputmode="decimal" class="slider-exact" id={exact}
                        aria-label={format!("{}, exact value", spec.label)}
                        value={format::trim(p.value, 2)} {onchange} />
                }
                <button type="button" class="reset" onclick={onreset} disabled={!changed}
                    aria-label={format!("Back to the default for {}", spec.label)}>
                    { "↺ default" }
                </button>
            </div>
            if let Some((_, n)) = notice.as_ref().filter(|(v, _)| *v == p.value) {
                <p class="slider-notice" role="status">{ n }</p>
            }
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
    /// On the reported base, the article's defaults: a slider whose default the base moved
    /// says its default comes from the reported figures.
    #[prop_or_default]
    pub article: Option<crate::model::Assumptions>,
}

/// The sliders of one section.
#[function_component]
pub fn Sliders(p: &SlidersProps) -> Html {
    html! {
        <div class="sliders">
            { for p.keys.iter().map(|k| html! {
                <Slider key={k.spec().id} key_={*k} value={p.values.get(*k)} values={p.values}
                    default={p.defaults.get(*k)}
                    reported={p.article.is_some_and(|a| a.get(*k) != p.defaults.get(*k))}
                    dispatch={p.dispatch.clone()} instance={p.instance.clone()} />
            }) }
        </div>
    }
}
