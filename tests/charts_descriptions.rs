//! Each chart in words, for readers who cannot see it: the summary of what each series does, where
//! each point comes from (as its line style shows), the outline of axes, series and points (as the
//! data table has them), and bars of one name told apart.

mod common;

use ai_infra_report::charts::{describe, Chart, ChartId};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::capex::{FIRST_YEAR, LAST_YEAR};
use ai_infra_report::model::{Assumptions, Preset};
use common::report;

#[test]
fn summary_says_what_each_series_does() {
    let d = Dataset::embedded();
    let chart = ChartId::CapexBars.build(&d, &report(&Assumptions::article(&d), &d));
    let s = describe::summary(&chart);
    // Kind, headline, then the subtitle's measure, unit and period.
    let head = format!("Bar chart: {}. {}.", chart.title(), chart.subtitle());
    assert!(s.starts_with(&head), "{s}");
    assert!(
        s.contains("2025: largest Microsoft $80B, smallest CoreWeave $15.4B."),
        "{s}"
    );
    for p in Preset::ALL {
        let a = p.apply(&d);
        let r = report(&a, &d);
        let c = &r.capex;
        let s = describe::summary(&ChartId::CapexProjection.build(&d, &r));
        let usd = ai_infra_report::model::format::usd_bn;
        let (first, last) = (FIRST_YEAR, LAST_YEAR);
        let from = format!(
            "goes from {} in {first} to {} in {last}",
            usd(c.at(first)),
            usd(c.at(last))
        );
        assert!(s.contains(&from), "{p:?}: {s}");
        // A peak is said only where the line comes down from it again: the bear's cuts after
        // its plateau, not the article's level plateau nor the bull's growth.
        let (year, peak) = c.peak();
        let said = format!("peaking at {} in {year}", usd(peak));
        assert_eq!(s.contains(&said), *p == Preset::Bear, "{p:?}: {s}");
        assert_eq!(s.contains("peaking"), *p == Preset::Bear, "{p:?}: {s}");
        // The crossing the summary reads off the lines is the model's own year.
        let s = describe::summary(&ChartId::CloudRevenue.build(&d, &r));
        let year = r.cloud.azure_passes_aws.map(|x| x.year);
        let said = format!(
            "Microsoft Azure passes AWS in {}.",
            year.expect("Azure passes AWS")
        );
        assert!(s.contains(&said), "{p:?}: {s}");
        assert!(!s.contains("AWS passes Microsoft Azure"), "{p:?}: {s}");
    }
}

#[test]
fn each_point_says_where_it_comes_from_as_its_line_style_does() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let capex = ChartId::CapexProjection.build(&d, &r);
    let said: Vec<_> = (0..3).map(|i| capex.origin(0, i)).collect();
    assert_eq!(
        said,
        [Some("from the article"), Some("plan"), Some("projection")],
        "2025 spent, 2026 planned, then the model"
    );
    let bars = ChartId::CapexBars.build(&d, &r);
    assert_eq!((bars.origin(0, 0), bars.origin(1, 0)), (None, Some("plan")));
    let compute = ChartId::Compute.build(&d, &r);
    assert_eq!(compute.origin(0, 0), Some("modelled"));
}

#[test]
fn the_outline_walks_chart_then_axes_and_series_then_points_as_the_table_has_them() {
    use ai_infra_report::charts::outline::outline;
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    for &id in ChartId::ALL {
        let chart = id.build(&d, &r);
        let tree = outline(&chart);
        let mut table = describe::table(&chart);
        assert_eq!(tree.text, chart.title(), "{id:?}");
        let series = chart.series();
        let history = match &chart {
            Chart::Line(c) => c.history.len(),
            Chart::Bar(_) => 0,
        };
        assert_eq!(
            tree.children.len(),
            2 + series.len() + history,
            "{id:?}: two axes, then each series, then each reported history"
        );
        // A series' points are its years (or categories): the table's rows of reported
        // periods between them belong to the histories.
        if let Chart::Line(c) = &chart {
            let years: Vec<String> = c.years.iter().map(|y| y.to_string()).collect();
            table.rows.retain(|r| years.contains(&r[0]));
        }
        assert!(tree.children[0].text.starts_with("X axis: "), "{id:?}");
        assert!(tree.children[1].text.starts_with("Y axis: "), "{id:?}");
        assert!(
            tree.children[1].text.contains(chart.subtitle()),
            "{id:?}: the measure and unit"
        );
        for (n, (node, s)) in tree.children[2..].iter().zip(series).enumerate() {
            assert!(node.text.starts_with(&s.name), "{id:?}: {}", node.text);
            assert_eq!(
                node.children.len(),
                table.rows.len(),
                "{id:?}: a point per row"
            );
            for (i, (point, row)) in node.children.iter().zip(&table.rows).enumerate() {
                let expected = format!("{}: {}", row[0], row[n + 1]);
                assert!(
                    point.text.starts_with(&expected),
                    "{id:?}: {} vs {expected}",
                    point.text
                );
                if let Some(o) = chart.origin(n, i) {
                    assert!(
                        point.text.ends_with(&format!("({o})")),
                        "{id:?}: {}",
                        point.text
                    );
                }
            }
        }
    }
    // The y axis of a stacked chart reaches the column totals, not its biggest layer.
    let compute = ChartId::Compute.build(&d, &r);
    let years = compute.series()[0].values.len();
    let total = |i: usize| -> f64 { compute.series().iter().map(|s| s.values[i]).sum() };
    let highest = (0..years).map(total).fold(0.0, f64::max);
    let y_axis = &outline(&compute).children[1].text;
    let top = ai_infra_report::model::format::usd_bn(highest);
    assert!(
        y_axis.contains(&format!(" to {top} — ")),
        "{y_axis} vs {top}"
    );
}

#[test]
fn two_bars_with_one_name_are_told_apart_in_words_by_their_notes() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let Chart::Bar(raised) = ChartId::Raised.build(&d, &r) else {
        panic!("the rounds are bars")
    };
    let keys: Vec<String> = (0..raised.categories.len())
        .map(|i| raised.key(i))
        .collect();
    let openai: Vec<&String> = keys.iter().filter(|k| k.starts_with("OpenAI")).collect();
    assert_eq!(openai.len(), 2, "{keys:?}");
    assert_ne!(openai[0], openai[1], "said alike: {keys:?}");
    for (i, k) in keys.iter().enumerate() {
        let twice = raised
            .categories
            .iter()
            .filter(|c| **c == raised.categories[i])
            .count()
            > 1;
        let want = if twice {
            format!("{}, {}", raised.categories[i], raised.notes[i])
        } else {
            raised.categories[i].clone()
        };
        assert_eq!(*k, want);
    }
    let table = describe::table(&Chart::Bar(raised.clone()));
    assert_eq!(
        table.rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>(),
        keys
    );
}
