//! Grouped vertical bars over named categories, with the value on each bar.

use super::frame::{frame, legend, mesh, plot, LegendEntry};
use super::{axis_max, legend_corner, BarChart, DrawResult, Plot, Theme};
use crate::model::format::usd_bn;
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
    let plot = plot(&chart, xr, yr);
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

    let value_font = font(10.5).pos(Pos::new(HPos::Center, VPos::Bottom));
    let mut entries: Vec<LegendEntry> = Vec::new();
    for (k, s) in c.series.iter().enumerate() {
        let color = t.color(s.color);
        chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
            let (l, r) = bar_span(i, k, m);
            Rectangle::new([(l, 0.0), (r, *v)], color.filled())
        }))?;
        entries.push((&s.name, color.filled()));
        chart.draw_series(s.values.iter().enumerate().map(|(i, v)| {
            let (l, r) = bar_span(i, k, m);
            Text::new(usd_bn(*v), ((l + r) / 2.0, *v), value_font.clone())
        }))?;
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
        legend(&chart, &entries, legend_corner(&c.series), t)?;
    }
    Ok(plot)
}
