//! The projections held against what happened: every reported figure that falls within the
//! projection's years, beside what the model made of it (its line there and its runs' 80 %
//! range), and how the bands' spread of cloud growth compares with Synergy's history.

use crate::capex::FIRST_YEAR;
use crate::reported::quarters;
use crate::uncertainty::{
    spreads, Quantiles, SeriesId, Settings, Simulation, DEFAULT_WIDTH, SETTLED_PATHS,
};
use crate::{Assumptions, Key, Report};
use ai_infra_dataset::{Dataset, FigureUnit, Period};

/// One reported figure within the projection, and the projection there.
#[derive(Debug, Clone, PartialEq)]
pub struct Held {
    /// "Cloud infrastructure revenue", "The five's CapEx plans".
    pub what: String,
    pub period: Period,
    pub reported: (f64, f64),
    pub unit: FigureUnit,
    /// The line there (straight between the years, as the charts draw it).
    pub projected: f64,
    /// The middle 80 % of runs there; `None` without bands.
    pub range: Option<(f64, f64)>,
}

impl Held {
    /// Whether what was reported lies within the runs' 80 % range (overlaps it, for a span).
    pub fn inside(&self) -> Option<bool> {
        self.range
            .map(|(lo, hi)| self.reported.1 >= lo && self.reported.0 <= hi)
    }

    /// How far the projection is from what was reported, percent of the reported middle.
    pub fn off_pct(&self) -> f64 {
        let mid = (self.reported.0 + self.reported.1) / 2.0;
        (self.projected / mid - 1.0) * 100.0
    }
}

/// Value at `x` of yearly `values` (index 0 is [`FIRST_YEAR`]), straight between the years.
fn between(values: &[f64], x: f64) -> Option<f64> {
    let t = x - f64::from(FIRST_YEAR);
    let j = t.floor().max(0.0) as usize;
    let (a, b) = (
        *values.get(j)?,
        *values.get(j + 1).unwrap_or(values.get(j)?),
    );
    let f = t - j as f64;
    Some(a + f * (b - a))
}

/// Each reported figure after the article's base year, against the article's view (its
/// assumptions, the bands' default settings), in order.
pub fn held(data: &Dataset) -> Vec<Held> {
    let a = Assumptions::article(data);
    let report = Report::compute(data, &a);
    let sim = Settings::default().simulate(data, &a, SETTLED_PATHS);
    held_at(data, &report, sim.as_ref())
}

/// [`held`] at any assumptions and runs.
pub fn held_at(data: &Dataset, r: &Report, sim: Option<&Simulation>) -> Vec<Held> {
    let mut out = Vec::new();
    let base = f64::from(FIRST_YEAR);
    // The market's quarters: Q4 revenue in each year; the runs' band is the year's revenue,
    // which moves in proportion (the same factor on the same base).
    let q4 = &r.cloud.total;
    let revenue_0 = r
        .sustainability
        .revenue
        .first()
        .copied()
        .unwrap_or(f64::NAN);
    for q in quarters(data).into_iter().filter(|q| q.period.x() > base) {
        let x = q.period.x();
        let Some(projected) = between(q4, x) else {
            continue;
        };
        let range = sim.and_then(|s| {
            let years = s.series(SeriesId::Revenue);
            let scale = q4[0] / revenue_0;
            let end = |at: fn(&Quantiles) -> f64| {
                let v: Vec<f64> = years.iter().map(|q| at(q) * scale).collect();
                between(&v, x)
            };
            Some((end(|q| q.p10)?, end(|q| q.p90)?))
                .filter(|(lo, hi)| lo.is_finite() && hi.is_finite())
        });
        out.push(Held {
            what: "Cloud infrastructure revenue".into(),
            period: q.period,
            reported: q.revenue,
            unit: FigureUnit::UsdBn,
            projected,
            range,
        });
    }
    // The five's CapEx plans for the first projected year, once each has one.
    let year = FIRST_YEAR + 1;
    let plans = crate::reported::capex_history(data).points;
    if let Some(&(_, low, high)) = plans.iter().find(|p| p.0 == Period::Year(year)) {
        let i = (year - FIRST_YEAR) as usize;
        let range = sim
            .and_then(|s| s.series(SeriesId::Capex).get(i).map(|q| q.outer()))
            .filter(|(lo, hi)| lo < hi);
        out.push(Held {
            what: "The five's CapEx (their plans)".into(),
            period: Period::Year(year),
            reported: (low, high),
            unit: FigureUnit::UsdBn,
            projected: r.capex.at(year),
            range,
        });
    }
    out
}

/// How the bands' spread of cloud growth compares with how Synergy's growth rate moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Calibration {
    /// How many year-on-year changes of the market's growth rate history gives.
    pub changes: usize,
    /// Their p10 and p90, percentage points.
    pub history: (f64, f64),
    /// How far each provider's growth lever reaches below and above the article's value in the
    /// bands (the furthest of the three), points.
    pub bands: (f64, f64),
}

/// Synergy's growth rate a year after each reported quarter, minus the rate then: how much the
/// market's growth moved within a year; beside the reach of the bands' growth levers.
pub fn calibration(data: &Dataset) -> Option<Calibration> {
    let qs = quarters(data);
    let rate = |p: Period| qs.iter().find(|q| q.period == p).and_then(|q| q.growth_pct);
    let mut moves: Vec<f64> = qs
        .iter()
        .filter_map(|q| {
            let Period::Quarter(y, n) = q.period else {
                return None;
            };
            Some(rate(Period::Quarter(y + 1, n))? - q.growth_pct?)
        })
        .collect();
    if moves.len() < 2 {
        return None;
    }
    moves.sort_by(f64::total_cmp);
    let at = |p: f64| moves[((moves.len() - 1) as f64 * p).round() as usize];
    let s = spreads(data, &Assumptions::article(data), &DEFAULT_WIDTH);
    let levers = [Key::AwsGrowth, Key::AzureGrowth, Key::GcpGrowth];
    let reach = levers
        .iter()
        .map(|k| s[*k as usize])
        .fold((0.0, 0.0), |(lo, hi), s| {
            (f64::min(lo, s.low - s.mode), f64::max(hi, s.high - s.mode))
        });
    Some(Calibration {
        changes: moves.len(),
        history: (at(0.1), at(0.9)),
        bands: reach,
    })
}
