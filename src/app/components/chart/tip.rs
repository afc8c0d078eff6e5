//! The tooltip over a chart, with a crosshair at its year and a ring on each series' point.
//!
//! Placed beside the crosshair (never over it) and in the half of the plot that the data at
//! that year leaves free, so it never covers the points it describes; on touch, docked under
//! the chart instead. Positions are set
//! through the CSSOM after render: a strict `style-src` CSP forbids style attributes.

use crate::charts::{Plot, Tip};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartTipProps {
    pub tip: Tip,
    /// Where the chart's data landed, in canvas pixels.
    pub plot: Plot,
    /// Canvas pixels per CSS pixel.
    pub scale: f64,
    /// The chart's CSS width.
    pub width: f64,
    /// Kept after the pointer leaves (a tap or click), until Escape or a tap elsewhere.
    pub pinned: bool,
    /// The series the keyboard is on: its ring and line stand out.
    #[prop_or_default]
    pub focus: Option<usize>,
}

/// Gap between the crosshair and the tooltip, in CSS pixels.
const GAP: f64 = 12.0;

fn set(el: &web_sys::HtmlElement, props: &[(&str, String)]) {
    let style = el.style();
    for (k, v) in props {
        let _ = style.set_property(k, v);
    }
}

#[function_component]
pub fn ChartTip(p: &ChartTipProps) -> Html {
    let (box_ref, cross_ref) = (use_node_ref(), use_node_ref());
    let x = p.tip.x / p.scale;
    let (top, bottom) = (
        f64::from(p.plot.px_y.0) / p.scale,
        f64::from(p.plot.px_y.1) / p.scale,
    );
    let ys: Vec<f64> = p.tip.ys.iter().map(|y| y / p.scale).collect();
    let docked = crate::app::browser::prefers("(pointer: coarse)");
    {
        let (box_ref, cross_ref) = (box_ref.clone(), cross_ref.clone());
        let (width, ys) = (p.width, ys.clone());
        use_effect_with(
            (x, top, bottom, ys, p.tip.lines.clone()),
            move |(x, top, bottom, ys, _)| {
                if let Some(el) = cross_ref.cast::<web_sys::HtmlElement>() {
                    set(
                        &el,
                        &[
                            ("left", px(*x)),
                            ("top", px(*top)),
                            ("height", px(bottom - top)),
                        ],
                    );
                    // One ring per series' point, in order, measured from the crosshair's top.
                    let rings = el.children();
                    for (i, y) in ys.iter().enumerate() {
                        if let Some(ring) = rings.item(i as u32).and_then(|r| r.dyn_into().ok()) {
                            set(&ring, &[("top", px(y - top))]);
                        }
                    }
                }
                let Some(el) = box_ref.cast::<web_sys::HtmlElement>() else {
                    return;
                };
                // A finger has no pointer to follow and a phone's plot no room beside it: the
                // tooltip docks under the chart, the whole width, so the point it describes and
                // its crosshair stay in view. (The keyboard's stays beside its crosshair, where
                // it stays on screen.)
                if docked {
                    let below = el
                        .offset_parent()
                        .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
                        .map_or(*bottom, |p| f64::from(p.offset_height()));
                    let at = [("left", px(0.0)), ("right", px(0.0))];
                    let [l, r] = at;
                    set(&el, &[l, r, ("top", px(below + 4.0))]);
                    return;
                }
                let (left, right) = if *x > width / 2.0 {
                    ("auto".to_string(), px(width - x + GAP))
                } else {
                    (px(x + GAP), "auto".to_string())
                };
                // The data's middle at this year decides the half the tooltip takes.
                let mid = ys.iter().sum::<f64>() / ys.len().max(1) as f64;
                let h = f64::from(el.offset_height());
                let y = if mid > (top + bottom) / 2.0 {
                    *top
                } else {
                    (bottom - h).max(0.0)
                };
                set(&el, &[("left", left), ("right", right), ("top", px(y))]);
            },
        );
    }
    // The series the keyboard is on (↑/↓): marked for the stylesheet.
    let focused = |i: usize| (p.focus == Some(i)).then_some("true");
    html! {
        <>
            <div class="chart-cross" ref={cross_ref} aria-hidden="true">
                { for ys.iter().enumerate().map(|(i, _)| html! {
                    <span class="chart-ring" data-focused={focused(i)} />
                }) }
            </div>
            <div class="chart-tip" ref={box_ref} data-docked={docked.then_some("true")}
                aria-hidden="true" data-pinned={p.pinned.to_string()}>
                <strong>{ &p.tip.heading }</strong>
                { for p.tip.lines.iter().enumerate().map(|(i, l)| html! {
                    <div data-focused={focused(i)}>{ l }</div>
                }) }
            </div>
        </>
    }
}

/// A CSS length in pixels, to a tenth ("12.5px").
fn px(v: f64) -> String {
    format!("{}px", crate::model::format::trim(v, 1))
}
