//! The tooltip under a pointer, computed from the chart description and where it was drawn.

use super::{Chart, Plot};

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
    /// The x of each year (or category index), in order: the points a keyboard steps through.
    pub fn xs(&self) -> Vec<f64> {
        match self {
            Chart::Line(c) => c.years.iter().map(|&y| f64::from(y)).collect(),
            Chart::Bar(c) => (0..c.categories.len()).map(|i| i as f64).collect(),
        }
    }

    /// The tooltip for backend pixel (`px`, `py`) of a chart drawn with `plot`: the nearest
    /// year (or the category) under the pointer and every series' value there, with its unit.
    pub fn tooltip(&self, plot: &Plot, px: f64, py: f64) -> Option<Tip> {
        let x = plot.data_x(px, py)?;
        if let Chart::Line(c) = self {
            if let Some(tip) = reported_tip(c, plot, x) {
                return Some(tip);
            }
        }
        let (heading, unit, series, i, at) = match self {
            Chart::Line(c) => {
                let last = c.years.len().checked_sub(1)? as f64;
                let i = (x - f64::from(*c.years.first()?))
                    .round()
                    .max(0.0)
                    .min(last) as usize;
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
                // The year and where its values come from: "2028 (projection)".
                let origin = self.origin(0, i).unwrap_or_default();
                let heading = format!("{} ({origin})", c.years[i]);
                (heading, c.unit, &c.series, i, (year, ys))
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
                (c.key(i), c.unit, &c.series, i, at)
            }
        };
        // One line per series, in order (the keyboard's ↑/↓ count them), even one with no value.
        let lines = series
            .iter()
            .map(|s| {
                let Some(value) = s.values.get(i).map(|v| unit.value(*v)) else {
                    return format!("{}: no value", s.name);
                };
                // A banded value: its runs' median and middle 80 % after it, as the table has them.
                match super::describe::spread(s, i, unit) {
                    Some(runs) => format!(
                        "{}: {value}; median and {}: {runs}",
                        s.name,
                        ai_infra_model::uncertainty::middle_runs()
                    ),
                    None => format!("{}: {value}", s.name),
                }
            })
            .collect();
        // What was reported for that year too, after the series (whose lines the keyboard's
        // ↑/↓ count).
        let mut lines: Vec<String> = lines;
        if let Chart::Line(c) = self {
            for h in &c.history {
                if let Some(p) = super::history::at(h, at.0) {
                    lines.push(format!("{}: {}", h.name, super::history::figure(p, c.unit)));
                }
            }
        }
        Some(Tip {
            heading,
            lines,
            x: plot.px(at.0, 0.0).0,
            ys: at.1.iter().map(|v| plot.px(at.0, *v).1).collect(),
        })
    }
}

/// The tooltip of the reported figures nearest `x`, when they are nearer than any year: the
/// period, each figure reported for it and, within the projection, the line there.
fn reported_tip(c: &super::LineChart, plot: &Plot, x: f64) -> Option<Tip> {
    let nearest = c
        .history
        .iter()
        .flat_map(|h| h.points.iter().map(|p| p.x))
        .min_by(|a, b| (a - x).abs().total_cmp(&(b - x).abs()))?;
    let year = c
        .years
        .iter()
        .map(|y| f64::from(*y))
        .min_by(|a, b| (a - x).abs().total_cmp(&(b - x).abs()));
    if year.is_some_and(|y| (y - x).abs() <= (nearest - x).abs()) {
        return None;
    }
    let mut lines = Vec::new();
    let mut ys = Vec::new();
    let mut heading = String::new();
    for h in &c.history {
        let Some(p) = super::history::at(h, nearest) else {
            continue;
        };
        heading = format!("{} (reported)", p.period);
        lines.push(format!("{}: {}", h.name, super::history::figure(p, c.unit)));
        ys.push(plot.px(p.x, p.value()).1);
        if let (Some((v, range)), Some(s)) = (p.projected, h.series.and_then(|k| c.series.get(k))) {
            let runs = range.map_or(String::new(), |r| {
                format!("; {}", super::history::runs(r, c.unit))
            });
            lines.push(format!(
                "{}, the line there: {}{runs}",
                s.name,
                c.unit.value(v)
            ));
        }
    }
    Some(Tip {
        heading,
        lines,
        x: plot.px(nearest, 0.0).0,
        ys,
    })
}
