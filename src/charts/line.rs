//! Lines (or stacked areas) over years, with an optional band and labelled markers.

use super::frame::{axis_max, frame, legend, legend_corner, mesh, plot, LegendEntry, Mark};
use super::{DrawResult, KeyPixels, LineChart, Plot, Stroke, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Each series' drawn values: as given, or running sums when stacked.
fn tops(c: &LineChart) -> Vec<Vec<f64>> {
    let mut acc = vec![0.0; c.years.len()];
    c.series
        .iter()
        .map(|s| {
            if c.stacked {
                acc.iter_mut().zip(&s.values).for_each(|(a, v)| *a += v);
                acc.clone()
            } else {
                s.values.clone()
            }
        })
        .collect()
}

/// (dash, gap) in CSS pixels: plan years dotted, projections dashed.
const PLAN: (f64, f64) = (2.0, 3.0);
const PROJECTION: (f64, f64) = (7.0, 4.0);

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB, Plot> {
    let fg = t.foreground();
    let font = |size: f64| (Theme::FONT, t.font(size)).into_font().color(&fg);
    let tops = tops(c);
    let values = tops.iter().flatten().copied();
    let extra = c
        .band
        .iter()
        .map(|b| b.high)
        .chain(c.markers.iter().map(|m| m.value));
    let all: Vec<f64> = values.chain(extra).filter(|v| v.is_finite()).collect();
    let plan = c.plan_until > c.last_actual && !c.stacked;
    // Stacked areas that are all projection (no actual year among them): dashed edges.
    let modelled = c.stacked && c.years.first().is_some_and(|y| *y > c.last_actual);
    let legend_rows = c.series.len()
        + usize::from(c.band.is_some())
        + 2 * usize::from(plan)
        + usize::from(modelled);
    let y_max = axis_max(all.iter().copied().fold(0.0, f64::max), legend_rows);
    let y_min = all.iter().copied().fold(0.0, f64::min) * 1.12;
    let (x0, x1) = (
        f64::from(c.years[0]),
        f64::from(*c.years.last().unwrap_or(&c.years[0])),
    );

    let (xr, yr) = (x0 - 0.3..x1 + 0.3, y_min..y_max);
    let mut chart = frame(root, &c.title, t, xr.clone(), yr.clone())?;
    let mut plot = plot(&chart, xr, yr);
    // A year label every ~48 CSS px at most: all eleven years on a desktop, every other on a phone.
    let fit = (f64::from(plot.px_x.1 - plot.px_x.0) / (48.0 * t.scale)).floor() as usize;
    mesh(
        &mut chart,
        t,
        c.unit,
        &c.y_label,
        c.years.len().min(fit.max(3)),
        &|x| crate::model::format::fixed(*x, 0),
    )?;

    let corner = legend_corner(&c.series);
    let mut entries: Vec<LegendEntry> = Vec::new();
    // Per legend row, a point (in data) inside what it names: see `KeyPixels`.
    let mut samples: Vec<(f64, f64)> = Vec::new();
    if let Some(b) = &c.band {
        let fill = t.color(5).mix(0.22).filled();
        let (from, to) = b.years.unwrap_or((x0 - 0.3, x1 + 0.3));
        chart.draw_series(std::iter::once(Rectangle::new(
            [(from, b.low), (to, b.high)],
            fill,
        )))?;
        entries.push((&b.label, Mark::Swatch(fill)));
        // In the margin beside the data, on the side away from the legend; or, for a band over
        // a few years, just inside its left edge.
        let x = match (b.years, &corner) {
            (Some((from, _)), _) => from + 0.1,
            (None, SeriesLabelPosition::UpperRight) => x0 - 0.2,
            (None, _) => x1 + 0.2,
        };
        samples.push((x, b.low + 0.45 * (b.high - b.low)));
    }
    for r in &c.rules {
        let x = f64::from(r.year);
        let style = fg.mix(0.6).stroke_width(t.px(1.5));
        let (dash, gap) = (t.px(3.0), t.px(3.0));
        chart.draw_series(DashedLineSeries::new(
            [(x, y_min), (x, y_max)],
            dash,
            gap,
            style,
        ))?;
        // At the foot of the line, where no legend sits.
        let at = (x, y_min);
        let label_style = font(11.0).pos(Pos::new(HPos::Left, VPos::Bottom));
        let offset = t.px(4.0) as i32;
        chart.draw_series(std::iter::once(
            EmptyElement::at(at) + Text::new(r.label.clone(), (offset, -offset), label_style),
        ))?;
    }

    let stroke = t.px(2.5);
    // Stacked areas are drawn top layer first, each filling down to zero, so each visible
    // band is one layer; lines are drawn in order.
    let order: Vec<usize> = if c.stacked {
        (0..c.series.len()).rev().collect()
    } else {
        (0..c.series.len()).collect()
    };
    for i in order {
        let s = &c.series[i];
        let color = t.color(s.color);
        let pts: Vec<(f64, f64)> = c
            .years
            .iter()
            .map(|y| f64::from(*y))
            .zip(tops[i].iter().copied())
            .collect();
        let style = color.stroke_width(stroke);
        if c.stacked {
            // Opaque, so each layer shows exactly its legend colour.
            chart.draw_series(AreaSeries::new(pts.clone(), 0.0, color).border_style(style))?;
            if modelled {
                let (dash, gap) = PROJECTION;
                let edge = t.foreground().mix(0.7).stroke_width(t.px(1.5));
                chart.draw_series(DashedLineSeries::new(
                    pts.clone(),
                    t.px(dash),
                    t.px(gap),
                    edge,
                ))?;
            }
        } else {
            let (split, planned) = (f64::from(c.last_actual), f64::from(c.plan_until));
            let actual: Vec<_> = pts.iter().copied().filter(|p| p.0 <= split).collect();
            let plans: Vec<_> = pts
                .iter()
                .copied()
                .filter(|p| p.0 >= split && p.0 <= planned)
                .collect();
            let projected: Vec<_> = pts.iter().copied().filter(|p| p.0 >= planned).collect();
            if s.stroke == Stroke::Projected && projected.len() > 1 {
                let (dash, gap) = PROJECTION;
                chart.draw_series(DashedLineSeries::new(
                    projected,
                    t.px(dash),
                    t.px(gap),
                    style,
                ))?;
            } else {
                chart.draw_series(LineSeries::new(projected, style))?;
            }
            if plans.len() > 1 {
                let (dash, gap) = PLAN;
                chart.draw_series(DashedLineSeries::new(plans, t.px(dash), t.px(gap), style))?;
            }
            chart.draw_series(
                pts.iter()
                    .map(|p| Circle::new(*p, t.px(3.5), color.filled())),
            )?;
            chart.draw_series(LineSeries::new(actual, style))?;
        }
        entries.push((&s.name, Mark::Swatch(color.filled())));
        samples.push(sample(c, &tops, i, &plot));
    }
    if modelled {
        entries.push((
            "every year modelled",
            Mark::Line(PROJECTION.0, PROJECTION.1),
        ));
    }
    if plan {
        entries.push(("plan (the companies' figures)", Mark::Line(PLAN.0, PLAN.1)));
        entries.push((
            "projection (this model)",
            Mark::Line(PROJECTION.0, PROJECTION.1),
        ));
    }

    for m in &c.markers {
        let color = fg;
        let p = (f64::from(m.year), m.value);
        chart.draw_series(std::iter::once(Circle::new(
            p,
            t.px(6.0),
            color.stroke_width(t.px(2.0)),
        )))?;
        // Up and to the left of the ring, clear of it by a few pixels at any size.
        let style = font(11.0).pos(Pos::new(HPos::Right, VPos::Bottom));
        let gap = -(t.px(8.0) as i32);
        let label = EmptyElement::at(p) + Text::new(m.label.clone(), (gap, gap), style);
        chart.draw_series(std::iter::once(label))?;
    }

    let swatches = legend(&chart, &entries, corner, t)?;
    plot.keys = key_pixels(&swatches, &samples, &plot);
    Ok(plot)
}

/// A point inside series `i` as drawn: for a stacked layer, the middle of its thickest inner year;
/// for a line, the point furthest (in pixels) from every other series and marker, so no
/// other drawing covers it.
fn sample(c: &LineChart, tops: &[Vec<f64>], i: usize, plot: &Plot) -> (f64, f64) {
    let year = |k: usize| f64::from(c.years[k]);
    let score = |k: usize| -> f64 {
        if c.stacked {
            let below = if i == 0 { 0.0 } else { tops[i - 1][k] };
            return tops[i][k] - below;
        }
        let at = plot.px(year(k), tops[i][k]);
        // Series drawn later may cover this one: the distance to each of their segments (and so
        // their points) counts; those drawn before lie beneath it.
        let lines = tops
            .iter()
            .enumerate()
            .filter(|(j, _)| *j > i)
            .flat_map(|(_, s)| {
                (1..s.len()).map(move |n| (plot.px(year(n - 1), s[n - 1]), plot.px(year(n), s[n])))
            });
        let markers = c
            .markers
            .iter()
            .map(|m| plot.px(f64::from(m.year), m.value));
        lines
            .map(|(a, b)| to_segment(at, a, b))
            .chain(markers.map(|o| (o.0 - at.0).hypot(o.1 - at.1)))
            .fold(f64::INFINITY, f64::min)
    };
    // An area ends exactly at the first and last year: sample inside it.
    let n = c.years.len();
    let years = if c.stacked && n > 2 { 1..n - 1 } else { 0..n };
    let best = years
        .max_by(|a, b| score(*a).total_cmp(&score(*b)))
        .unwrap_or(0);
    let below = match (c.stacked, i) {
        (true, 0) => 0.0,
        (true, _) => tops[i - 1][best],
        (false, _) => tops[i][best],
    };
    (year(best), (below + tops[i][best]) / 2.0)
}

/// The distance from `p` to the segment `a`–`b`.
fn to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = dx * dx + dy * dy;
    let t = if len > 0.0 {
        crate::model::clamp(((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len, 0.0, 1.0)
    } else {
        0.0
    };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// Pairs each swatch with its sample point, both in backend pixels.
pub(super) fn key_pixels(
    swatches: &[(i32, i32)],
    samples: &[(f64, f64)],
    plot: &Plot,
) -> Vec<KeyPixels> {
    swatches
        .iter()
        .zip(samples)
        .map(|(s, d)| {
            let (x, y) = plot.px(d.0, d.1);
            KeyPixels {
                swatch: *s,
                drawn: (x.round() as i32, y.round() as i32),
            }
        })
        .collect()
}
