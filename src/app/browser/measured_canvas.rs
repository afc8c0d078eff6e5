//! plotters' `CanvasBackend`, with text measured by the canvas itself and lines stroked in
//! batches.
//!
//! plotters measures text on the web by adding a styled `<span>` to the page and reading its
//! `offsetWidth`: one forced layout per label, ≈2.3 ms of a slider event that redraws four
//! charts (profiled 2026-11-24), and the reason the CSP had to allow style attributes. Here
//! `measureText` on the chart's own 2D context answers instead (no layout, no DOM), and a
//! small fixed-size cache answers the labels that repeat from one draw to the next.
//!
//! It draws every shape and text itself on that context; plotters-canvas still owns the
//! canvas's size and presentation. Its own drawing formats colours with Rust's float formatting,
//! which nothing else in the wasm needs.

mod text_size;

use crate::model::format::trim;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use plotters_canvas::CanvasBackend;
use std::cell::Cell;
use text_size::{css_font, key, measure, CACHE_LIMIT, SIZES};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The style of a path of line segments waiting to be stroked.
#[derive(Clone, Copy, PartialEq)]
struct Pen {
    rgb: (u8, u8, u8),
    alpha: f64,
    width: u32,
}

/// The pen a plotters style strokes with; `None` when it is invisible.
fn pen<S: BackendStyle>(s: &S) -> Option<Pen> {
    let c = s.color();
    (c.alpha > 0.0).then_some(Pen {
        rgb: c.rgb,
        alpha: c.alpha,
        width: s.stroke_width(),
    })
}

/// A canvas for plotters that measures text with `measureText` and strokes runs of lines of
/// one style as one path.
pub struct MeasuredCanvas {
    inner: CanvasBackend,
    ctx: CanvasRenderingContext2d,
    /// The open path's pen, while segments are being added to it.
    open: Option<Pen>,
    /// What the context was last given, so it is not given it again: setting `font` parses a
    /// CSS font even when it has not changed (a third of a four-chart redraw's time in wasm,
    /// profiled 2026-11-25), and setting the fill parses a colour.
    last: Cell<Last>,
}

/// The context's font (by hash), fill colour and text anchor, as last set.
#[derive(Clone, Copy, Default, PartialEq)]
struct Last {
    font: u64,
    fill: Option<((u8, u8, u8), f64)>,
    anchor: (u8, u8),
}

impl MeasuredCanvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<MeasuredCanvas> {
        let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(MeasuredCanvas {
            inner,
            ctx,
            open: None,
            last: Cell::default(),
        })
    }

    /// Sets the context's font unless it is set already.
    fn use_font(&self, font: &str) {
        let mut last = self.last.get();
        let hash = key(font, "");
        if last.font != hash {
            self.ctx.set_font(font);
            last.font = hash;
            self.last.set(last);
        }
    }

    /// Fills with `colour` (setting it unless it is set already); `false` when it is
    /// invisible and nothing need be drawn.
    fn fill_with(&self, colour: BackendColor) -> bool {
        let mut last = self.last.get();
        let fill = Some((colour.rgb, colour.alpha));
        if last.fill != fill {
            self.ctx
                .set_fill_style_str(&css_colour(colour.rgb, colour.alpha));
            last.fill = fill;
            self.last.set(last);
        }
        colour.alpha > 0.0
    }

    /// Sets the text anchor unless it is set already.
    fn use_anchor(&self, h: HPos, v: VPos) {
        let mut last = self.last.get();
        let anchor = (h as u8 + 1, v as u8 + 1);
        if last.anchor != anchor {
            self.ctx.set_text_baseline(match v {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            });
            self.ctx.set_text_align(match h {
                HPos::Left => "start",
                HPos::Right => "end",
                HPos::Center => "center",
            });
            last.anchor = anchor;
            self.last.set(last);
        }
    }

    /// Makes `pen` the open path's pen, first stroking the open path if its pen differs.
    /// plotters draws grids and dashed series as hundreds of separate lines (≈2,400 canvas
    /// calls for one slider event over four charts, each line setting its colour and width and
    /// stroking alone); joined into one path per pen they take ≈1,400.
    fn use_pen(&mut self, pen: Pen) {
        if self.open != Some(pen) {
            self.flush();
            self.ctx
                .set_stroke_style_str(&css_colour(pen.rgb, pen.alpha));
            self.ctx.set_line_width(f64::from(pen.width));
            self.ctx.begin_path();
            self.open = Some(pen);
        }
    }

    /// Strokes the open path, if any: before anything else is drawn, so the order of what
    /// plotters draws is kept.
    fn flush(&mut self) {
        if self.open.take().is_some() {
            self.ctx.stroke();
        }
    }
}

impl Drop for MeasuredCanvas {
    fn drop(&mut self) {
        self.flush();
    }
}

/// A colour as CSS: "rgba(31,119,180,0.5)". Written here (not by plotters-canvas) so the wasm
/// carries no float formatting: alpha goes through the report's own fixed-decimal formatter.
fn css_colour((r, g, b): (u8, u8, u8), alpha: f64) -> String {
    format!("rgba({r},{g},{b},{})", trim(alpha, 3))
}

/// A horizontal or vertical line moved half a pixel, onto the pixel grid, so a 1 px line is
/// one crisp pixel wide (as plotters-canvas does).
fn crisp(from: BackendCoord, to: BackendCoord) -> [(f64, f64); 2] {
    let (mut a, mut b) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if a.0 == b.0 {
        a.0 -= 0.5;
        b.0 -= 0.5;
    }
    if a.1 == b.1 {
        a.1 -= 0.5;
        b.1 -= 0.5;
    }
    [a, b]
}

/// plotters-canvas does not export its error type by name.
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;
type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

impl DrawingBackend for MeasuredCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result {
        self.flush();
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.flush();
        if self.fill_with(color) {
            let (x, y) = (f64::from(point.0), f64::from(point.1));
            self.ctx.fill_rect(x, y, 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        s: &S,
    ) -> Result {
        if let Some(pen) = pen(s) {
            self.use_pen(pen);
            let [a, b] = crisp(from, to);
            self.ctx.move_to(a.0, a.1);
            self.ctx.line_to(b.0, b.1);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let w = f64::from(bottom_right.0 - upper_left.0);
        let h = f64::from(bottom_right.1 - upper_left.1);
        if fill {
            self.flush();
            if self.fill_with(style.color()) {
                self.ctx.fill_rect(x, y, w, h);
            }
        } else if let Some(pen) = pen(style) {
            self.use_pen(pen);
            self.ctx.rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if let Some(pen) = pen(style) {
            self.use_pen(pen);
            let mut points = path.into_iter();
            if let Some((x, y)) = points.next() {
                self.ctx.move_to(f64::from(x), f64::from(y));
            }
            for (x, y) in points {
                self.ctx.line_to(f64::from(x), f64::from(y));
            }
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        let (x, y, r) = (f64::from(center.0), f64::from(center.1), f64::from(radius));
        if fill {
            self.flush();
            if self.fill_with(style.color()) {
                self.ctx.begin_path();
                let _ = self.ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
                self.ctx.fill();
            }
        } else if let Some(pen) = pen(style) {
            self.use_pen(pen);
            self.ctx.move_to(x + r, y);
            let _ = self.ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        self.flush();
        if self.fill_with(style.color()) {
            self.ctx.begin_path();
            for (i, (x, y)) in vert.into_iter().enumerate() {
                let (x, y) = (f64::from(x), f64::from(y));
                if i == 0 {
                    self.ctx.move_to(x, y);
                } else {
                    self.ctx.line_to(x, y);
                }
            }
            self.ctx.close_path();
            self.ctx.fill();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result {
        self.flush();
        if !self.fill_with(style.color()) {
            return Ok(());
        }
        let quarter_turns = match style.transform() {
            FontTransform::None => 0,
            FontTransform::Rotate90 => 1,
            FontTransform::Rotate180 => 2,
            FontTransform::Rotate270 => 3,
        };
        let anchor = style.anchor();
        self.use_anchor(anchor.h_pos, anchor.v_pos);
        self.use_font(&css_font(style));
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        if quarter_turns == 0 {
            let _ = self.ctx.fill_text(text, x, y);
        } else {
            self.ctx.save();
            let _ = self.ctx.translate(x, y);
            let _ = self
                .ctx
                .rotate(f64::from(quarter_turns) * std::f64::consts::FRAC_PI_2);
            let _ = self.ctx.fill_text(text, 0.0, 0.0);
            self.ctx.restore();
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        let font = css_font(style);
        let key = key(&font, text);
        let cached = SIZES.with(|c| c.borrow().iter().find(|e| e.0 == key).map(|e| e.1));
        if let Some(size) = cached {
            return Ok(size);
        }
        self.use_font(&font);
        let size = measure(&self.ctx, style.size(), text);
        SIZES.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.push((key, size));
        });
        Ok(size)
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, (w, h): (u32, u32), src: &[u8]) -> Result {
        self.flush();
        self.inner.blit_bitmap(pos, (w, h), src)
    }
}
