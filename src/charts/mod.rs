//! Layer 3: charts. Each chart is first described as data ([`LineChart`] or [`BarChart`],
//! built from the model in [`build`]), then drawn by one plotters function that is generic over
//! `DrawingBackend`: a `<canvas>` in the browser, SVG in native tests. The same description
//! feeds the chart's CSV, its accessible summary and its tooltips, so they can't disagree.

mod bar;
pub mod build;
pub mod csv_field;
pub mod describe;
mod frame;
mod line;
pub mod theme;

pub use build::ChartId;
pub use theme::Theme;

use plotters::coord::Shift;
use plotters::prelude::*;

/// What a number on an axis means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueUnit {
    /// Billions of US dollars.
    UsdBn,
    /// Percent.
    Percent,
}

impl ValueUnit {
    /// Axis tick label: "$500B", "$1.5T", "30 %".
    pub fn tick(self, v: f64) -> String {
        match self {
            ValueUnit::UsdBn => crate::model::format::usd_bn(v),
            ValueUnit::Percent => format!("{v:.0} %"),
        }
    }

    /// A value with its unit, for tooltips and tables.
    pub fn value(self, v: f64) -> String {
        match self {
            ValueUnit::UsdBn => crate::model::format::usd_bn(v),
            ValueUnit::Percent => crate::model::format::pct(v),
        }
    }
}

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// Projected values: dashed after the last year of data.
    Projected,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
    /// Index into the theme's palette.
    pub color: usize,
    pub stroke: Stroke,
}

/// A shaded range, like the $3–4T estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub low: f64,
    pub high: f64,
    pub label: String,
}

/// A labelled point, like the $2.39T forecast for 2030.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub year: i32,
    pub value: f64,
    pub label: String,
}

/// Lines (or stacked areas) over years.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub title: String,
    pub y_label: String,
    pub unit: ValueUnit,
    pub years: Vec<i32>,
    pub series: Vec<Series>,
    /// Draw the series as stacked areas (the first at the bottom).
    pub stacked: bool,
    /// Years after this one are projections (dashed).
    pub last_actual: i32,
    pub band: Option<Band>,
    pub markers: Vec<Marker>,
}

/// Grouped vertical bars over named categories.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub y_label: String,
    pub unit: ValueUnit,
    pub categories: Vec<String>,
    /// One value per category in each series.
    pub series: Vec<Series>,
    /// Text over each category's group (e.g. "+33 %"), or empty.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Line(LineChart),
    Bar(BarChart),
}

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
    /// One per legend row: where its swatch sits and a pixel where what it names is drawn.
    pub keys: Vec<KeyPixels>,
}

/// A legend swatch's centre and a pixel inside the series it names, in backend pixels. They
/// must show one colour (the browser tests read both pixels off the canvas).
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

/// What a tooltip says: the year or category under the pointer, then one line per series;
/// and where that year sits, so the page can mark it and keep the tooltip off the data.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub heading: String,
    pub lines: Vec<String>,
    /// The year's (or category's) x in backend pixels.
    pub x: f64,
    /// Each series' point at that x, in backend pixels (the top of a stacked layer or bar).
    pub ys: Vec<f64>,
}

impl Chart {
    pub fn title(&self) -> &str {
        match self {
            Chart::Line(c) => &c.title,
            Chart::Bar(c) => &c.title,
        }
    }

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

    /// The tooltip for backend pixel (`px`, `py`) of a chart drawn with `plot`: the nearest
    /// year (or the category) under the pointer and every series' value there, with its unit.
    pub fn tooltip(&self, plot: &Plot, px: f64, py: f64) -> Option<Tip> {
        let x = plot.data_x(px, py)?;
        let (heading, unit, series, i, at) = match self {
            Chart::Line(c) => {
                let last = c.years.len().checked_sub(1)? as f64;
                let i = (x - f64::from(*c.years.first()?)).round().clamp(0.0, last) as usize;
                let mut below = 0.0;
                let ys = c
                    .series
                    .iter()
                    .map(|s| {
                        let v = s.values.get(i).copied().unwrap_or(0.0);
                        below = if c.stacked { below + v } else { v };
                        below
                    })
                    .collect::<Vec<_>>();
                let year = f64::from(c.years[i]);
                (c.years[i].to_string(), c.unit, &c.series, i, (year, ys))
            }
            Chart::Bar(c) => {
                let i = x.round();
                if i < 0.0 || i as usize >= c.categories.len() {
                    return None;
                }
                let i = i as usize;
                let ys = c
                    .series
                    .iter()
                    .map(|s| s.values.get(i).copied().unwrap_or(0.0));
                let at = (i as f64, ys.collect());
                (c.categories[i].clone(), c.unit, &c.series, i, at)
            }
        };
        let lines = series
            .iter()
            .filter_map(|s| Some(format!("{}: {}", s.name, unit.value(*s.values.get(i)?))))
            .collect();
        Some(Tip {
            heading,
            lines,
            x: plot.px(at.0, 0.0).0,
            ys: at.1.iter().map(|v| plot.px(at.0, *v).1).collect(),
        })
    }
}

/// The upper corner for the legend: the side whose data is lower (first third vs last third).
pub(crate) fn legend_corner(series: &[Series]) -> SeriesLabelPosition {
    let n = series.iter().map(|s| s.values.len()).max().unwrap_or(0);
    let third = n.div_ceil(3);
    let max_in = |range: std::ops::Range<usize>| {
        series
            .iter()
            .flat_map(|s| s.values.get(range.clone()).unwrap_or(&[]).iter().copied())
            .fold(0.0, f64::max)
    };
    if n > 0 && max_in(n - third..n) < max_in(0..third) {
        SeriesLabelPosition::UpperRight
    } else {
        SeriesLabelPosition::UpperLeft
    }
}

/// Upper end of a value axis: the data's maximum plus headroom for a legend of
/// `legend_rows` rows in the upper left (so it never covers data), never zero-height.
pub(crate) fn axis_max(max: f64, legend_rows: usize) -> f64 {
    if max.is_finite() && max > 0.0 {
        max * (1.12 + 0.1 * legend_rows as f64)
    } else {
        1.0
    }
}
