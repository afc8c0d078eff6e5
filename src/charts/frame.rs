//! What every chart shares: the frame (caption, margins, label areas), the mesh with units on
//! the value axis, the legend, and the mapping handed back for tooltips.

use super::{legend_corner, DrawResult, Plot, Series, Theme, ValueUnit};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::ops::Range;

/// A chart with numbers on both axes (bars use category positions 0, 1, 2 … on x).
pub type Chart2d<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The titled frame, with room for the axes' labels.
pub fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    title: &str,
    t: &Theme,
    x: Range<f64>,
    y: Range<f64>,
) -> DrawResult<DB, Chart2d<'a, DB>> {
    let fg = t.foreground();
    ChartBuilder::on(root)
        .caption(
            title,
            (Theme::FONT, t.font(15.0), FontStyle::Bold)
                .into_font()
                .color(&fg),
        )
        .margin(t.px(8.0))
        .margin_right(t.px(14.0))
        .x_label_area_size(t.px(28.0))
        .y_label_area_size(t.px(62.0))
        .build_cartesian_2d(x, y)
}

/// The mesh: value ticks with their unit, a quiet horizontal grid, x labels from `x_label`.
pub fn mesh<DB: DrawingBackend>(
    chart: &mut Chart2d<'_, DB>,
    t: &Theme,
    unit: ValueUnit,
    y_desc: &str,
    x_labels: usize,
    x_label: &dyn Fn(&f64) -> String,
) -> DrawResult<DB> {
    let fg = t.foreground();
    let font = (Theme::FONT, t.font(12.0)).into_font().color(&fg);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(x_labels)
        .x_label_formatter(x_label)
        .y_labels(6)
        .y_label_formatter(&|v| unit.tick(*v))
        .y_desc(y_desc)
        .label_style(font.clone())
        .axis_desc_style(font)
        .bold_line_style(t.grid())
        .light_line_style(TRANSPARENT)
        .axis_style(fg.mix(0.5))
        .draw()
}

/// The legend, in the upper corner where the data is lowest.
pub fn legend<'a, DB: DrawingBackend + 'a>(
    chart: &mut Chart2d<'a, DB>,
    series: &[Series],
    t: &Theme,
) -> DrawResult<DB> {
    let fg = t.foreground();
    chart
        .configure_series_labels()
        .position(legend_corner(series))
        .margin(t.px(6.0))
        .legend_area_size(t.px(18.0))
        .label_font((Theme::FONT, t.font(12.0)).into_font().color(&fg))
        .background_style(t.background().mix(0.85))
        .border_style(t.grid())
        .draw()
}

/// Where the plotting area landed, and the ranges it spans.
pub fn plot<DB: DrawingBackend>(chart: &Chart2d<'_, DB>, x: Range<f64>, y: Range<f64>) -> Plot {
    let (px_x, px_y) = chart.plotting_area().get_pixel_range();
    Plot {
        px_x: (px_x.start, px_x.end),
        px_y: (px_y.start, px_y.end),
        x: (x.start, x.end),
        y: (y.start, y.end),
    }
}

/// A legend swatch: a square of `style`, sized for the theme.
pub fn swatch(t: &Theme, style: ShapeStyle) -> impl Fn((i32, i32)) -> Rectangle<(i32, i32)> {
    let side = t.px(12.0) as i32;
    move |(x, y)| Rectangle::new([(x, y - side / 2), (x + side, y + side / 2)], style)
}
