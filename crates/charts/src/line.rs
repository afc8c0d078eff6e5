//! Lines (or stacked areas) over years, each labelled directly at its end in its own colour,
//! with the annotations of [`annotate`](super::annotate) around them.

use super::annotate;
use super::frame::{axis_max, font, frame, measure, text_at, Axes, DrawSeries};
use super::layout::{distance, dodge, wrap, Rect};
use super::{DrawResult, KeyPixels, LineChart, Plot, Stroke, Theme};
use ai_infra_model::uncertainty::Quantiles;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Each series' drawn values: as given, or running sums when stacked.
pub(super) fn tops(c: &LineChart) -> Vec<Vec<f64>> {
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
pub(super) const PLAN: (f64, f64) = (2.0, 3.0);
const PROJECTION: (f64, f64) = (7.0, 4.0);

/// Size of a direct label's text, in CSS pixels.
const LABEL: f64 = 12.5;

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB, Plot> {
    let tops = tops(c);
    let extra = c
        .estimate
        .iter()
        .map(|b| b.high)
        .chain(c.markers.iter().map(|m| m.value))
        .chain(
            c.series
                .iter()
                .flat_map(|s| s.quantiles.iter().map(|q| q.p90)),
        )
        .chain(
            c.history
                .iter()
                .flat_map(|h| h.points.iter().map(|p| p.high)),
        );
    let ghosts = c.pinned.iter().flat_map(|s| s.values.iter().copied());
    let all: Vec<f64> = tops
        .iter()
        .flatten()
        .copied()
        .chain(extra)
        .chain(ghosts)
        .collect();
    let all: Vec<f64> = all.into_iter().filter(|v| v.is_finite()).collect();
    let y_max = axis_max(all.iter().copied().fold(0.0, f64::max), 0.14);
    let y_min = all.iter().copied().fold(0.0, f64::min) * 1.12;
    let (x0, x1) = (
        c.x_start(),
        f64::from(*c.years.last().unwrap_or(&c.years[0])),
    );

    // The direct labels, wrapped to at most a third of the chart: their width is the right
    // margin the frame keeps.
    let (w, _) = root.dim_in_pixel();
    let styles: Vec<TextStyle> = c
        .series
        .iter()
        .map(|s| font(t, LABEL, true, t.ink(s.color)))
        .collect();
    let (dot, pad) = (t.px(4.0) as i32, t.px(5.0) as i32);
    let most = (w as i32 / 3 - 2 * dot - 2 * pad).max(t.px(40.0) as i32);
    let labels: Vec<Vec<String>> = c
        .series
        .iter()
        .zip(&styles)
        .map(|(s, st)| wrap(s.label(), most, &mut |x| measure(root, x, st).0))
        .collect();
    let mut widest = 0;
    for (lines, st) in labels.iter().zip(&styles) {
        for l in lines {
            widest = widest.max(measure(root, l, st).0);
        }
    }
    let axes = Axes {
        unit: c.unit,
        x_labels: year_labels(c),
        thin: true,
        right: (2 * dot + 2 * pad + widest) as u32,
    };
    let (xr, yr) = (x0 - 0.3..x1 + 0.3, y_min..y_max);
    let title = (c.title.as_str(), c.subtitle.as_str());
    let ring = t.muted().stroke_width(t.px(1.5));
    let quiet = t.muted().stroke_width(t.px(super::pinned::WIDTH));
    let keys: Vec<super::frame::KeyEntry> = [
        (!c.history.is_empty()).then_some((REPORTED_KEY, ring)),
        (!c.pinned.is_empty()).then_some((super::pinned::KEY, quiet)),
    ]
    .into_iter()
    .flatten()
    .collect();
    let mut f = frame(root, title, &keys, t, (xr, yr), &axes)?;
    annotate::backdrop(root, &mut f, c, t)?;
    fans(&mut f, c, t)?;
    history(&mut f, c, t)?;
    super::pinned::draw(&mut f, c, t)?;

    let stroke = t.px(2.5);
    // Stacked areas are drawn top layer first, each filling down to zero, so each visible
    // band is one layer; lines are drawn in order.
    let order: Vec<usize> = if c.stacked {
        (0..c.series.len()).rev().collect()
    } else {
        (0..c.series.len()).collect()
    };
    let modelled = c.stacked && c.years.first().is_some_and(|y| *y > c.last_actual);
    for i in order {
        let s = &c.series[i];
        let color = t.color(s.color);
        let pts: Vec<(f64, f64)> = c
            .years
            .iter()
            .map(|y| f64::from(*y))
            .zip(tops[i].iter().copied())
            .collect();
        let px: Vec<(f64, f64)> = pts.iter().map(|p| f.plot.px(p.0, p.1)).collect();
        f.space.add_line(&px);
        let style = color.stroke_width(stroke);
        let dashed = |pts: Vec<(f64, f64)>, (dash, gap): (f64, f64), style: ShapeStyle| {
            DashedLineSeries::new(pts, t.px(dash), t.px(gap), style)
        };
        if c.stacked {
            // Opaque, so each layer shows exactly its label's colour.
            f.chart
                .draw_series(AreaSeries::new(pts.clone(), 0.0, color).border_style(style))?;
            if modelled {
                let edge = t.foreground().mix(0.7).stroke_width(t.px(1.5));
                f.chart.draw_series(dashed(pts, PROJECTION, edge))?;
            }
            continue;
        }
        let (split, planned) = (f64::from(c.last_actual), f64::from(c.plan_until));
        let part = |from: f64, to: f64| -> Vec<(f64, f64)> {
            pts.iter()
                .copied()
                .filter(|p| p.0 >= from && p.0 <= to)
                .collect()
        };
        let projected = part(planned, f64::INFINITY);
        if s.stroke == Stroke::Projected && projected.len() > 1 {
            f.chart.draw_series(dashed(projected, PROJECTION, style))?;
        } else {
            f.chart.draw_series(LineSeries::new(projected, style))?;
        }
        let plans = part(split, planned);
        if plans.len() > 1 {
            f.chart.draw_series(dashed(plans, PLAN, style))?;
        }
        // Small, as Grapher draws them: the line carries the trend, a dot only marks a year.
        let dots = pts
            .iter()
            .map(|p| Circle::new(*p, t.px(2.5), color.filled()));
        f.chart.draw_series(dots)?;
        f.chart
            .draw_series(LineSeries::new(part(f64::NEG_INFINITY, split), style))?;
    }

    // Direct labels: right of each line's end (a stacked layer's middle there), dodged apart.
    let n = c.years.len();
    let want: Vec<f64> = (0..c.series.len())
        .map(|i| {
            let below = if c.stacked && i > 0 {
                tops[i - 1][n - 1]
            } else if c.stacked {
                0.0
            } else {
                tops[i][n - 1]
            };
            f.plot.px(x1, (below + tops[i][n - 1]) / 2.0).1
        })
        .collect();
    let line_h: Vec<i32> = styles.iter().map(|s| measure(root, "Ag", s).1).collect();
    let heights: Vec<i32> = labels
        .iter()
        .zip(&line_h)
        .map(|(l, h)| h * l.len() as i32)
        .collect();
    let (top, bottom) = (f.plot.px_y.0, f.plot.px_y.1);
    let ys = dodge(&want, &heights, t.px(3.0) as i32, top, bottom);
    let dot_x = f.plot.px_x.1 + pad + dot;
    for (i, s) in c.series.iter().enumerate() {
        let color = t.color(s.color);
        let cy = ys[i] + line_h[i] / 2;
        let end = f.plot.px(x1, tops[i][n - 1]);
        let end = (end.0.round() as i32, end.1.round() as i32);
        if !c.stacked && (cy - end.1).abs() > dot {
            let leader = vec![(end.0 + 2 * dot, end.1), (dot_x - dot, cy)];
            root.draw(&PathElement::new(
                leader,
                color.mix(0.8).stroke_width(t.px(1.0)),
            ))?;
        }
        root.draw(&Circle::new((dot_x, cy), dot as u32, color.filled()))?;
        let x = dot_x + dot + pad;
        for (k, line) in labels[i].iter().enumerate() {
            let (lw, lh) = measure(root, line, &styles[i]);
            let r = Rect::at(x, ys[i] + k as i32 * line_h[i], lw, lh);
            text_at(root, &mut f.space, line, r, &styles[i])?;
        }
        let d = sample(c, &tops, i, &f.plot);
        let d = f.plot.px(d.0, d.1);
        f.plot.keys.push(KeyPixels {
            swatch: (dot_x, cy),
            drawn: (d.0.round() as i32, d.1.round() as i32),
        });
    }

    annotate::labels(root, &mut f, c, t)?;
    f.plot.labels = std::mem::take(&mut f.space.labels);
    Ok(f.plot)
}

/// The key that says what the rings are.
pub const REPORTED_KEY: &str = "Reported (Synergy, the companies)";

/// What was reported, under the lines: a thin line through each history's points in its
/// colour, each point a ring (a reported span, a bar between its ends), so a reported figure
/// never reads as the model's dot.
fn history<DB: DrawingBackend>(
    f: &mut super::frame::Framed<DB>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB> {
    for h in &c.history {
        let color = t.color(h.color);
        let pts: Vec<(f64, f64)> = h.points.iter().map(|p| (p.x, p.value())).collect();
        let px: Vec<(f64, f64)> = pts.iter().map(|p| f.plot.px(p.0, p.1)).collect();
        f.space.add_line(&px);
        let thin = color.mix(0.75).stroke_width(t.px(1.25));
        f.chart.draw_series(LineSeries::new(pts.clone(), thin))?;
        for p in h.points.iter().filter(|p| p.low < p.high) {
            let span = vec![(p.x, p.low), (p.x, p.high)];
            f.chart
                .draw_series(LineSeries::new(span, color.stroke_width(t.px(2.0))))?;
        }
        let ring = |p: &(f64, f64)| Circle::new(*p, t.px(3.0), color.stroke_width(t.px(1.5)));
        let hole = |p: &(f64, f64)| Circle::new(*p, t.px(2.0), t.background().filled());
        f.chart.draw_series(pts.iter().map(hole))?;
        f.chart.draw_series(pts.iter().map(ring))?;
    }
    Ok(())
}

/// Each series' band behind the lines, in its own colour: p10–p90 lightly shaded, p25–p75 a
/// shade darker over it, so the likelier half reads at a glance.
fn fans<DB: DrawingBackend>(
    f: &mut super::frame::Framed<DB>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB> {
    for s in c
        .series
        .iter()
        .filter(|s| !s.quantiles.is_empty() && !c.stacked)
    {
        let color = t.color(s.color);
        let rows: Vec<(f64, &Quantiles)> = c
            .years
            .iter()
            .zip(&s.quantiles)
            .filter(|(_, q)| q.to_array().iter().all(|v| v.is_finite()))
            .map(|(y, q)| (f64::from(*y), q))
            .collect();
        for (range, alpha) in [
            (Quantiles::outer as fn(Quantiles) -> (f64, f64), FAN_OUTER),
            (Quantiles::inner, FAN_INNER),
        ] {
            let edge = rows.iter().map(|(x, q)| (*x, range(**q).1));
            let back = rows.iter().rev().map(|(x, q)| (*x, range(**q).0));
            let area = Polygon::new(
                edge.chain(back).collect::<Vec<_>>(),
                color.mix(alpha).filled(),
            );
            f.chart.draw_series(std::iter::once(area))?;
        }
    }
    Ok(())
}

/// Opacity of a band's p10–p90 shade, and of the p25–p75 shade laid over it.
const FAN_OUTER: f64 = 0.13;
const FAN_INNER: f64 = 0.17;

/// Every year, labelled; the frame thins them where they would touch.
fn year_labels(c: &LineChart) -> Vec<(f64, String)> {
    let last = c.years.last().copied().unwrap_or_default();
    (c.x_start().ceil() as i32..=last)
        .map(|y| (f64::from(y), y.to_string()))
        .collect()
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
        let markers = c.markers.iter().map(|m| plot.px(m.x, m.value));
        lines
            .map(|(a, b)| to_segment(at, a, b))
            .chain(markers.map(|o| distance(o.0 - at.0, o.1 - at.1)))
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
pub(super) fn to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = dx * dx + dy * dy;
    let t = if len > 0.0 {
        ai_infra_model::clamp(((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len, 0.0, 1.0)
    } else {
        0.0
    };
    distance(p.0 - a.0 - t * dx, p.1 - a.1 - t * dy)
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
