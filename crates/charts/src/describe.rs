//! Words and tables for a chart, generated from the same description it is drawn from: the
//! canvas' accessible label, the "show as table" view and the CSV all come from here.

use super::csv_field::row;
use super::{history, Chart, ChartId, Series, ValueUnit};
use ai_infra_dataset::Dataset;
use ai_infra_model::capex::HEADLINE_YEAR;
use ai_infra_model::{Assumptions, Key, Report};

/// A chart as columns: the row keys (years or categories), whether they are years, the unit
/// and the series. Table, summary and CSV all read the chart through this one view.
pub(super) fn columns(chart: &Chart) -> (Vec<String>, bool, ValueUnit, &[Series]) {
    match chart {
        Chart::Line(c) => (
            c.years.iter().map(|y| y.to_string()).collect(),
            true,
            c.unit,
            &c.series,
        ),
        Chart::Bar(c) => (
            (0..c.categories.len()).map(|i| c.key(i)).collect(),
            false,
            c.unit,
            &c.series,
        ),
    }
}

/// Column headers and rows of text: what the chart shows, as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// How many of the last columns are reported histories (not the chart's series).
    pub reported_columns: usize,
    /// Each row's: whether it is a reported period between the chart's years (a quarter).
    pub reported_rows: Vec<bool>,
}

/// The chart's numbers as a table: one row per year (or category), one column per series,
/// and beside a series with a band, its median and 80 % range; then a column per reported
/// history, with a row for each reported period that is none of the years (where it falls
/// within the projection, the series' cells give the line there).
pub fn table(chart: &Chart) -> Table {
    let (keys, years, unit, series) = columns(chart);
    let mut header = vec![if years { "Year" } else { "" }.to_string()];
    for s in series {
        header.push(s.name.clone());
        if !s.quantiles.is_empty() {
            header.push(format!("{}: median{}", s.name, runs()));
        }
    }
    let Chart::Line(c) = chart else {
        let rows: Vec<Vec<String>> = keys
            .into_iter()
            .enumerate()
            .map(|(i, k)| {
                let mut row = vec![k];
                for s in series {
                    row.push(s.values.get(i).map_or(String::new(), |x| unit.value(*x)));
                }
                row
            })
            .collect();
        let reported_rows = vec![false; rows.len()];
        return Table {
            header,
            rows,
            reported_columns: 0,
            reported_rows,
        };
    };
    header.extend(c.pinned.iter().map(|s| s.name.clone()));
    header.extend(c.history.iter().map(|h| h.name.clone()));
    let all = history::rows(c);
    let reported_rows = all.iter().map(|r| r.year.is_none()).collect();
    let rows = all
        .into_iter()
        .map(|r| {
            let mut row = vec![r.key];
            for (k, s) in series.iter().enumerate() {
                let (value, spread_text) = match r.year {
                    Some(i) => (
                        s.values.get(i).map_or(String::new(), |x| unit.value(*x)),
                        spread(s, i, unit),
                    ),
                    None => match history::projected(c, k, r.x) {
                        Some((v, range)) => (
                            unit.value(v),
                            range.map(|(lo, hi)| {
                                format!("{}–\u{2060}{}", unit.value(lo), unit.value(hi))
                            }),
                        ),
                        None => (String::new(), None),
                    },
                };
                row.push(value);
                if !s.quantiles.is_empty() {
                    row.push(spread_text.unwrap_or_default());
                }
            }
            for s in &c.pinned {
                let v = r.year.and_then(|i| s.values.get(i));
                row.push(v.map_or(String::new(), |v| unit.value(*v)));
            }
            for h in &c.history {
                let p = history::at(h, r.x);
                row.push(p.map_or(String::new(), |p| history::figure(p, unit)));
            }
            row
        })
        .collect();
    Table {
        header,
        rows,
        reported_columns: c.history.len(),
        reported_rows,
    }
}

/// "$655B ($420B–$910B)": a banded value's median and 80 % range, or `None` where the
/// paths do not differ (a year of data) or the series has no band. A word joiner after the
/// dash keeps the range on one line (a phone's tooltip broke it there).
pub fn spread(s: &Series, i: usize, unit: ValueUnit) -> Option<String> {
    let (lo, hi) = s.range(i)?;
    let median = s.quantiles[i].p50;
    (unit.value(lo) != unit.value(hi)).then(|| {
        format!(
            "{} ({}–\u{2060}{})",
            unit.value(median),
            unit.value(lo),
            unit.value(hi)
        )
    })
}

/// What a screen reader hears for a chart, generated from its description so it follows the
/// assumptions: its kind and headline, what each series does (where it starts and ends, and
/// its peak or low where that is not an end; for bars, the largest and smallest), where one
/// line passes another, and the shaded band. The numbers themselves are in the table.
pub fn summary(chart: &Chart) -> String {
    let (keys, years, unit, series) = columns(chart);
    let kind = match chart {
        Chart::Line(c) if c.stacked => "Stacked area chart",
        Chart::Line(_) => "Line chart",
        Chart::Bar(_) => "Bar chart",
    };
    let key = |i: usize| keys.get(i).map_or("", String::as_str);
    let at = |i: usize, v: f64| format!("{} in {}", unit.value(v), key(i));
    // The subtitle says the measure, unit and period ("Q4 revenue, $ billions; …"): without it a
    // listener would take a quarter for a year.
    let mut out = format!("{kind}: {}. {}.", chart.title(), chart.subtitle());
    for s in series {
        // (index, value) of the first, last, highest and lowest finite value.
        let mut seen = s
            .values
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, v)| v.is_finite());
        let Some(first) = seen.next() else { continue };
        let (mut last, mut top, mut low) = (first, first, first);
        for p in seen {
            last = p;
            if p.1 > top.1 {
                top = p;
            }
            if p.1 < low.1 {
                low = p;
            }
        }
        let said = if years {
            // A peak (or a low) worth saying: clearly past both ends, not a level it holds.
            let past = |a: f64, b: f64| (a - b).abs() > 0.005 * a.abs().max(b.abs());
            let clear = |p: (usize, f64)| past(p.1, first.1) && past(p.1, last.1);
            let turn = if top.1 > first.1.max(last.1) && clear(top) {
                format!(", peaking at {}", at(top.0, top.1))
            } else if low.1 < first.1.min(last.1) && clear(low) {
                format!(", lowest at {}", at(low.0, low.1))
            } else {
                String::new()
            };
            format!(
                " goes from {} to {}{turn}.",
                at(first.0, first.1),
                at(last.0, last.1)
            )
        } else {
            // Every bar at the top (or bottom) value: a tie is named as one.
            let at_value = |v: f64| {
                let names = s.values.iter().enumerate().filter(|(_, x)| **x == v);
                names.map(|(i, _)| key(i)).collect::<Vec<_>>().join(" and ")
            };
            let (t, l) = (unit.value(top.1), unit.value(low.1));
            format!(
                ": largest {} {t}, smallest {} {l}.",
                at_value(top.1),
                at_value(low.1)
            )
        };
        out.push(' ');
        out.push_str(&s.name);
        out.push_str(&said);
    }
    if let Chart::Line(c) = chart {
        if !c.stacked {
            for (passer, passed, i) in crossings(&c.series) {
                let (a, b) = (&c.series[passer].name, &c.series[passed].name);
                out.push_str(&format!(" {a} passes {b} in {}.", key(i)));
            }
        }
        if let Some(estimate) = &c.estimate {
            out.push_str(&format!(" Shaded: {}.", estimate.label));
        }
        // A band's median and range in the headline year (every year's are in the table).
        let at = c.years.iter().position(|y| *y == HEADLINE_YEAR);
        for s in c.series.iter().filter(|s| !s.quantiles.is_empty()) {
            if let Some(said) = at.and_then(|i| spread(s, i, c.unit)) {
                let name = &s.name;
                out.push_str(&format!(
                    " {name}, median{}: {HEADLINE_YEAR} {said}.",
                    runs()
                ));
            }
        }
        // The pinned scenario's lines: where each ends, beside the reader's.
        let last = c.years.len().saturating_sub(1);
        for (s, v) in c
            .pinned
            .iter()
            .filter_map(|s| Some((s, *s.values.get(last)?)))
        {
            let (name, v) = (&s.name, unit.value(v));
            out.push_str(&format!(" {name} (dotted line): {v} in {}.", key(last)));
        }
        out.push_str(&history::summary(c));
    }
    out
}

/// Where one line passes another: (the one that passes, the one passed, the index of the first
/// value where it is ahead), the first time for each pair.
fn crossings(series: &[Series]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (i, a) in series.iter().enumerate() {
        for (j, b) in series.iter().enumerate().skip(i + 1) {
            let gap = |k: usize| a.values.get(k).zip(b.values.get(k)).map(|(x, y)| x - y);
            // From the first year they differ (lines that start together have passed nothing).
            let differ = |k: &usize| gap(*k).is_some_and(|g| g.is_finite() && g != 0.0);
            let Some(from) = (0..a.values.len()).find(differ) else {
                continue;
            };
            let start = gap(from).unwrap_or(0.0);
            let flip =
                (from + 1..a.values.len()).find(|&k| gap(k).is_some_and(|g| g * start < 0.0));
            if let Some(k) = flip {
                out.push(if start < 0.0 { (i, j, k) } else { (j, i, k) });
            }
        }
    }
    out
}

/// The most headlines a change announces; a change that moves more charts (a scenario) says
/// how many others moved, not every one.
const MOST_HEADLINES: usize = 3;

/// What a change of assumptions from `before` to the report's did, for a polite live region:
/// the headline of each chart it moved, in page order (only `only`'s, in an embed of one
/// chart). Empty when it moved none.
pub fn changed(
    data: &Dataset,
    report: &Report,
    before: &Assumptions,
    after: &Assumptions,
    only: Option<ChartId>,
) -> String {
    let moved = |k: &Key| before.get(*k) != after.get(*k);
    let charts: Vec<ChartId> = ChartId::ALL
        .iter()
        .copied()
        .filter(|c| only.is_none_or(|o| o == *c) && c.inputs().iter().any(moved))
        .collect();
    let mut out: Vec<String> = charts
        .iter()
        .take(MOST_HEADLINES)
        .map(|c| format!("{}.", c.build(data, report).title()))
        .collect();
    if let Some(more) = charts.len().checked_sub(MOST_HEADLINES).filter(|n| *n > 0) {
        out.push(if more == 1 {
            "One more chart changed.".to_string()
        } else {
            format!("{more} more charts changed.")
        });
    }
    out.join(" ")
}

/// How a band's columns end: what its median and range are of.
fn runs() -> String {
    format!(" and range, {}", ai_infra_model::uncertainty::middle_runs())
}

/// The chart's numbers as CSV, one row per year (or category) of raw numbers (the pinned lines
/// too); with `commented`, first `#` lines with the title, source and every assumption used.
pub fn csv(
    chart: &Chart,
    source: &str,
    assumptions: &[(String, String)],
    commented: bool,
) -> String {
    let (keys, years, unit, series) = columns(chart);
    let first = if years { "year" } else { "category" };
    let unit = match unit {
        ValueUnit::UsdBn => "USD bn",
        ValueUnit::Percent => "%",
        ValueUnit::UsdBnChange => "change, USD bn",
        ValueUnit::RatioChange => "change, ratio",
        ValueUnit::YearsChange => "change, years",
    };
    let mut out = String::new();
    if commented {
        out = format!("# {}\n# Source: {source}\n# Assumptions:", chart.title());
        for (k, v) in assumptions {
            out.push_str(&format!(" {k} = {v};"));
        }
        out.push('\n');
    }
    let mut header = vec![first.to_string()];
    for s in series {
        header.push(format!("{} ({unit})", s.name));
        if !s.quantiles.is_empty() {
            header.extend(["p10", "p50", "p90"].map(|q| format!("{} {q} ({unit})", s.name)));
        }
    }
    let (history, pinned): (&[super::History], &[Series]) = match chart {
        Chart::Line(c) => (&c.history, &c.pinned),
        Chart::Bar(_) => (&[], &[]),
    };
    header.extend(pinned.iter().map(|s| format!("{} ({unit})", s.name)));
    for h in history {
        header.extend(["low", "high"].map(|end| format!("{} {end} ({unit})", h.name)));
    }
    out.push_str(&row(&header));
    out.push('\n');
    let number = |v: Option<&f64>| {
        v.filter(|v| v.is_finite())
            .map_or(String::new(), |v| ai_infra_model::format::trim(*v, 4))
    };
    let rows: Vec<(String, Option<usize>, f64)> = match chart {
        Chart::Line(c) => history::rows(c)
            .into_iter()
            .map(|r| (r.key, r.year, r.x))
            .collect(),
        Chart::Bar(_) => keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.clone(), Some(i), i as f64))
            .collect(),
    };
    for (key, year, x) in rows {
        let mut cells = vec![key];
        for (k, s) in series.iter().enumerate() {
            let held = match (chart, year) {
                (Chart::Line(c), None) => history::projected(c, k, x),
                _ => None,
            };
            match year {
                Some(i) => cells.push(number(s.values.get(i))),
                None => cells.push(number(held.as_ref().map(|h| &h.0))),
            }
            if s.quantiles.is_empty() {
                continue;
            }
            match (
                year.and_then(|i| s.quantiles.get(i)),
                held.and_then(|h| h.1),
            ) {
                (Some(q), _) => cells.extend([q.p10, q.p50, q.p90].map(|v| number(Some(&v)))),
                (None, Some((lo, hi))) => {
                    cells.extend([number(Some(&lo)), String::new(), number(Some(&hi))])
                }
                (None, None) => cells.extend([String::new(), String::new(), String::new()]),
            }
        }
        cells.extend(
            pinned
                .iter()
                .map(|s| number(year.and_then(|i| s.values.get(i)))),
        );
        for h in history {
            let p = history::at(h, x);
            cells.push(number(p.map(|p| &p.low)));
            cells.push(number(p.map(|p| &p.high)));
        }
        out.push_str(&row(&cells));
        out.push('\n');
    }
    out
}
