//! Drawing a chart on a `<canvas>`: its CSS height for its width, a backing store at the
//! screen's devicePixelRatio, and a record of each drawing on the element for the tests and
//! the benchmark.

use crate::app::browser;
use crate::app::browser::measured_canvas::MeasuredCanvas;
use crate::charts::{Chart, Plot, Theme};
use crate::model::format::plain;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

pub use crate::charts::size::css_height;

/// Draws `chart` on `canvas` at `css_width` CSS pixels and `dpr` device pixels per CSS pixel,
/// in `look`'s colours (its sizes are set here).
pub fn draw_at(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    look: Theme,
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
    let font_scale = dpr * crate::charts::size::text_scale(css_width);
    let theme = Theme {
        scale: dpr,
        font_scale,
        ..look
    };
    if theme.transparent {
        // Nothing paints a background to cover the last drawing: clear it.
        if let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        {
            ctx.clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
        }
    }
    let backend = MeasuredCanvas::new(canvas).ok_or("no 2d context")?;
    chart
        .draw(&backend.into_drawing_area(), &theme)
        .map_err(|e| e.to_string())
}

/// Device pixels per CSS pixel: what the canvas draws at.
pub fn dpr() -> f64 {
    crate::app::browser::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0)
}

/// Draws at the canvas' laid-out width as its ResizeObserver reported it (exact CSS pixels),
/// so the backing store is exactly devicePixelRatio × the CSS size without reading the layout
/// (which would force a synchronous layout on every redraw).
pub fn draw(
    canvas: &HtmlCanvasElement,
    chart: &Chart,
    look: Theme,
    width: f64,
) -> Result<Plot, String> {
    let dpr = dpr();
    // Through the CSSOM, not a style attribute: allowed under a strict style-src CSP. Only
    // when it changes, so an unchanged size does not invalidate the layout.
    if let Some(el) = canvas.dyn_ref::<web_sys::HtmlElement>() {
        let height = format!("{}px", crate::model::format::trim(css_height(width), 1));
        let style = el.style();
        if style.get_property_value("height").ok().as_deref() != Some(height.as_str()) {
            let _ = style.set_property("height", &height);
        }
    }
    draw_at(canvas, chart, look, width, dpr)
}

/// Counts draws on the element (`data-draws`), notes where the data landed (`data-plot`:
/// left, right, top, bottom in canvas pixels, then the x range) and each legend swatch with a
/// pixel of what it names (`data-keys`: "swatch x,y,drawn x,y;…"), every text's box
/// (`data-labels`: "x0,y0,x1,y1;…", laid out with the browser's own text metrics), and marks
/// the timeline, so tests and the benchmark can see which charts a slider redrew, when, and
/// where.
pub fn record_draw(canvas: &HtmlCanvasElement, slug: &str, p: &Plot) {
    let plot = format!(
        "{},{},{},{},{},{}",
        p.px_x.0,
        p.px_x.1,
        p.px_y.0,
        p.px_y.1,
        plain(p.x.0),
        plain(p.x.1)
    );
    let _ = canvas.set_attribute("data-plot", &plot);
    let keys: Vec<String> = p
        .keys
        .iter()
        .map(|k| format!("{},{},{},{}", k.swatch.0, k.swatch.1, k.drawn.0, k.drawn.1))
        .collect();
    let _ = canvas.set_attribute("data-keys", &keys.join(";"));
    let labels: Vec<String> = p
        .labels
        .iter()
        .map(|l| format!("{},{},{},{}", l.rect.x0, l.rect.y0, l.rect.x1, l.rect.y1))
        .collect();
    let _ = canvas.set_attribute("data-labels", &labels.join(";"));
    let n = canvas
        .get_attribute("data-draws")
        .and_then(|s| s.parse::<u32>().ok())
        .unwrap_or(0);
    let _ = canvas.set_attribute("data-draws", &(n + 1).to_string());
    browser::mark(&format!("chart-drawn:{slug}"));
}
