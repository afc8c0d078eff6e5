//! Grouped vertical bars over named categories, with the value on each bar.

use super::frame::{axis_max, frame, legend, legend_corner, mesh, plot, LegendEntry, Mark};
use super::line::key_pixels;
use super::{BarChart, DrawResult, Plot, Stroke, Theme};
use crate::model::format::{money, usd_bn};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Width of one category's group of bars, in category units.
const GROUP: f64 = 0.8;

/// The x range [left, right] of bar `k` of `m` in category `i`.
pub fn bar_span(i: usize, k: usize, m: usize) -> (f64, f64) {
    let w = GROUP / m as f64;
    let left = i as f64 - GROUP / 2.0 + k as f64 * w;
    (left + w * 0.06, left + w * 0.94)
}

/// How each bar's value is written: the first of "$15.4B" at 10.5 px, "15.4" (the axis names
/// the unit) at 10.5 px, then "15.4" down to 8 px, whose widest label fits its bar's slot;
/// or no labels at all where none fits (the tooltip and the table still give every value).
type Labels<'a> = Option<(Format, TextStyle<'a>)>;

/// Writes a value as a bar label.
type Format = fn(f64) -> String;

fn fit_labels<'a, DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    plot: &Plot,
    font: &dyn Fn(f64) -> TextStyle<'a>,
) -> DrawResult<DB, Labels<'a>> {
    fn bare(v: f64) -> String {
        money("", v).trim_end_matches('B').to_string()
    }
    let slot = plot.px(GROUP / c.series.len().max(1) as f64, 0.0).0 - plot.px(0.0, 0.0).0;
    let values: Vec<f64> = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .collect();
    let options: [(Format, f64); 4] = [(usd_bn, 10.5), (bare, 10.5), (bare, 9.0), (bare, 8.0)];
    for (text, size) in options {
        let style = font(size);
        let mut widest = 0;
        for v in &values {
            widest = widest.max(root.estimate_text_size(&text(*v), &style)?.0);
        }
        if f64::from(widest) <= slot * 0.96 {
            return Ok(Some((
                text,
                style.pos(Pos::new(HPos::Center, VPos::Bottom)),
            )));
        }
    }
    Ok(None)
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &BarChart,
    t: &Theme,
) -> DrawResult<DB, Plot> {
    let fg = t.foreground();
    let font = |size: f64| (Theme::FONT, t.font(size)).into_font().color(&fg);
    let n = c.categories.len();
    let m = c.series.len().max(1);
    let max = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0, f64::max);
    // Headroom for the value labels and the group notes above the bars.
    let legend_rows = if c.series.len() > 1 {
        c.series.len()
    } else {
        0
    };
    let y_max = axis_max(max, legend_rows) * if c.notes.is_empty() { 1.0 } else { 1.1 };

    let (xr, yr) = (-0.5..n as f64 - 0.5, 0.0..y_max);
    let mut chart = frame(root, &c.title, t, xr.clone(), yr.clone())?;
    let mut plot = plot(&chart, xr, yr);
    let categories = &c.categories;
    let category = |x: &f64| {
        let i = x.round();
        if (x - i).abs() < 1e-6 && i >= 0.0 {
            categories.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    mesh(&mut chart, t, c.unit, &c.y_label, n, &category)?;

    let labels = fit_labels(root, c, &plot, &font)?;
    let mut entries: Vec<LegendEntry> = Vec::new();
    for (k, s) in c.series.iter().enumerate() {
        let color = t.color(s.color);
        chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
            let (l, r) = bar_span(i, k, m);
            Rectangle::new([(l, 0.0), (r, *v)], color.filled())
        }))?;
        if s.stroke == Stroke::Plan {
            // A plan, not money spent: each bar outlined with a dash.
            let style = t.foreground().stroke_width(t.px(1.5));
            for (i, v) in s.values.iter().enumerate() {
                let (l, r) = bar_span(i, k, m);
                let outline = [(l, 0.0), (l, *v), (r, *v), (r, 0.0)];
                chart.draw_series(DashedLineSeries::new(outline, t.px(4.0), t.px(3.0), style))?;
            }
        }
        entries.push((&s.name, Mark::Swatch(color.filled())));
        if let Some((text, style)) = &labels {
            chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
                let (l, r) = bar_span(i, k, m);
                Text::new(text(*v), ((l + r) / 2.0, *v), style.clone())
            }))?;
        }
    }
    let note_font = (Theme::FONT, t.font(12.0), FontStyle::Bold)
        .into_font()
        .color(&fg)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    chart.draw_series(
        c.notes
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, note)| {
                let top = c
                    .series
                    .iter()
                    .filter_map(|s| s.values.get(i))
                    .copied()
                    .fold(0.0, f64::max);
                Text::new(
                    note.clone(),
                    (i as f64, top + y_max * 0.07),
                    note_font.clone(),
                )
            }),
    )?;

    if c.series.len() > 1 {
        let swatches = legend(&chart, &entries, legend_corner(&c.series), t)?;
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
        plot.keys = key_pixels(&swatches, &samples, &plot);
    }
    Ok(plot)
}
