//! Text sizes as the canvas lays them out, and a small cache of them.

use crate::model::format::trim;
use plotters_backend::BackendTextStyle;
use std::cell::RefCell;
use web_sys::CanvasRenderingContext2d;

/// Measured sizes by a 64-bit hash of font and text, in a short list searched in order and
/// cleared when full: fixed memory, allocated once at the first draw (a `HashMap` of strings
/// would link SipHash and another hash-table instance into the wasm, and grow the heap as
/// labels with live values change). A hash collision, ~1e-14 likely here, would only
/// misplace a label.
pub(super) const CACHE_LIMIT: usize = 256;

thread_local! {
    pub(super) static SIZES: RefCell<Vec<(u64, (u32, u32))>> = RefCell::new(Vec::with_capacity(CACHE_LIMIT));
}

/// FNV-1a over the font, a separator and the text.
pub(super) fn key(font: &str, text: &str) -> u64 {
    let bytes = font.bytes().chain([0]).chain(text.bytes());
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The CSS font plotters' canvas backend draws with ("normal 12px sans-serif").
pub(super) fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        trim(style.size(), 2),
        style.family().as_str()
    )
}

/// Width and height of `text` in `font`, as the canvas lays it out. The height is the font's
/// ascent plus descent (what a line box of `line-height: normal` holds, as plotters' span
/// measured), or 1.15 em where a browser does not report font metrics.
pub(super) fn measure(ctx: &CanvasRenderingContext2d, size: f64, text: &str) -> (u32, u32) {
    let Ok(m) = ctx.measure_text(text) else {
        return (0, 0);
    };
    let height = m.font_bounding_box_ascent() + m.font_bounding_box_descent();
    let height = if height.is_finite() && height > 0.0 {
        height
    } else {
        size * 1.15
    };
    (m.width().round() as u32, height.round() as u32)
}
