//! Lines (or stacked areas) over years, with an optional band and labelled markers.

use super::frame::{frame, legend, mesh, plot, LegendEntry};
use super::{axis_max, legend_corner, DrawResult, LineChart, Plot, Stroke, Theme};
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
    let legend_rows = c.series.len() + usize::from(c.band.is_some());
    let y_max = axis_max(all.iter().copied().fold(0.0, f64::max), legend_rows);
    let y_min = all.iter().copied().fold(0.0, f64::min) * 1.12;
    let (x0, x1) = (
        f64::from(c.years[0]),
        f64::from(*c.years.last().unwrap_or(&c.years[0])),
    );

    let (xr, yr) = (x0 - 0.3..x1 + 0.3, y_min..y_max);
    let mut chart = frame(root, &c.title, t, xr.clone(), yr.clone())?;
    let plot = plot(&chart, xr, yr);
    mesh(&mut chart, t, c.unit, &c.y_label, c.years.len(), &|x| {
        format!("{x:.0}")
    })?;

    let mut entries: Vec<LegendEntry> = Vec::new();
    if let Some(b) = &c.band {
        let color = t.color(5);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x0 - 0.3, b.low), (x1 + 0.3, b.high)],
            color.mix(0.22).filled(),
        )))?;
        entries.push((&b.label, color.mix(0.35).filled()));
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
            chart.draw_series(
                AreaSeries::new(pts.clone(), 0.0, color.mix(0.75)).border_style(style),
            )?;
        } else {
            let split = f64::from(c.last_actual);
            let actual: Vec<_> = pts.iter().copied().filter(|p| p.0 <= split).collect();
            let projected: Vec<_> = pts.iter().copied().filter(|p| p.0 >= split).collect();
            if s.stroke == Stroke::Projected && projected.len() > 1 {
                let dash = t.px(7.0);
                chart.draw_series(DashedLineSeries::new(projected, dash, t.px(4.0), style))?;
            } else {
                chart.draw_series(LineSeries::new(projected, style))?;
            }
            chart.draw_series(
                pts.iter()
                    .map(|p| Circle::new(*p, t.px(3.5), color.filled())),
            )?;
            chart.draw_series(LineSeries::new(actual, style))?;
        }
        entries.push((&s.name, color.filled()));
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

    legend(&chart, &entries, legend_corner(&c.series), t)?;
    Ok(plot)
}
