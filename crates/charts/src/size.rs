//! How big a chart is drawn for a given width: one rule for the canvas, its PNG, and the
//! prerendered SVGs (and the stylesheet's `clamp(260px, 62cqw, 420px)`, which must agree).

use ai_infra_model::clamp;

/// CSS height for a chart of the given CSS width: wide on desktops, taller than 16:10 on phones.
/// Whole pixels, so the inline style reads back exactly as written.
pub fn css_height(width: f64) -> f64 {
    clamp(width * 0.62, 260.0, 420.0).round()
}

/// Text size relative to the theme's, at a chart width: a little smaller on phones, where the
/// chart has less room for its labels.
pub fn text_scale(width: f64) -> f64 {
    if width < 480.0 {
        0.88
    } else {
        1.0
    }
}
