//! The uncertainty on the charts: which of the Monte Carlo's series each chart's series is,
//! and its quantiles on the chart's years (drawn as bands). The subtitle says what the shading means, so the PNG
//! and SVG carry it too.

use super::{Chart, ChartId};
use ai_infra_dataset::Dataset;
use ai_infra_model::capex::FIRST_YEAR;
use ai_infra_model::uncertainty::{inner_share, outer_share, Quantiles, SeriesId, Simulation};
use ai_infra_model::Report;

impl ChartId {
    /// The chart with the bands of `sim` (a Monte Carlo around the same assumptions as `r`)
    /// on every series the simulation covers.
    pub fn build_with(self, data: &Dataset, r: &Report, sim: Option<&Simulation>) -> Chart {
        let mut chart = self.build(data, r);
        if let (Chart::Line(c), Some(sim)) = (&mut chart, sim) {
            for (s, simulated) in c.series.iter_mut().zip(self.simulated()) {
                if let Some(id) = simulated {
                    s.quantiles = on_years(sim.series(*id), FIRST_YEAR, &c.years);
                }
            }
            // A band every run agrees on (its levers fixed) is no band.
            let wide = |s: &super::Series| {
                (0..s.quantiles.len()).any(|i| s.range(i).is_some_and(|r| r.0 < r.1))
            };
            for s in c.series.iter_mut().filter(|s| !wide(s)) {
                s.quantiles.clear();
            }
            super::history::hold(c);
            if c.series.iter().any(|s| !s.quantiles.is_empty()) {
                let shares = format!(
                    "; line: your assumptions, shading: {} and {} of runs",
                    inner_share(),
                    outer_share()
                );
                c.subtitle.push_str(&shares);
            }
        }
        chart
    }

    /// Whether the chart draws uncertainty bands when there is a simulation.
    pub fn has_uncertainty(self) -> bool {
        self.simulated().iter().any(Option::is_some)
    }

    /// Which simulated series each of the chart's series is, in order.
    fn simulated(self) -> &'static [Option<SeriesId>] {
        match self {
            ChartId::CapexProjection => &[Some(SeriesId::Capex)],
            ChartId::CapexCumulative => &[Some(SeriesId::CapexCumulative)],
            ChartId::Market => &[Some(SeriesId::Market)],
            ChartId::Sustainability => &[Some(SeriesId::Capex), Some(SeriesId::Revenue)],
            _ => &[],
        }
    }
}

/// A simulated series' quantiles (rows for the years from `first`) on the chart's `years`.
fn on_years(rows: &[Quantiles], first: i32, years: &[i32]) -> Vec<Quantiles> {
    years
        .iter()
        .map(|y| {
            usize::try_from(y - first)
                .ok()
                .and_then(|i| rows.get(i).copied())
                .unwrap_or(Quantiles::NAN)
        })
        .collect()
}
