//! Words and tables for a chart, generated from the same description it is drawn from: the
//! canvas' accessible label, the "show as table" view and the CSV all come from here.

use super::csv_field::row;
use super::{Chart, Series, ValueUnit};

/// A chart as columns: the row keys (years or categories), whether they are years, the unit
/// and the series. Table, summary and CSV all read the chart through this one view.
fn columns(chart: &Chart) -> (Vec<String>, bool, ValueUnit, &[Series]) {
    match chart {
        Chart::Line(c) => (
            c.years.iter().map(|y| y.to_string()).collect(),
            true,
            c.unit,
            &c.series,
        ),
        Chart::Bar(c) => (c.categories.clone(), false, c.unit, &c.series),
    }
}

/// Column headers and rows of text: what the chart shows, as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The chart's numbers as a table: one row per year (or category), one column per series.
pub fn table(chart: &Chart) -> Table {
    let (keys, years, unit, series) = columns(chart);
    let mut header = vec![if years { "Year" } else { "" }.to_string()];
    header.extend(series.iter().map(|s| s.name.clone()));
    let rows = keys
        .into_iter()
        .enumerate()
        .map(|(i, k)| {
            let mut row = vec![k];
            row.extend(
                series
                    .iter()
                    .map(|s| s.values.get(i).map_or(String::new(), |x| unit.value(*x))),
            );
            row
        })
        .collect();
    Table { header, rows }
}

/// One sentence per series, for screen readers: "Line chart, CapEx …: 2025 $255B, … 2030 $661B."
pub fn summary(chart: &Chart) -> String {
    let t = table(chart);
    let kind = match chart {
        Chart::Line(c) if c.stacked => "Stacked area chart",
        Chart::Line(_) => "Line chart",
        Chart::Bar(_) => "Bar chart",
    };
    let mut out = format!("{kind}: {}.", chart.title());
    for (col, name) in t.header.iter().enumerate().skip(1) {
        let points: Vec<String> = t
            .rows
            .iter()
            .map(|r| format!("{} {}", r[0], r[col]))
            .collect();
        out.push_str(&format!(" {name}: {}.", points.join(", ")));
    }
    out
}

/// The chart's numbers as CSV: `#` comment lines with the title, source and every assumption
/// used, then one row per year (or category) of raw numbers.
/// With `commented`, the title, source and assumptions come first as `#` lines; without,
/// the file is the table alone, as spreadsheets like it.
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
    header.extend(series.iter().map(|s| format!("{} ({unit})", s.name)));
    out.push_str(&row(&header));
    out.push('\n');
    for (i, k) in keys.iter().enumerate() {
        let mut cells = vec![k.clone()];
        cells.extend(series.iter().map(|s| {
            s.values
                .get(i)
                .map_or(String::new(), |v| crate::model::format::trim(*v, 4))
        }));
        out.push_str(&row(&cells));
        out.push('\n');
    }
    out
}
