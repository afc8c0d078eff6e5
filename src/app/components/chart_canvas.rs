//! A chart on a `<canvas>`: sized to its container at the screen's devicePixelRatio, redrawn
//! only when its description, the colour scheme or its width changes.

use crate::app::browser;
use crate::app::hooks::use_size;
use crate::app::measured_canvas::MeasuredCanvas;
use crate::charts::{Chart, ChartId, Plot, Theme, Tip};
use plotters::prelude::IntoDrawingArea;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub id: ChartId,
    pub chart: Rc<Chart>,
    pub dark: bool,
    /// The accessible description (describe::summary of the chart).
    pub label: AttrValue,
}

/// CSS height for a chart of the given CSS width: wide on desktops, taller than 16:10 on phones.
/// Whole pixels, so the inline style reads back exactly as written.
pub fn css_height(width: f64) -> f64 {
    (width * 0.62).clamp(260.0, 420.0).round()
}

/// Draws `chart` on `canvas` at `css_width` CSS pixels and `dpr` device pixels per CSS pixel.
pub fn draw_at(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    dark: bool,
    css_width: f64,
    dpr: f64,
) -> Result<Plot, String> {
    let height = css_height(css_width);
    let (w, h) = (
        (css_width * dpr).round() as u32,
        (height * dpr).round() as u32,
    );
    // Re-assigning the size reallocates the backing store; skip it when nothing changed (the
    // chart's background fill clears the old drawing anyway).
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let font_scale = dpr * if css_width < 480.0 { 0.88 } else { 1.0 };
    let theme = Theme {
        dark,
        scale: dpr,
        font_scale,
    };
    let backend = MeasuredCanvas::new(canvas).ok_or("no 2d context")?;
    chart
        .draw(&backend.into_drawing_area(), &theme)
        .map_err(|e| e.to_string())
}

/// Draws at the canvas' laid-out width as its ResizeObserver reported it (exact CSS pixels),
/// so the backing store is exactly devicePixelRatio × the CSS size without reading the layout
/// (which would force a synchronous layout on every redraw).
fn draw(canvas: &HtmlCanvasElement, chart: &Chart, dark: bool, width: f64) -> Result<Plot, String> {
    let dpr = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    // Through the CSSOM, not a style attribute: allowed under a strict style-src CSP. Only
    // when it changes, so an unchanged size does not invalidate the layout.
    if let Some(el) = canvas.dyn_ref::<web_sys::HtmlElement>() {
        let height = format!("{}px", css_height(width));
        let style = el.style();
        if style.get_property_value("height").ok().as_deref() != Some(height.as_str()) {
            let _ = style.set_property("height", &height);
        }
    }
    draw_at(canvas, chart, dark, width, dpr)
}

/// Counts draws on the element (`data-draws`), notes where the data landed (`data-plot`:
/// left, right, top, bottom in canvas pixels, then the x range) and marks the timeline, so
/// tests and the benchmark can see which charts a slider redrew, when, and where.
fn record_draw(canvas: &HtmlCanvasElement, slug: &str, p: &Plot) {
    let plot = format!(
        "{},{},{},{},{},{}",
        p.px_x.0, p.px_x.1, p.px_y.0, p.px_y.1, p.x.0, p.x.1
    );
    let _ = canvas.set_attribute("data-plot", &plot);
    let n = canvas
        .get_attribute("data-draws")
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(n + 1).to_string());
    browser::mark(&format!("chart-drawn:{slug}"));
}

/// The tooltip under a pointer event, from the chart's own coordinate mapping.
fn tip_at(e: &PointerEvent, chart: &Chart, plot: &Plot) -> Option<(Tip, f64, f64)> {
    let canvas: HtmlCanvasElement = e.target_dyn_into()?;
    let scale = f64::from(canvas.width()) / f64::from(canvas.client_width().max(1));
    let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
    chart.tooltip(plot, x * scale, y * scale).map(|t| (t, x, y))
}

#[function_component]
pub fn ChartCanvas(p: &ChartCanvasProps) -> Html {
    let canvas = use_node_ref();
    let tip_ref = use_node_ref();
    let (width, _) = use_size(canvas.clone());
    // Where the last drawing put the data; read by the pointer handlers.
    let plot = use_mut_ref(Plot::default);
    let tip = use_state(|| None::<(Tip, f64, f64)>);
    {
        let canvas = canvas.clone();
        let plot = plot.clone();
        let slug = p.id.slug();
        use_effect_with(
            (p.chart.clone(), p.dark, width),
            move |(chart, dark, width)| {
                if let (Some(c), true) = (canvas.cast::<HtmlCanvasElement>(), *width > 0.0) {
                    match draw(&c, chart, *dark, *width) {
                        Ok(drawn) => {
                            record_draw(&c, slug, &drawn);
                            *plot.borrow_mut() = drawn;
                        }
                        Err(e) => web_sys::console::error_1(&format!("chart {slug}: {e}").into()),
                    }
                }
            },
        );
    }
    // Place the tooltip next to the pointer (CSSOM, so a strict CSP allows it), flipped to
    // the left on the right half so it never leaves the chart.
    {
        let tip_ref = tip_ref.clone();
        use_effect_with(
            ((*tip).as_ref().map(|t| (t.1, t.2)), width),
            move |(at, width)| {
                if let (Some((x, y)), Some(el)) = (at, tip_ref.cast::<web_sys::HtmlElement>()) {
                    let style = el.style();
                    let (left, right) = if *x > width / 2.0 {
                        ("auto".into(), format!("{}px", width - x + 12.0))
                    } else {
                        (format!("{}px", x + 12.0), "auto".into())
                    };
                    let _ = style.set_property("left", &left);
                    let _ = style.set_property("right", &right);
                    let _ = style.set_property("top", &format!("{}px", y + 12.0));
                }
            },
        );
    }
    let onpointermove = {
        let (tip, chart, plot) = (tip.clone(), p.chart.clone(), plot.clone());
        Callback::from(move |e: PointerEvent| {
            let next = tip_at(&e, &chart, &plot.borrow());
            // Follow the pointer while over the data; clear once when it leaves it.
            if next.is_some() || tip.is_some() {
                tip.set(next);
            }
        })
    };
    let onpointerleave = {
        let tip = tip.clone();
        Callback::from(move |_: PointerEvent| tip.set(None))
    };
    html! {
        <div class="chart-wrap">
            <canvas ref={canvas} id={p.id.slug()} class="chart-canvas" role="img"
                aria-label={p.label.clone()} onpointermove={onpointermove.clone()}
                onpointerdown={onpointermove} onpointerleave={onpointerleave} />
            if let Some((t, _, _)) = &*tip {
                <div class="chart-tip" ref={tip_ref} aria-hidden="true">
                    <strong>{ &t.heading }</strong>
                    { for t.lines.iter().map(|l| html! { <div>{ l }</div> }) }
                </div>
            }
        </div>
    }
}
