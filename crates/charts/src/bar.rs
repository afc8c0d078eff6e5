//! Grouped vertical bars over named categories, with the value on each bar, a note over each
//! group and, for more than one series, a row of colour keys under the subtitle.

use super::frame::{axis_max, font, frame, measure, text_at, Axes, DrawSeries, KeyEntry};
use super::layout::Rect;
use super::line::key_pixels;
use super::{BarChart, DrawResult, Plot, Series, Stroke, Theme, ValueUnit};
use ai_infra_model::format::{money, usd_bn};
use plotters::coord::Shift;
use plotters::prelude::*;

/// Width of one category's group of bars, in category units.
const GROUP: f64 = 0.8;

/// The x range [left, right] of bar `k` of `m` in category `i`.
pub fn bar_span(i: usize, k: usize, m: usize) -> (f64, f64) {
    let w = GROUP / m as f64;
    let left = i as f64 - GROUP / 2.0 + k as f64 * w;
    (left + w * 0.06, left + w * 0.94)
}

/// How each bar's value is written: the first of "$15.4B" at 12 px, "15.4" (the subtitle
/// names the unit) at 12 px, then "15.4" down to 10 px, whose widest label fits its bar's
/// slot; or no labels at all where none fits (the tooltip and the table still give every value).
type Labels<'a> = Option<(Format, TextStyle<'a>)>;

/// Writes a value as a bar label.
type Format = fn(f64) -> String;

fn fit_labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    plot: &Plot,
    t: &Theme,
) -> Labels<'static> {
    fn bare(v: f64) -> String {
        money("", v).trim_end_matches('B').to_string()
    }
    fn usd_change(v: f64) -> String {
        ValueUnit::UsdBnChange.tick(v)
    }
    fn ratio_change(v: f64) -> String {
        ValueUnit::RatioChange.tick(v)
    }
    fn years_change(v: f64) -> String {
        ValueUnit::YearsChange.tick(v)
    }
    let slot = plot.px(GROUP / c.series.len().max(1) as f64, 0.0).0 - plot.px(0.0, 0.0).0;
    let change: Option<Format> = match c.unit {
        ValueUnit::UsdBnChange => Some(usd_change),
        ValueUnit::RatioChange => Some(ratio_change),
        ValueUnit::YearsChange => Some(years_change),
        ValueUnit::UsdBn | ValueUnit::Percent => None,
    };
    let options: [(Format, f64); 4] = match change {
        Some(f) => [(f, 12.0), (f, 11.0), (f, 10.0), (f, 10.0)],
        None => [(usd_bn, 12.0), (bare, 12.0), (bare, 11.0), (bare, 10.0)],
    };
    for (text, size) in options {
        let style = font(t, size, false, t.foreground());
        let widest = c
            .series
            .iter()
            .flat_map(|s| s.values.iter())
            .map(|v| measure(root, &text(*v), &style).0)
            .max()
            .unwrap_or(0);
        if f64::from(widest) <= slot * 0.96 {
            return Some((text, style));
        }
    }
    None
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    t: &Theme,
) -> DrawResult<DB, Plot> {
    let n = c.categories.len();
    let m = c.series.len().max(1);
    let values = || c.series.iter().flat_map(|s| s.values.iter().copied());
    let (max, min) = (values().fold(0.0, f64::max), values().fold(0.0, f64::min));
    // Headroom for the value labels and the group notes above the bars (and for the labels
    // under bars that go below zero: a change can).
    let y_max = axis_max(max, if c.notes.is_empty() { 0.16 } else { 0.32 });
    let y_min = if min < 0.0 {
        min - 0.16 * (max - min)
    } else {
        0.0
    };
    let keys: Vec<KeyEntry> = if c.series.len() > 1 {
        let fill = |s: &Series| t.color(s.color).filled();
        c.series
            .iter()
            .map(|s| (s.name.as_str(), fill(s)))
            .collect()
    } else {
        Vec::new()
    };
    let axes = Axes {
        unit: c.unit,
        x_labels: (0..n)
            .map(|i| (i as f64, c.categories[i].clone()))
            .collect(),
        thin: false,
        right: 0,
    };
    let (xr, yr) = (-0.5..n as f64 - 0.5, y_min..y_max);
    let title = (c.title.as_str(), c.subtitle.as_str());
    let mut f = frame(root, title, &keys, t, (xr, yr), &axes)?;

    let labels = fit_labels(root, c, &f.plot, t);
    let g = t.px(3.0) as i32;
    // Per category, the top of its value labels (or of its bars), in pixels: notes go above.
    let mut tops = vec![f.plot.px_y.1; n];
    for (k, s) in c.series.iter().enumerate() {
        let color = |i: usize| t.color(c.colors.get(i).copied().unwrap_or(s.color));
        f.chart
            .draw_series(s.values.iter().enumerate().map(|(i, v)| {
                let (l, r) = bar_span(i, k, m);
                Rectangle::new([(l, 0.0), (r, *v)], color(i).filled())
            }))?;
        if s.stroke == Stroke::Plan {
            // A plan, not money spent: each bar outlined with a dash.
            let style = t.foreground().stroke_width(t.px(1.5));
            for (i, v) in s.values.iter().enumerate() {
                let (l, r) = bar_span(i, k, m);
                let outline = [(l, 0.0), (l, *v), (r, *v), (r, 0.0)];
                f.chart
                    .draw_series(DashedLineSeries::new(outline, t.px(4.0), t.px(3.0), style))?;
            }
        }
        for (i, v) in s.values.iter().enumerate() {
            let (l, r) = bar_span(i, k, m);
            let (cx, y) = f.plot.px((l + r) / 2.0, *v);
            let (cx, mut y) = (cx.round() as i32, y.round() as i32);
            if let Some((text, style)) = &labels {
                let label = text(*v);
                let (w, h) = measure(root, &label, style);
                // Above a bar that rises, under one that falls.
                let top = if *v < 0.0 { y + g } else { y - g - h };
                let r = Rect::at(cx - w / 2, top, w, h);
                text_at(root, &mut f.space, &label, r, style)?;
                y = y.min(r.y0);
            }
            tops[i] = tops[i].min(y);
        }
    }
    let note_font = font(t, 12.0, true, t.foreground());
    for (i, note) in c.notes.iter().enumerate().filter(|(_, s)| !s.is_empty()) {
        let (w, h) = measure(root, note, &note_font);
        let cx = f.plot.px(i as f64, 0.0).0.round() as i32;
        let r = Rect::at(cx - w / 2, tops[i] - 2 * g - h, w, h);
        if f.space.free(&r, g, false) {
            text_at(root, &mut f.space, note, r, &note_font)?;
        }
    }

    if c.series.len() > 1 {
        // Each series' tallest bar, halfway up: clear of the value labels above the bars.
        let samples: Vec<(f64, f64)> = c
            .series
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let (i, v) = s
                    .values
                    .iter()
                    .enumerate()
                    .max_by(|a, b| a.1.total_cmp(b.1))
                    .map_or((0, 0.0), |(i, v)| (i, *v));
                let (l, r) = bar_span(i, k, m);
                ((l + r) / 2.0, v / 2.0)
            })
            .collect();
        f.plot.keys = key_pixels(&f.swatches, &samples, &f.plot);
    }
    f.plot.labels = std::mem::take(&mut f.space.labels);
    Ok(f.plot)
}
