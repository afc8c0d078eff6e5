//! The Monte Carlo's bands on the charts: which simulated series each chart's series is, and
//! the p10–p90 rows on the chart's years. The subtitle says what the shading means, so the PNG
//! and SVG carry it too.

use super::{Chart, ChartId};
use ai_infra_dataset::Dataset;
use ai_infra_model::capex::FIRST_YEAR;
use ai_infra_model::uncertainty::{inner_share, outer_share, Series as Simulated, Simulation};
use ai_infra_model::Report;

impl ChartId {
    /// The chart with the bands of `sim` (a Monte Carlo around the same assumptions as `r`)
    /// on every series the simulation covers.
    pub fn build_with(self, data: &Dataset, r: &Report, sim: Option<&Simulation>) -> Chart {
        let mut chart = self.build(data, r);
        if let (Chart::Line(c), Some(sim)) = (&mut chart, sim) {
            for (s, band) in c.series.iter_mut().zip(self.bands()) {
                if let Some(band) = band {
                    s.fan = fan(sim.band(*band), FIRST_YEAR, &c.years);
                }
            }
            // A band every run agrees on (its levers fixed) is no band.
            let wide =
                |s: &super::Series| (0..s.fan.len()).any(|i| s.range(i).is_some_and(|r| r.0 < r.1));
            for s in c.series.iter_mut().filter(|s| !wide(s)) {
                s.fan.clear();
            }
            super::history::hold(c);
            if c.series.iter().any(|s| !s.fan.is_empty()) {
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

    /// Whether the chart draws bands when there is a simulation.
    pub fn has_bands(self) -> bool {
        self.bands().iter().any(Option::is_some)
    }

    /// Which simulated series each of the chart's series is, in order.
    fn bands(self) -> &'static [Option<Simulated>] {
        match self {
            ChartId::CapexProjection => &[Some(Simulated::Capex)],
            ChartId::CapexCumulative => &[Some(Simulated::CapexCumulative)],
            ChartId::Market => &[Some(Simulated::Market)],
            ChartId::Sustainability => &[Some(Simulated::Capex), Some(Simulated::Revenue)],
            _ => &[],
        }
    }
}

/// A simulated band (rows for the years from `first`) on the chart's `years`.
fn fan(band: &[[f64; 5]], first: i32, years: &[i32]) -> Vec<[f64; 5]> {
    years
        .iter()
        .map(|y| {
            usize::try_from(y - first)
                .ok()
                .and_then(|i| band.get(i).copied())
                .unwrap_or([f64::NAN; 5])
        })
        .collect()
}
