//! What every chart shares: the frame (caption, margins, label areas), the mesh with units on
//! the value axis, the legend, and the mapping handed back for tooltips.

use super::axis::Axis;
use super::{DrawResult, Plot, Series, Theme, ValueUnit};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// A chart with numbers on both axes (bars use category positions 0, 1, 2 … on x).
pub type Chart2d<'a, DB> = ChartContext<'a, DB, Cartesian2d<Axis, Axis>>;

/// The titled frame, with room for the axes' labels. The title is drawn here rather than as
/// plotters' caption, which leaves at most 5 device pixels above the plot, so the top value
/// tick crowded it: here a gap of half a line keeps the two apart at any pixel ratio.
pub fn frame<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    title: &str,
    t: &Theme,
    x: Range<f64>,
    y: Range<f64>,
) -> DrawResult<DB, Chart2d<'a, DB>> {
    let style = (Theme::FONT, t.font(15.0), FontStyle::Bold)
        .into_font()
        .color(&t.foreground());
    let (top, gap) = (t.px(8.0), t.px(12.0));
    let title_h = root.estimate_text_size(title, &style)?.1;
    let centre = (root.dim_in_pixel().0 / 2) as i32;
    let style = style.pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(title, (centre, top as i32), style))?;
    ChartBuilder::on(root)
        .margin(t.px(8.0))
        .margin_top(top + title_h + gap)
        .margin_right(t.px(14.0))
        .x_label_area_size(t.px(28.0))
        .y_label_area_size(t.px(62.0))
        .build_cartesian_2d(Axis::from(x), Axis::from(y))
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

/// What stands before a legend row's label.
#[derive(Debug, Clone, Copy)]
pub enum Mark {
    /// A filled square in the series' colour.
    Swatch(ShapeStyle),
    /// A short line in the text colour, dashed as (dash, gap) CSS pixels: a way of drawing.
    Line(f64, f64),
}

/// One legend row: its label and its mark.
pub type LegendEntry<'a> = (&'a str, Mark);

/// The legend: a box of marks and labels in the given upper corner of the plot. Returns each
/// swatch's centre in backend pixels, in order (line marks have none). The box is opaque, so
/// a swatch shows exactly the colour it names whatever lies beneath it.
///
/// Drawn here rather than by plotters' series labels, whose default font goes through
/// `str::to_lowercase` and so links ~11 KB of Unicode case tables into the wasm.
pub fn legend<DB: DrawingBackend>(
    chart: &Chart2d<'_, DB>,
    entries: &[LegendEntry<'_>],
    corner: SeriesLabelPosition,
    t: &Theme,
) -> DrawResult<DB, Vec<(i32, i32)>> {
    let area = chart.plotting_area().strip_coord_spec();
    let font = (Theme::FONT, t.font(12.0))
        .into_font()
        .color(&t.foreground());
    let mut text_width = 0;
    for (label, _) in entries {
        text_width = text_width.max(area.estimate_text_size(label, &font)?.0 as i32);
    }
    let (pad, row, side) = (t.px(5.0) as i32, t.px(16.0) as i32, t.px(10.0) as i32);
    let mark_w = t.px(18.0) as i32;
    let (w, h) = (
        pad + mark_w + pad + text_width + pad,
        row * entries.len() as i32 + pad,
    );
    let x = match corner {
        SeriesLabelPosition::UpperRight => area.dim_in_pixel().0 as i32 - pad - w,
        _ => pad,
    };
    let (x, y) = (x.max(0), pad);
    area.draw(&Rectangle::new(
        [(x, y), (x + w, y + h)],
        t.background().filled(),
    ))?;
    area.draw(&Rectangle::new([(x, y), (x + w, y + h)], t.grid()))?;
    let label_font = font.pos(Pos::new(HPos::Left, VPos::Center));
    let base = area.get_base_pixel();
    let mut centres = Vec::with_capacity(entries.len());
    for (i, (label, mark)) in entries.iter().enumerate() {
        let cy = y + pad / 2 + row * i as i32 + row / 2;
        let mx = x + pad + (mark_w - side) / 2;
        match mark {
            Mark::Swatch(style) => {
                let swatch = [(mx, cy - side / 2), (mx + side, cy + side / 2)];
                area.draw(&Rectangle::new(swatch, *style))?;
                centres.push((base.0 + mx + side / 2, base.1 + cy));
            }
            Mark::Line(dash, gap) => {
                let style = t.foreground().stroke_width(t.px(2.0));
                let (d, g) = (
                    (dash * t.scale).max(1.0) as i32,
                    (gap * t.scale).max(1.0) as i32,
                );
                let mut at = x + pad;
                while at < x + pad + mark_w {
                    let end = (at + d).min(x + pad + mark_w);
                    area.draw(&PathElement::new(vec![(at, cy), (end, cy)], style))?;
                    at = end + g;
                }
            }
        }
        let at = (x + pad + mark_w + pad, cy);
        area.draw(&Text::new(*label, at, label_font.clone()))?;
    }
    Ok(centres)
}

/// Where the plotting area landed, and the ranges it spans.
pub fn plot<DB: DrawingBackend>(chart: &Chart2d<'_, DB>, x: Range<f64>, y: Range<f64>) -> Plot {
    let (px_x, px_y) = chart.plotting_area().get_pixel_range();
    Plot {
        px_x: (px_x.start, px_x.end),
        px_y: (px_y.start, px_y.end),
        x: (x.start, x.end),
        y: (y.start, y.end),
        keys: Vec::new(),
    }
}

/// The upper corner for the legend: the side whose data is lower (first third vs last third).
pub fn legend_corner(series: &[Series]) -> SeriesLabelPosition {
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
pub fn axis_max(max: f64, legend_rows: usize) -> f64 {
    if max.is_finite() && max > 0.0 {
        max * (1.12 + 0.1 * legend_rows as f64)
    } else {
        1.0
    }
}
