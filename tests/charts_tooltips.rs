//! Tooltips read the value under the pointer from the chart as drawn to SVG: the category or
//! year under it, every series with its unit, and where each point sits on screen.

mod common;

use ai_infra_report::charts::{ChartId, Theme};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::Assumptions;
use common::report;
use plotters::prelude::*;

#[test]
fn tooltips_read_the_value_under_the_pointer_from_the_drawing() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let chart = ChartId::CapexProjection.build(&d, &r);
    let mut out = String::new();
    let plot = {
        let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
        chart.draw(&root, &Theme::default()).unwrap()
    };
    // The pixel where 2028 sits: left + (2028 − x0) / (x1 − x0) × width, halfway down.
    let (l, rgt) = (f64::from(plot.px_x.0), f64::from(plot.px_x.1));
    let px = l + (2028.0 - plot.x.0) / (plot.x.1 - plot.x.0) * (rgt - l);
    let py = f64::from(plot.px_y.0 + plot.px_y.1) / 2.0;
    let tip = chart.tooltip(&plot, px + 9.0, py).expect("inside the plot");
    assert_eq!(tip.heading, "2028 (projection)");
    assert_eq!(tip.lines, ["Five companies' CapEx: $661B"]);
    assert_eq!(
        chart.tooltip(&plot, 1.0, 1.0),
        None,
        "outside the plotting area"
    );
    // Bars: the category under the pointer, every series with its unit.
    let bars = ChartId::CapexBars.build(&d, &r);
    let plot = {
        let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
        bars.draw(&root, &Theme::default()).unwrap()
    };
    let px = l_of(&plot)
        + (4.0 - plot.x.0) / (plot.x.1 - plot.x.0) * f64::from(plot.px_x.1 - plot.px_x.0);
    let tip = bars.tooltip(&plot, px, f64::from(plot.px_y.1 - 5)).unwrap();
    assert_eq!(tip.heading, "CoreWeave");
    assert_eq!(tip.lines, ["2025: $15.4B", "2026 (plan): $30B"]);
}

fn l_of(p: &ai_infra_report::charts::Plot) -> f64 {
    f64::from(p.px_x.0)
}

#[test]
fn a_tooltip_knows_where_its_points_are_drawn() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let chart = ChartId::Compute.build(&d, &r);
    let mut out = String::new();
    let plot = {
        let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
        chart.draw(&root, &Theme::default()).unwrap()
    };
    let (cx, cy) = plot.px(2028.0, 0.0);
    let tip = chart.tooltip(&plot, cx + 3.0, cy - 10.0).unwrap();
    assert_eq!(
        tip.heading, "2028 (modelled)",
        "modelled throughout: no year is the article's"
    );
    assert!((tip.x - cx).abs() < 1e-9, "snapped to the year");
    // Stacked: each layer's top is higher on screen (smaller y) than the one below it.
    assert_eq!(tip.ys.len(), 3);
    assert!(tip.ys.windows(2).all(|w| w[1] < w[0]), "{:?}", tip.ys);
    assert!(tip
        .ys
        .iter()
        .all(|y| *y >= f64::from(plot.px_y.0) && *y <= cy));
}
