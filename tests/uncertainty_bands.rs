//! The bands on the page: from the Monte Carlo (crates/model/src/uncertainty/) through the chart
//! description to the drawing, the table, the CSV, the summary and the tooltip, and the
//! reducer that runs them quickly while a slider moves and fully once it settles.

mod common;

use ai_infra_report::app::state::Action;
use ai_infra_report::charts::{describe, Chart, ChartId, Theme};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::uncertainty::{Settings, Simulation, DRAG_PATHS, SETTLED_PATHS};
use ai_infra_report::model::{Assumptions, Key, Report};
use plotters::prelude::*;
use std::rc::Rc;
use yew::Reducible;

fn data() -> Dataset {
    Dataset::embedded()
}

fn sim(d: &Dataset, a: &Assumptions, bands: Settings) -> Simulation {
    bands.simulate(d, a, SETTLED_PATHS).expect("bands on")
}

fn svg(chart: &Chart) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
        chart.draw(&root, &Theme::default()).expect("chart draws");
    }
    out
}

/// The charts that carry bands, and how many of their series do.
const BANDED: [(ChartId, usize); 4] = [
    (ChartId::CapexProjection, 1),
    (ChartId::CapexCumulative, 1),
    (ChartId::Market, 1),
    (ChartId::Sustainability, 2),
];

#[test]
fn projection_charts_carry_ordered_bands_around_their_line() {
    let d = data();
    let a = Assumptions::article(&d);
    let (r, s) = (Report::compute(&d, &a), sim(&d, &a, Settings::default()));
    for (id, n) in BANDED {
        let Chart::Line(c) = id.build_with(&d, &r, Some(&s)) else {
            panic!("{id:?} is a line chart")
        };
        let banded: Vec<_> = c
            .series
            .iter()
            .filter(|x| !x.quantiles.is_empty())
            .collect();
        assert_eq!(banded.len(), n, "{id:?}");
        for x in banded {
            assert_eq!(x.quantiles.len(), c.years.len(), "{id:?}: a row a year");
            for (i, q) in x.quantiles.iter().enumerate() {
                assert!(
                    q.to_array().windows(2).all(|w| w[0] <= w[1]),
                    "{id:?} {}: {q:?}",
                    c.years[i]
                );
                let v = x.values[i];
                assert!(
                    q.p10 <= v + 1e-9 && v <= q.p90 + 1e-9,
                    "{id:?} {}: {v} outside {q:?}",
                    c.years[i]
                );
            }
            // Spread out after the data: the bands say something.
            let last = x.quantiles.last().unwrap();
            assert!(last.p90 > last.p10 * 1.05, "{id:?}: {last:?}");
        }
    }
    // No simulation, no bands: the chart as before.
    for (id, _) in BANDED {
        assert_eq!(id.build_with(&d, &r, None), id.build(&d, &r));
    }
}

#[test]
fn the_same_seed_draws_the_same_pixels_and_another_seed_other_ones() {
    let d = data();
    let a = Assumptions::article(&d);
    let r = Report::compute(&d, &a);
    let draw = |seed: u64| {
        let s = sim(
            &d,
            &a,
            Settings {
                seed,
                ..Settings::default()
            },
        );
        svg(&ChartId::CapexProjection.build_with(&d, &r, Some(&s)))
    };
    assert_eq!(draw(5), draw(5));
    assert_ne!(draw(5), draw(6));
    // The bands are drawn: without them the picture differs.
    assert_ne!(draw(5), svg(&ChartId::CapexProjection.build(&d, &r)));
}

#[test]
fn table_csv_summary_and_tooltip_carry_the_median_and_80_percent_range() {
    let d = data();
    let a = Assumptions::article(&d);
    let (r, s) = (Report::compute(&d, &a), sim(&d, &a, Settings::default()));
    let chart = ChartId::CapexCumulative.build_with(&d, &r, Some(&s));
    let Chart::Line(c) = &chart else {
        unreachable!()
    };
    let q = c.series[0].quantiles[5]; // 2030
    let usd = ai_infra_report::model::format::usd_bn;

    let t = describe::table(&chart);
    assert_eq!(t.header.len(), 3, "{:?}", t.header);
    assert!(
        t.header[2].ends_with(": median and range, middle 80 % of runs"),
        "{:?}",
        t.header
    );
    let row = t.rows.iter().find(|row| row[0] == "2030").unwrap();
    assert_eq!(
        row[2],
        format!("{} ({}–\u{2060}{})", usd(q.p50), usd(q.p10), usd(q.p90))
    );
    // 2025 is data: every run has the same value, so no range.
    assert_eq!(t.rows[0][2], "");

    let csv = describe::csv(&chart, "src", &[], false);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    let name = "Cumulative CapEx of the five";
    let want = format!("{name} p10 (USD bn),{name} p50 (USD bn),{name} p90 (USD bn)");
    assert!(header.ends_with(&want), "{header}");
    let y2030: Vec<f64> = lines
        .find(|l| l.starts_with("2030,"))
        .unwrap()
        .split(',')
        .skip(2)
        .map(|x| x.parse().unwrap())
        .collect();
    for (got, want) in y2030.iter().zip([q.p10, q.p50, q.p90]) {
        assert!((got - want).abs() < 1e-3, "{got} vs {want}");
    }

    let summary = describe::summary(&chart);
    let said = format!(
        "middle 80 % of runs: 2030 {} ({}–\u{2060}{})",
        usd(q.p50),
        usd(q.p10),
        usd(q.p90)
    );
    assert!(summary.contains(&said), "{summary}");

    let mut out = String::new();
    let plot = {
        let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
        chart.draw(&root, &Theme::default()).unwrap()
    };
    let (l, rgt) = (f64::from(plot.px_x.0), f64::from(plot.px_x.1));
    let px = l + (2030.0 - plot.x.0) / (plot.x.1 - plot.x.0) * (rgt - l);
    let tip = chart
        .tooltip(&plot, px, f64::from(plot.px_y.0 + plot.px_y.1) / 2.0)
        .unwrap();
    assert!(tip.heading.starts_with("2030"), "{}", tip.heading);
    assert_eq!(
        tip.lines[0],
        format!(
            "Cumulative CapEx of the five: {}; median and middle 80 % of runs: {} ({}–\u{2060}{})",
            usd(c.series[0].values[5]),
            usd(q.p50),
            usd(q.p10),
            usd(q.p90)
        )
    );
}

use common::page_state as start;

#[test]
fn a_moving_slider_gets_the_quick_run_and_the_settled_one_every_path() {
    let (d, start) = start();
    let a = start.assumptions;
    // Natively (the prerender) a state opens with the full run; the app starts from the quick
    // one and refines at once.
    assert_eq!(
        start.paths(),
        SETTLED_PATHS,
        "the prerender draws every path"
    );
    let moved = start.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    assert_eq!(moved.paths(), DRAG_PATHS);
    let settled = moved.clone().reduce(Action::Refine);
    assert_eq!(settled.paths(), SETTLED_PATHS);
    assert_eq!(
        settled.sim.as_deref(),
        Some(&sim(
            &d,
            &a.with(Key::CapexGrowth, 50.0),
            Settings::default()
        ))
    );
    // Settling twice changes nothing (the same state comes back).
    assert!(Rc::ptr_eq(
        &settled.clone().reduce(Action::Refine),
        &settled
    ));
    // The quick run's bands for what moved; the full run's, kept, for what did not.
    use ai_infra_report::model::uncertainty::SeriesId;
    let quick = Settings::default()
        .simulate(&d, &a.with(Key::CapexGrowth, 50.0), DRAG_PATHS)
        .unwrap();
    let m = moved.sim.as_deref().unwrap();
    assert_eq!(m.series(SeriesId::Capex), quick.series(SeriesId::Capex));
    assert_ne!(
        m.series(SeriesId::Capex),
        settled.sim.as_deref().unwrap().series(SeriesId::Capex)
    );
    assert_eq!(
        m.series(SeriesId::Market),
        start.sim.as_deref().unwrap().series(SeriesId::Market)
    );

    let off = settled.clone().reduce(Action::Uncertainty(false));
    assert!(off.sim.is_none() && !off.uncertainty.on);
    assert!(Rc::ptr_eq(&off.clone().reduce(Action::Refine), &off));
    let on = off.reduce(Action::Uncertainty(true));
    assert!(on.sim.is_some());

    let narrow = settled
        .clone()
        .reduce(Action::Spread(Key::CapexGrowth, 9.0));
    assert_eq!(
        narrow.uncertainty.width[Key::CapexGrowth as usize],
        2.0,
        "clamped"
    );
    let reseeded = settled.reduce(Action::Seed(u64::MAX));
    assert_eq!(reseeded.uncertainty.seed, (1 << 53) - 1, "clamped");
}

#[test]
fn switching_every_lever_off_collapses_the_bands_onto_the_line() {
    let d = data();
    let a = Assumptions::article(&d);
    let r = Report::compute(&d, &a);
    let s = sim(
        &d,
        &a,
        Settings {
            width: [0.0; ai_infra_report::model::assumptions::KEYS],
            ..Settings::default()
        },
    );
    let Chart::Line(c) = ChartId::Market.build_with(&d, &r, Some(&s)) else {
        unreachable!()
    };
    for (q, v) in c.series[0].quantiles.iter().zip(&c.series[0].values) {
        assert!(
            q.to_array().iter().all(|x| (x - v).abs() < 1e-9),
            "{q:?} vs {v}"
        );
    }
}

#[test]
fn each_band_and_range_lists_exactly_the_levers_that_move_it() {
    use ai_infra_report::model::uncertainty::{Answer, SeriesId};
    let d = data();
    let a = Assumptions::article(&d);
    let base = Report::compute(&d, &a);
    for &k in Key::ALL {
        let spec = k.spec();
        let moved: Vec<Report> = [spec.min, spec.max]
            .iter()
            .map(|v| Report::compute(&d, &a.with(k, *v)))
            .collect();
        let same = |x: &[f64], y: &[f64]| {
            x.iter()
                .zip(y)
                .all(|(p, q)| p == q || (p.is_nan() && q.is_nan()))
        };
        for &s in SeriesId::ALL {
            let moves = moved.iter().any(|r| !same(&s.values(r), &s.values(&base)));
            assert_eq!(moves, s.inputs().contains(&k), "{s:?} and {k:?}");
        }
        for &ans in Answer::ALL {
            let moves = moved.iter().any(|r| ans.of(r) != ans.of(&base));
            // A lever may be listed and still not move a threshold answer between its ends;
            // one not listed must never move it.
            assert!(
                !moves || ans.inputs().contains(&k),
                "{ans:?} moves with {k:?}"
            );
        }
    }
}

#[test]
fn a_slider_moves_only_the_bands_that_depend_on_it() {
    let (d, start) = start();
    let moved = start.clone().reduce(Action::Set(Key::MarketCagr, 30.0));
    for id in ChartId::ALL {
        let before = id.build_with(&d, &start.report, start.sim.as_deref());
        let after = id.build_with(&d, &moved.report, moved.sim.as_deref());
        assert_eq!(
            before != after,
            id.inputs().contains(&Key::MarketCagr),
            "{id:?}"
        );
    }
    // Settled: the market's band from every path; the others exactly as they were.
    let settled = moved.reduce(Action::Refine);
    for id in ChartId::ALL {
        let before = id.build_with(&d, &start.report, start.sim.as_deref());
        let after = id.build_with(&d, &settled.report, settled.sim.as_deref());
        assert_eq!(before != after, *id == ChartId::Market, "{id:?}");
    }
}

#[test]
fn a_quick_run_keeps_the_bands_whose_levers_did_not_move() {
    use ai_infra_report::model::uncertainty::{Answer, SeriesId, DRAG_PATHS};
    let d = data();
    let a = Assumptions::article(&d);
    let full = sim(&d, &a, Settings::default());
    let moved = a.with(Key::MarketCagr, 30.0);
    let quick = Settings::default()
        .simulate(&d, &moved, DRAG_PATHS)
        .unwrap();
    let kept = quick.clone().keep_unchanged(&full, &[Key::MarketCagr]);
    assert_eq!(kept.series(SeriesId::Capex), full.series(SeriesId::Capex));
    assert_eq!(
        kept.series(SeriesId::Revenue),
        full.series(SeriesId::Revenue)
    );
    assert_eq!(
        kept.series(SeriesId::Market),
        quick.series(SeriesId::Market)
    );
    assert_ne!(kept.series(SeriesId::Market), full.series(SeriesId::Market));
    assert_eq!(
        kept.range(Answer::Market2030),
        quick.range(Answer::Market2030)
    );
    assert_eq!(
        kept.range(Answer::AzurePassesAws),
        full.range(Answer::AzurePassesAws)
    );
    assert_eq!(kept.estimate_reached, full.estimate_reached);
    // The quick run's paths are the full run's first ones: the same seed, the same draws, so
    // a settled run of the market band is the full one at the new value.
    let settled = sim(&d, &moved, Settings::default());
    assert_eq!(
        settled.series(SeriesId::Capex),
        full.series(SeriesId::Capex)
    );
}

/// Reset all brings back the page as it opens: the article's values and the bands' defaults.
#[test]
fn reset_all_restores_the_bands_settings_too() {
    let (_, start) = start();
    let changed = start
        .clone()
        .reduce(Action::Spread(Key::CapexGrowth, 2.0))
        .reduce(Action::Seed(9))
        .reduce(Action::Uncertainty(false));
    assert_ne!(changed.uncertainty, Settings::default());
    let reset = changed.reduce(Action::ResetAll);
    assert_eq!(reset.uncertainty, Settings::default());
    assert_eq!(reset.assumptions, start.assumptions);
    assert!(reset.sim.is_some(), "the bands are back on");
}
