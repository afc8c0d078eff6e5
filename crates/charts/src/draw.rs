//! Drawing a chart on any plotters `DrawingBackend` (a `<canvas>` in the browser, SVG in
//! native tests), and where the drawing put the data ([`Plot`]), for tooltips and tests.

use super::layout::Label;
use super::{bar, line, Chart, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Error type of a drawing on backend `DB`.
pub type DrawResult<DB, T = ()> =
    Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Where the data landed on the backend: the plotting area in backend pixels and the value
/// ranges it spans. Enough to turn a pointer position back into data (tooltips).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plot {
    pub px_x: (i32, i32),
    pub px_y: (i32, i32),
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// One per key (a direct label's dot, a bar chart's colour key, the band's label): where
    /// its swatch sits and a pixel where what it names is drawn.
    pub keys: Vec<KeyPixels>,
    /// Every piece of text drawn, with its box: headline, subtitle, axis labels, direct labels
    /// and annotations (none overlaps another; tested).
    pub labels: Vec<Label>,
}

/// A key's swatch centre (the dot of a direct label, a colour key's square) and a pixel inside
/// the series it names, in backend pixels. They must show one colour (the browser tests read
/// both pixels off the canvas).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyPixels {
    pub swatch: (i32, i32),
    pub drawn: (i32, i32),
}

impl Plot {
    /// The backend pixel of data point (`x`, `y`), by the same linear mapping as the drawing.
    pub fn px(&self, x: f64, y: f64) -> (f64, f64) {
        let (l, r) = (f64::from(self.px_x.0), f64::from(self.px_x.1));
        let (t, b) = (f64::from(self.px_y.0), f64::from(self.px_y.1));
        (
            l + (x - self.x.0) / (self.x.1 - self.x.0) * (r - l),
            b - (y - self.y.0) / (self.y.1 - self.y.0) * (b - t),
        )
    }

    /// The x value under backend pixel (`px`, `py`), if it is inside the plotting area.
    pub fn data_x(&self, px: f64, py: f64) -> Option<f64> {
        let (l, r) = (f64::from(self.px_x.0), f64::from(self.px_x.1));
        let (t, b) = (f64::from(self.px_y.0), f64::from(self.px_y.1));
        if px < l || px > r || py < t || py > b || r <= l {
            return None;
        }
        Some(self.x.0 + (px - l) / (r - l) * (self.x.1 - self.x.0))
    }
}

impl Chart {
    /// Draws the chart onto any plotters drawing area; returns where the data landed.
    pub fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
    ) -> DrawResult<DB, Plot> {
        if !theme.transparent {
            root.fill(&theme.background())?;
        }
        let plot = match self {
            Chart::Line(c) => line::draw(root, c, theme)?,
            Chart::Bar(c) => bar::draw(root, c, theme)?,
        };
        root.present()?;
        Ok(plot)
    }
}
