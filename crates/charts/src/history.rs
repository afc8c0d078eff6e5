//! What was reported, on the projection charts: Synergy's quarters behind the cloud charts,
//! the companies' CapEx behind the CapEx chart, and each reported point that falls within a
//! projection's years held against the line there (and its runs' range).

use super::theme::Entity;
use super::{ChartId, History, LineChart, ReportedPoint};
use ai_infra_dataset::{Dataset, Period, ProviderId};
use ai_infra_model::reported::quarters;
use strum::VariantArray;

impl ChartId {
    /// The reported figures this chart draws (none for most).
    pub fn history(self, data: &Dataset) -> Vec<History> {
        match self {
            ChartId::CloudRevenue => cloud(data, false),
            ChartId::CloudShare => cloud(data, true),
            ChartId::CapexProjection => capex_history(data),
            _ => Vec::new(),
        }
    }
}

/// Each provider's quarters: its share, or its revenue (Synergy's market times that share).
fn cloud(data: &Dataset, share: bool) -> Vec<History> {
    let quarters = quarters(data);
    ProviderId::VARIANTS
        .iter()
        .enumerate()
        .map(|(k, &id)| History {
            name: format!("{}, reported (Synergy)", super::catalog::provider_label(id)),
            color: Entity::Provider(id).slot(),
            series: Some(k),
            points: quarters
                .iter()
                .filter_map(|q| {
                    let (lo, hi) = q.shares[k]?;
                    let (low, high) = if share {
                        (lo, hi)
                    } else {
                        (q.revenue.0 * lo / 100.0, q.revenue.1 * hi / 100.0)
                    };
                    Some(point(q.period, low, high))
                })
                .collect(),
        })
        .collect()
}

fn point(p: Period, low: f64, high: f64) -> ReportedPoint {
    ReportedPoint {
        x: p.x(),
        period: p.label(),
        low,
        high,
        projected: None,
    }
}

/// The companies' CapEx as reported ([`ai_infra_model::reported::capex_history`]).
fn capex_history(data: &Dataset) -> Vec<History> {
    let h = ai_infra_model::reported::capex_history(data);
    if h.points.is_empty() {
        return Vec::new();
    }
    let name = if h.without.is_empty() {
        "The five, reported".to_string()
    } else {
        let left: Vec<&str> = h.without.iter().map(|id| data.company_name(*id)).collect();
        format!(
            "Reported (spent: without {}; plans: all five)",
            left.join(", ")
        )
    };
    vec![History {
        name,
        color: Entity::Capex.slot(),
        series: Some(0),
        points: h
            .points
            .iter()
            .map(|(p, lo, hi)| point(*p, *lo, *hi))
            .collect(),
    }]
}

/// Fills in, for each reported point within the chart's years (after the first), the line's
/// value there and its runs' 80 % range, straight between the years as the chart draws them.
pub fn hold(c: &mut LineChart) {
    let years: Vec<f64> = c.years.iter().map(|y| f64::from(*y)).collect();
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return;
    };
    for h in &mut c.history {
        let Some(s) = h.series.and_then(|i| c.series.get(i)) else {
            continue;
        };
        for p in h.points.iter_mut().filter(|p| p.x > first && p.x <= last) {
            let j = years.iter().position(|y| *y >= p.x).unwrap_or(0).max(1);
            let t = (p.x - years[j - 1]) / (years[j] - years[j - 1]);
            let at = |a: f64, b: f64| a + t * (b - a);
            let value = at(s.values[j - 1], s.values[j]);
            let range = match (s.range(j - 1), s.range(j)) {
                (Some(a), Some(b)) => Some((at(a.0, b.0), at(a.1, b.1))),
                _ => None,
            };
            p.projected = Some((value, range));
        }
    }
}

/// One row of a line chart's table and CSV: a year (its index), or a reported period that is
/// none of the chart's years (a quarter, a year before the projection).
pub struct Row {
    pub key: String,
    pub year: Option<usize>,
    pub x: f64,
}

/// The chart's rows in order of x: every year, and every reported period between or before.
pub fn rows(c: &LineChart) -> Vec<Row> {
    let mut rows: Vec<Row> = c
        .years
        .iter()
        .enumerate()
        .map(|(i, y)| Row {
            key: y.to_string(),
            year: Some(i),
            x: f64::from(*y),
        })
        .collect();
    for p in c.history.iter().flat_map(|h| &h.points) {
        if !rows.iter().any(|r| r.x == p.x) {
            rows.push(Row {
                key: p.period.clone(),
                year: None,
                x: p.x,
            });
        }
    }
    rows.sort_by(|a, b| a.x.total_cmp(&b.x));
    rows
}

/// History `h`'s point at `x`, if it has one.
pub fn at(h: &History, x: f64) -> Option<&ReportedPoint> {
    h.points.iter().find(|p| p.x == x)
}

/// Series `k`'s line at `x` where it is held against a reported point there: (value, range).
pub fn projected(c: &LineChart, k: usize, x: f64) -> Option<(f64, Option<(f64, f64)>)> {
    c.history
        .iter()
        .filter(|h| h.series == Some(k))
        .find_map(|h| at(h, x)?.projected)
}

/// A reported figure as text: "$129B", or "$128B–$131B" where reports disagree.
pub fn figure(p: &ReportedPoint, unit: super::ValueUnit) -> String {
    if unit.value(p.low) == unit.value(p.high) {
        unit.value(p.low)
    } else {
        format!("{}–\u{2060}{}", unit.value(p.low), unit.value(p.high))
    }
}

/// "middle 80 % of runs: $126B–$129B": the runs' range at a reported point.
pub fn runs((lo, hi): (f64, f64), unit: super::ValueUnit) -> String {
    let middle = ai_infra_model::uncertainty::middle_runs();
    format!("{middle}: {}–\u{2060}{}", unit.value(lo), unit.value(hi))
}

/// What a listener hears of the reported figures: each history's span, and each point held
/// against the projection ("Q1 2026: reported $36B; the line there $35B (middle 80 % of runs: …)").
pub fn summary(c: &LineChart) -> String {
    let mut out = String::new();
    for h in &c.history {
        let (Some(first), Some(last)) = (h.points.first(), h.points.last()) else {
            continue;
        };
        out.push_str(&format!(
            " {}: {} in {} to {} in {}.",
            h.name,
            figure(first, c.unit),
            first.period,
            figure(last, c.unit),
            last.period
        ));
        for p in &h.points {
            if let Some((v, range)) = p.projected {
                let runs = range.map_or(String::new(), |r| format!(" ({})", runs(r, c.unit)));
                out.push_str(&format!(
                    " {}: reported {}; the line there {}{runs}.",
                    p.period,
                    figure(p, c.unit),
                    c.unit.value(v)
                ));
            }
        }
    }
    out
}
