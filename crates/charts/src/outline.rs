//! A chart as a tree a screen reader walks, as in MIT's Olli: the chart, then its axes and its
//! series, then each series' points with where they come from. Generated from the chart
//! description, like the table and the summary, so it follows the assumptions.

use super::describe::columns;
use super::Chart;

/// One item of the tree and the items under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub text: String,
    pub children: Vec<Node>,
    /// A reported history (and its points), not one of the chart's own series.
    pub reported: bool,
}

fn leaf(text: String) -> Node {
    Node {
        text,
        children: Vec::new(),
        reported: false,
    }
}

/// The chart (its headline and measure) → its x axis, its y axis and each series → each
/// point of a series ("2030: $1.2T (projection)").
pub fn outline(chart: &Chart) -> Node {
    let (keys, years, unit, series) = columns(chart);
    let stacked = matches!(chart, Chart::Line(c) if c.stacked);
    // The y axis spans the values drawn: a stacked chart's tops are the column totals.
    let tops: Vec<f64> = if stacked {
        (0..keys.len())
            .map(|i| series.iter().filter_map(|s| s.values.get(i)).sum())
            .collect()
    } else {
        series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .collect()
    };
    let finite = tops.iter().copied().filter(|v| v.is_finite());
    let low = finite.clone().fold(0.0_f64, f64::min);
    let high = finite.fold(0.0_f64, f64::max);
    let (first, last) = (keys.first(), keys.last());
    let x_axis = if years {
        format!(
            "X axis: years, {} to {}",
            first.map_or("", |k| k),
            last.map_or("", |k| k)
        )
    } else {
        // Semicolons between: a category's own name may hold a comma ("OpenAI, Feb 2026").
        format!("X axis: {}", keys.join("; "))
    };
    let mut children = vec![
        leaf(x_axis),
        leaf(format!(
            "Y axis: {} to {} — {}",
            unit.tick(low),
            unit.tick(high),
            chart.subtitle()
        )),
    ];
    children.extend(series.iter().enumerate().map(|(n, s)| {
        let points = keys.iter().enumerate().map(|(i, k)| {
            let v = s
                .values
                .get(i)
                .map_or("no value".into(), |v| unit.value(*v));
            let from = chart
                .origin(n, i)
                .map_or(String::new(), |o| format!(" ({o})"));
            leaf(format!("{k}: {v}{from}"))
        });
        Node {
            text: format!("{}: {} values", s.name, s.values.len()),
            children: points.collect(),
            reported: false,
        }
    }));
    // What was reported: each history after the series, its points as the table gives them.
    if let Chart::Line(c) = chart {
        children.extend(c.history.iter().map(|h| {
            Node {
                text: format!("{}: {} values", h.name, h.points.len()),
                children: h
                    .points
                    .iter()
                    .map(|p| {
                        let said = super::history::figure(p, unit);
                        leaf(format!("{}: {said} (reported)", p.period))
                    })
                    .collect(),
                reported: true,
            }
        }));
    }
    Node {
        text: chart.title().to_string(),
        children,
        reported: false,
    }
}
