//! Words and tables for a chart, generated from the same description it is drawn from: the
//! canvas' accessible label, the "show as table" view and the CSV all come from here.

use super::Chart;

/// Column headers and rows of text: what the chart shows, as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The chart's numbers as a table: one row per year (or category), one column per series.
pub fn table(chart: &Chart) -> Table {
    let (first, keys, unit, series): (_, Vec<String>, _, _) = match chart {
        Chart::Line(c) => (
            "Year",
            c.years.iter().map(|y| y.to_string()).collect(),
            c.unit,
            &c.series,
        ),
        Chart::Bar(c) => ("", c.categories.clone(), c.unit, &c.series),
    };
    let mut header = vec![first.to_string()];
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
