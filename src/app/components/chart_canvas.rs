//! A chart on a `<canvas>`: sized to its container at the screen's devicePixelRatio, redrawn
//! only when its description, the colour scheme or its width changes.

use crate::charts::{describe, Chart, ChartId, Theme};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub id: ChartId,
    pub chart: Rc<Chart>,
    pub dark: bool,
}

/// CSS height for a chart of the given CSS width: wide on desktops, taller than 16:10 on phones.
fn css_height(width: f64) -> f64 {
    (width * 0.62).clamp(260.0, 420.0)
}

fn draw(canvas: &HtmlCanvasElement, chart: &Chart, dark: bool, width: f64) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let dpr = window.device_pixel_ratio().max(1.0);
    let height = css_height(width);
    canvas.set_width((width * dpr).round() as u32);
    canvas.set_height((height * dpr).round() as u32);
    canvas
        .set_attribute("style", &format!("height:{height}px"))
        .map_err(|e| format!("{e:?}"))?;
    let font_scale = dpr * if width < 480.0 { 0.88 } else { 1.0 };
    let theme = Theme {
        dark,
        scale: dpr,
        font_scale,
    };
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    chart
        .draw(&backend.into_drawing_area(), &theme)
        .map_err(|e| e.to_string())
}

/// Counts draws on the element (`data-draws`) and marks the timeline, so tests and the
/// benchmark can see which charts a slider redrew and when.
fn record_draw(canvas: &HtmlCanvasElement, slug: &str) {
    let n = canvas
        .get_attribute("data-draws")
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(n + 1).to_string());
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(&format!("chart-drawn:{slug}"));
    }
}

#[function_component]
pub fn ChartCanvas(p: &ChartCanvasProps) -> Html {
    let canvas = use_node_ref();
    // The container's CSS width, from a ResizeObserver; 0 until the first observation.
    let width = use_state(|| 0.0_f64);
    {
        let canvas = canvas.clone();
        let width = width.clone();
        use_effect_with((), move |_| {
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Some(e) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                        let w = e.content_rect().width().floor();
                        if w > 0.0 && w != *width {
                            width.set(w);
                        }
                    }
                });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, canvas.cast::<web_sys::Element>()) {
                o.observe(&el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    {
        let canvas = canvas.clone();
        let slug = p.id.slug();
        use_effect_with(
            (p.chart.clone(), p.dark, *width),
            move |(chart, dark, width)| {
                if let (Some(c), true) = (canvas.cast::<HtmlCanvasElement>(), *width > 0.0) {
                    match draw(&c, chart, *dark, *width) {
                        Ok(()) => record_draw(&c, slug),
                        Err(e) => web_sys::console::error_1(&format!("chart {slug}: {e}").into()),
                    }
                }
            },
        );
    }
    html! {
        <canvas ref={canvas} id={p.id.slug()} class="chart-canvas" role="img"
            aria-label={describe::summary(&p.chart)} />
    }
}
