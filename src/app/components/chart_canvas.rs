//! A chart on a `<canvas>`: sized to its container at the screen's devicePixelRatio, redrawn
//! only when its description, the colour scheme or its width changes.

use crate::app::browser;
use crate::app::hooks::use_size;
use crate::charts::{describe, Chart, ChartId, Theme};
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub id: ChartId,
    pub chart: Rc<Chart>,
    pub dark: bool,
}

/// CSS height for a chart of the given CSS width: wide on desktops, taller than 16:10 on phones.
pub fn css_height(width: f64) -> f64 {
    (width * 0.62).clamp(260.0, 420.0)
}

/// Draws `chart` on `canvas` at `css_width` CSS pixels and `dpr` device pixels per CSS pixel.
pub fn draw_at(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    dark: bool,
    css_width: f64,
    dpr: f64,
) -> Result<(), String> {
    let height = css_height(css_width);
    canvas.set_width((css_width * dpr).round() as u32);
    canvas.set_height((height * dpr).round() as u32);
    let font_scale = dpr * if css_width < 480.0 { 0.88 } else { 1.0 };
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

fn draw(canvas: &HtmlCanvasElement, chart: &Chart, dark: bool, width: f64) -> Result<(), String> {
    let dpr = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    // Through the CSSOM, not a style attribute: allowed under a strict style-src CSP.
    if let Some(el) = canvas.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el
            .style()
            .set_property("height", &format!("{}px", css_height(width)));
    }
    draw_at(canvas, chart, dark, width, dpr)
}

/// Counts draws on the element (`data-draws`) and marks the timeline, so tests and the
/// benchmark can see which charts a slider redrew and when.
fn record_draw(canvas: &HtmlCanvasElement, slug: &str) {
    let n = canvas
        .get_attribute("data-draws")
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(n + 1).to_string());
    browser::mark(&format!("chart-drawn:{slug}"));
}

#[function_component]
pub fn ChartCanvas(p: &ChartCanvasProps) -> Html {
    let canvas = use_node_ref();
    let (width, _) = use_size(canvas.clone());
    {
        let canvas = canvas.clone();
        let slug = p.id.slug();
        use_effect_with(
            (p.chart.clone(), p.dark, width),
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
