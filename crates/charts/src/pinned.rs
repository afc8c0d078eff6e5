//! The scenario the reader pinned, on each chart: its lines beside the reader's (built from the same
//! description as the chart, so the table, the CSV and the description name them) and drawn quietly.

use super::frame::DrawSeries;
use super::{Chart, ChartId, DrawResult, LineChart, Series, Theme};
use ai_infra_dataset::Dataset;
use ai_infra_model::Report;
use plotters::prelude::*;

impl ChartId {
    /// `chart` with the pinned scenario's lines (`pinned`: the model at the pinned assumptions):
    /// each series whose values differ there, named "…, pinned"; for stacked areas, their total.
    /// A chart the pin does not move, and a bar chart, stay as they are.
    pub fn with_pinned(self, mut chart: Chart, data: &Dataset, pinned: &Report) -> Chart {
        // (A bar chart is not built again for nothing: the tornado's build runs the model.)
        if !matches!(chart, Chart::Line(_)) {
            return chart;
        }
        let (Chart::Line(c), Chart::Line(p)) = (&mut chart, self.build(data, pinned)) else {
            return chart;
        };
        let named = |s: Series| Series {
            name: format!("{}, pinned", s.name),
            label: String::new(),
            quantiles: Vec::new(),
            ..s
        };
        c.pinned = if c.stacked {
            let total = |series: &[Series]| -> Vec<f64> {
                (0..c.years.len())
                    .map(|i| series.iter().filter_map(|s| s.values.get(i)).sum())
                    .collect()
            };
            let (theirs, ours) = (total(&p.series), total(&c.series));
            let top = p.series.last().map_or(0, |s| s.color);
            (theirs != ours)
                .then(|| Series {
                    name: "Total".into(),
                    label: String::new(),
                    values: theirs,
                    color: top,
                    stroke: super::Stroke::Projected,
                    quantiles: Vec::new(),
                })
                .map(named)
                .into_iter()
                .collect()
        } else {
            p.series
                .into_iter()
                .zip(&c.series)
                .filter(|(theirs, ours)| theirs.values != ours.values)
                .map(|(theirs, _)| named(theirs))
                .collect()
        };
        chart
    }
}

/// The key that names the quiet lines of the pinned scenario.
pub const KEY: &str = "Pinned scenario (dotted)";

/// A pinned line's width, in CSS pixels: under the reader's 2.5.
pub(super) const WIDTH: f64 = 1.5;

/// The pinned scenario under the reader's lines: each series' line in its colour, thin, faded
/// and dotted, so it reads as the other scenario and never as a line of the reader's.
pub(super) fn draw<DB: DrawingBackend>(
    f: &mut super::frame::Framed<DB>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB> {
    for s in &c.pinned {
        let pts: Vec<(f64, f64)> = c
            .years
            .iter()
            .map(|y| f64::from(*y))
            .zip(s.values.iter().copied())
            .collect();
        let px: Vec<(f64, f64)> = pts.iter().map(|p| f.plot.px(p.0, p.1)).collect();
        f.space.add_line(&px);
        let style = t.color(s.color).mix(0.6).stroke_width(t.px(WIDTH));
        f.chart.draw_series(DashedLineSeries::new(
            pts,
            t.px(super::line::PLAN.0),
            t.px(super::line::PLAN.1),
            style,
        ))?;
    }
    Ok(())
}
