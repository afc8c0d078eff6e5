//! What every chart shares, in the quiet newsroom style: a left-aligned headline and subtitle
//! (and, for bars, a row of colour keys under them), value labels sitting on their gridlines
//! at the left with no axis box, year or category labels below, and the mapping handed back
//! for tooltips. Every text box is recorded in the [`Space`] the chart goes on placing into.

use super::axis::Axis;
use super::layout::{wrap, Rect, Space};
use super::{DrawResult, Plot, Theme, ValueUnit};
use ai_infra_model::horizon::HEADLINE_YEAR;
use plotters::coord::ranged1d::Ranged;
use plotters::coord::Shift;
use plotters::element::{Drawable, PointCollection};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// The plotting area in the data's coordinates (bars use category positions 0, 1, 2 … on x):
/// a plotters drawing area, not a `ChartContext`, since the frame draws its own axes and
/// labels (a `ChartBuilder` would only split off label areas the frame never uses).
pub type Chart2d<DB> = DrawingArea<DB, Cartesian2d<Axis, Axis>>;

/// Draws every element of a series on the plotting area.
pub trait DrawSeries<DB: DrawingBackend> {
    fn draw_series<E, R, S>(&self, series: S) -> DrawResult<DB, ()>
    where
        for<'b> &'b E: PointCollection<'b, (f64, f64)>,
        E: Drawable<DB>,
        R: std::borrow::Borrow<E>,
        S: IntoIterator<Item = R>;
}

impl<DB: DrawingBackend> DrawSeries<DB> for Chart2d<DB> {
    fn draw_series<E, R, S>(&self, series: S) -> DrawResult<DB, ()>
    where
        for<'b> &'b E: PointCollection<'b, (f64, f64)>,
        E: Drawable<DB>,
        R: std::borrow::Borrow<E>,
        S: IntoIterator<Item = R>,
    {
        series.into_iter().try_for_each(|e| self.draw(e.borrow()))
    }
}

/// A font of `size` CSS pixels in `color`, scaled for the device.
pub fn font(t: &Theme, size: f64, bold: bool, color: RGBColor) -> TextStyle<'static> {
    let style = if bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    (Theme::FONT, t.font(size), style).into_font().color(&color)
}

/// Width and height of `text` in `style`, in backend pixels.
pub fn measure<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
) -> (i32, i32) {
    root.estimate_text_size(text, style)
        .map_or((0, 0), |(w, h)| (w as i32, h as i32))
}

/// Draws `text` with its top left corner at (`x`, `y`) and records its box.
pub fn text_at<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    space: &mut Space,
    text: &str,
    r: Rect,
    style: &TextStyle<'_>,
) -> DrawResult<DB> {
    let style = style.pos(Pos::new(HPos::Left, VPos::Top));
    root.draw(&Text::new(text, (r.x0, r.y0), style))?;
    space.add(text, r);
    Ok(())
}

/// One colour key of a bar chart: its label and the swatch's fill.
pub type KeyEntry<'a> = (&'a str, ShapeStyle);

/// What the frame laid out: the chart, where its data lands, the text placed so far and the
/// keys' swatch centres.
pub struct Framed<DB: DrawingBackend> {
    pub chart: Chart2d<DB>,
    pub plot: Plot,
    pub space: Space,
    pub swatches: Vec<(i32, i32)>,
}

/// How the value axis and the x labels are written.
pub struct Axes {
    pub unit: ValueUnit,
    /// Each x label with its position (years, or category indices).
    pub x_labels: Vec<(f64, String)>,
    /// Device pixels kept free right of the plot (for direct labels).
    pub right: u32,
    /// Years: thin them (every 2nd, 5th …) rather than shrink or stagger them.
    pub thin: bool,
}

/// The headline, subtitle and keys at the top, then the frame with its grid and labels.
pub fn frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (title, subtitle): (&str, &str),
    keys: &[KeyEntry<'_>],
    t: &Theme,
    (x, y): (Range<f64>, Range<f64>),
    axes: &Axes,
) -> DrawResult<DB, Framed<DB>> {
    let (w, _) = root.dim_in_pixel();
    let m = t.px(10.0) as i32;
    let width = w as i32 - 2 * m;
    let mut space = Space::default();
    let mut at = t.px(8.0) as i32;
    let lines = [
        (title, font(t, 16.0, true, t.foreground()), 1.25),
        (subtitle, font(t, 13.0, false, t.muted()), 1.3),
    ];
    for (text, style, leading) in lines {
        for line in wrap(text, width, &mut |s| measure(root, s, &style).0) {
            let (lw, lh) = measure(root, &line, &style);
            text_at(root, &mut space, &line, Rect::at(m, at, lw, lh), &style)?;
            at += (f64::from(lh) * leading).round() as i32;
        }
    }
    let swatches = key_row(root, &mut space, keys, t, (m, &mut at, width))?;

    let small = font(t, 12.0, false, t.muted());
    let ticks: Vec<f64> = Axis::from(y.clone()).key_points(6usize);
    let tick_labels: Vec<String> = ticks.iter().map(|v| axes.unit.tick(*v)).collect();
    let widest = tick_labels
        .iter()
        .map(|s| measure(root, s, &small).0)
        .max()
        .unwrap_or(0);
    // Any year: a digit's height.
    let line_h = measure(root, &HEADLINE_YEAR.to_string(), &small).1;
    let gap = t.px(6.0) as i32;
    let left = widest + gap;
    let (l, r) = (m + left, w as i32 - m - axes.right as i32);
    let x_map = |v: f64| f64::from(l) + (v - x.start) / (x.end - x.start) * f64::from(r - l);
    let (x_font, rows, every) = fit_x(root, &axes.x_labels, &x_map, t, axes.thin);
    // The plotting area: inside the margins, right of the value labels and above the x labels
    // (never turned inside out on a tiny canvas).
    let (root_w, root_h) = (w as i32, root.dim_in_pixel().1 as i32);
    let top = (at + line_h + gap).min(root_h);
    let bottom = (t.px(6.0) as i32 + rows * (line_h + gap / 2) + gap).min(root_h - top);
    let right = (m + axes.right as i32).min(root_w);
    let area = root.margin(top, bottom, (m + left).min(root_w - right), right);
    let (px, py) = area.get_pixel_range();
    // As plotters' ChartBuilder maps: the last pixel inside, y upwards.
    let pixels = (px.start..px.end - 1, py.end - 1..py.start);
    let chart = area.apply_coord_spec(Cartesian2d::new(
        Axis::from(x.clone()),
        Axis::from(y.clone()),
        pixels,
    ));
    let plot = plot(&chart, x, y);

    // Gridlines from the left edge under their labels, the zero line darker.
    for (v, label) in ticks.iter().zip(&tick_labels) {
        let py = plot.px(plot.x.0, *v).1.round() as i32;
        let color = if v.abs() < 1e-9 {
            t.foreground().mix(0.55)
        } else {
            t.grid().mix(1.0)
        };
        root.draw(&PathElement::new(
            vec![(m, py), (plot.px_x.1, py)],
            color.stroke_width(t.px(1.0)),
        ))?;
        let (lw, lh) = measure(root, label, &small);
        let r = Rect::at(m, py - lh - t.px(2.0) as i32, lw, lh);
        text_at(root, &mut space, label, r, &small)?;
    }
    let top = plot.px_y.1 + gap / 2;
    let mut last_end = [i32::MIN; 2];
    for (i, (v, label)) in axes.x_labels.iter().enumerate().step_by(every) {
        let (lw, lh) = measure(root, label, &x_font);
        let row = if rows > 1 { i % 2 } else { 0 };
        // Never one that would touch the last on its row, nor one off the chart.
        let cx = plot.px(*v, 0.0).0.round() as i32;
        let rect = Rect::at(cx - lw / 2, top + row as i32 * (lh + gap / 2), lw, lh);
        if rect.x0 < last_end[row] + gap || rect.x0 < 0 || rect.x1 > w as i32 {
            continue;
        }
        last_end[row] = rect.x1;
        text_at(root, &mut space, label, rect, &x_font)?;
    }
    space.bounds = Some(Rect::at(0, 0, w as i32, root.dim_in_pixel().1 as i32));
    Ok(Framed {
        chart,
        plot,
        space,
        swatches,
    })
}

/// The x labels' font, rows and step: 12 px on one row if the labels fit side by side, else
/// 11 px; then years are thinned (every 2nd, 3rd, 5th), categories go down to 10 px, then on
/// two staggered rows.
fn fit_x<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    labels: &[(f64, String)],
    x_map: &dyn Fn(f64) -> f64,
    t: &Theme,
    thin: bool,
) -> (TextStyle<'static>, i32, usize) {
    let fits = |style: &TextStyle<'_>, every: usize| {
        labels.windows(1 + every).step_by(every).all(|w| {
            let (a, b) = (&w[0], &w[every]);
            let half = (measure(root, &a.1, style).0 + measure(root, &b.1, style).0) / 2;
            x_map(b.0) - x_map(a.0) >= f64::from(half + t.px(6.0) as i32)
        })
    };
    let steps: &[usize] = if thin { &[1, 2, 3, 5] } else { &[1] };
    for &every in steps {
        for size in [12.0, 11.0] {
            let style = font(t, size, false, t.muted());
            if fits(&style, every) {
                return (style, 1, every);
            }
        }
    }
    let style = font(t, 10.0, false, t.muted());
    let rows = if fits(&style, 1) || !fits(&style, 2) {
        1
    } else {
        2
    };
    (style, rows, if thin { 5 } else { 1 })
}

/// A row of colour keys under the subtitle (bar charts), wrapping at `width`: returns each
/// swatch's centre. Swatches are opaque, so each shows exactly its series' colour.
fn key_row<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    space: &mut Space,
    keys: &[KeyEntry<'_>],
    t: &Theme,
    (m, at, width): (i32, &mut i32, i32),
) -> DrawResult<DB, Vec<(i32, i32)>> {
    let style = font(t, 12.0, false, t.foreground());
    let (side, pad) = (t.px(11.0) as i32, t.px(5.0) as i32);
    let mut x = m;
    let mut centres = Vec::new();
    if keys.is_empty() {
        return Ok(centres);
    }
    *at += pad;
    let mut row_h = 0;
    for (label, fill) in keys {
        let (lw, lh) = measure(root, label, &style);
        let w = side + pad + lw;
        if x > m && x + w > m + width {
            x = m;
            *at += row_h + pad;
        }
        let cy = *at + lh / 2;
        let swatch = [(x, cy - side / 2), (x + side, cy + side / 2)];
        // An outline alone is a ring (the reported figures' mark), not an empty box.
        if fill.filled {
            root.draw(&Rectangle::new(swatch, *fill))?;
        } else {
            root.draw(&Circle::new((x + side / 2, cy), side / 2 - 1, *fill))?;
        }
        centres.push((x + side / 2, cy));
        text_at(
            root,
            space,
            label,
            Rect::at(x + side + pad, *at, lw, lh),
            &style,
        )?;
        row_h = lh.max(side);
        x += w + 3 * pad;
    }
    *at += row_h + pad;
    Ok(centres)
}

/// Where the plotting area landed, and the ranges it spans.
pub fn plot<DB: DrawingBackend>(chart: &Chart2d<DB>, x: Range<f64>, y: Range<f64>) -> Plot {
    let (px_x, px_y) = chart.get_pixel_range();
    Plot {
        px_x: (px_x.start, px_x.end),
        px_y: (px_y.start, px_y.end),
        x: (x.start, x.end),
        y: (y.start, y.end),
        ..Plot::default()
    }
}

/// Upper end of a value axis: the data's maximum plus `headroom` (0.12 = 12 %) for labels
/// above the data, never zero-height.
pub fn axis_max(max: f64, headroom: f64) -> f64 {
    if max.is_finite() && max > 0.0 {
        max * (1.0 + headroom)
    } else {
        1.0
    }
}
