//! The charts' numeric axis: plotters' `f64` axis, with the report's own label format.
//!
//! plotters' `RangedCoordf64` formats its default labels with Rust's float formatting, which
//! mesh drawing links into the wasm even though every chart sets its own label formatter. This
//! axis maps and picks ticks exactly as that one does; its fallback labels use the report's
//! fixed-decimal formatter, like every other number on the page.

use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use std::ops::Range;

/// A linear axis over `f64` values.
#[derive(Clone)]
pub struct Axis(RangedCoordf64);

impl From<Range<f64>> for Axis {
    fn from(r: Range<f64>) -> Self {
        Axis(r.into())
    }
}

impl Ranged for Axis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        self.0.map(value, limit)
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        self.0.key_points(hint)
    }

    fn range(&self) -> Range<f64> {
        self.0.range()
    }
}

impl ValueFormatter<f64> for Axis {
    fn format(value: &f64) -> String {
        ai_infra_model::format::trim(*value, 2)
    }
}
