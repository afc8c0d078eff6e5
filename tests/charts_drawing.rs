//! Every chart renders natively to SVG through the same generic drawing code the canvas uses:
//! titles, labels, legend keys and marks; the inputs each chart redraws for; themes and pixel
//! ratios; finite drawings at the presets' and sliders' extremes.
// The wasm does without these (clippy.toml); an SVG colour is matched in any case (a native test).
#![allow(clippy::disallowed_methods)]

mod common;

use ai_infra_report::charts::{describe, Chart, ChartId, Theme};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::{Assumptions, Key, Preset};
use common::report;
use plotters::prelude::*;

fn svg(chart: &Chart, theme: &Theme, size: (u32, u32)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        chart.draw(&root, theme).expect("chart draws");
    }
    out
}

#[test]
fn every_chart_draws_its_title_legend_and_data() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let r = report(&a, &d);
    for &id in ChartId::ALL {
        let chart = id.build(&d, &r);
        let mut out = String::new();
        let plot = {
            let root = SVGBackend::with_string(&mut out, (800, 500)).into_drawing_area();
            chart.draw(&root, &Theme::default()).expect("chart draws")
        };
        let drawn: Vec<&str> = plot.labels.iter().map(|l| l.text.as_str()).collect();
        let drawn = drawn.join(" ");
        assert!(
            drawn.contains(chart.title()),
            "{}: title missing",
            id.slug()
        );
        for l in &plot.labels {
            let text = l.text.replace('&', "&amp;").replace('\'', "&apos;");
            assert!(
                out.contains(&text),
                "{}: `{}` not in the SVG",
                id.slug(),
                l.text
            );
        }
        let marks = out.matches("<rect").count()
            + out.matches("<polyline").count()
            + out.matches("<path").count()
            + out.matches("<circle").count();
        // At least one mark per value (a bar, a dot), besides the gridlines.
        let values: usize = chart.series().iter().map(|s| s.values.len()).sum();
        assert!(marks > values, "{}: only {marks} marks drawn", id.slug());
        // Lines are labelled directly; bars of more than one series have colour keys (a
        // single series needs none: the headline and subtitle say what it is).
        let named = match &chart {
            Chart::Bar(c) if c.series.len() < 2 => &[][..],
            _ => chart.series(),
        };
        for s in named {
            let name = s.label().replace('&', "&amp;").replace('\'', "&apos;");
            assert!(
                drawn.contains(s.label()) && out.contains(&name),
                "{}: label/key `{name}` missing",
                id.slug()
            );
        }
    }
}

#[test]
fn bar_charts_label_every_category() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let out = svg(
        &ChartId::CapexBars.build(&d, &r),
        &Theme::default(),
        (800, 500),
    );
    for name in [
        "Amazon",
        "Microsoft",
        "Google",
        "Meta",
        "CoreWeave",
        "+33 %",
        "+95 %",
        "$15.4B",
    ] {
        assert!(out.contains(name), "`{name}` missing from the CapEx bars");
    }
}

/// A 2026 plan the article gives as a floor ("$100B+") makes its growth a floor too: its note
/// says "≥", as the source line explains; a plan stated exactly does not.
#[test]
fn the_capex_bars_mark_growth_from_a_floor() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    let Chart::Bar(c) = ChartId::CapexBars.build(&d, &r) else {
        panic!("the CapEx bars are a bar chart")
    };
    let floors: Vec<bool> = d.capex.companies.iter().map(|x| x.at_least_2026).collect();
    assert!(
        floors.contains(&true) && floors.contains(&false),
        "{floors:?}"
    );
    for (note, floor) in c.notes.iter().zip(&floors) {
        assert_eq!(note.starts_with("≥ +"), *floor, "{note}");
    }
    assert!(ChartId::CapexBars
        .source(d.meta.article.as_of)
        .contains("“≥”"));
}

#[test]
fn each_assumption_moves_exactly_the_charts_that_list_it_as_an_input() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let base = report(&a, &d);
    for &k in Key::ALL {
        let (lo, hi) = (a.with(k, k.spec().min), a.with(k, k.spec().max));
        let (r_lo, r_hi) = (report(&lo, &d), report(&hi, &d));
        let changed: Vec<ChartId> = ChartId::ALL
            .iter()
            .copied()
            .filter(|id| {
                let now = id.build(&d, &base);
                id.build(&d, &r_lo) != now || id.build(&d, &r_hi) != now
            })
            .collect();
        let listed: Vec<ChartId> = ChartId::ALL
            .iter()
            .copied()
            .filter(|id| id.inputs().contains(&k))
            .collect();
        assert_eq!(changed, listed, "{k:?}");
    }
}

#[test]
fn dark_theme_and_device_pixel_ratio_change_the_drawing() {
    let d = Dataset::embedded();
    let chart = ChartId::CapexProjection.build(&d, &report(&Assumptions::article(&d), &d));
    let light = svg(&chart, &Theme::default(), (600, 400));
    let dark = svg(
        &chart,
        &Theme {
            dark: true,
            ..Theme::default()
        },
        (600, 400),
    );
    assert_ne!(light, dark);
    let clear = svg(
        &chart,
        &Theme {
            transparent: true,
            ..Theme::default()
        },
        (600, 400),
    );
    assert!(light.contains("#FFFFFF"), "light background");
    assert!(
        !clear.contains("<rect x=\"0\" y=\"0\" width=\"600\" height=\"400\""),
        "a transparent chart paints no background"
    );
    assert!(
        dark.contains("#181A1F")
            || dark.contains("rgb(24,26,31)")
            || dark.to_lowercase().contains("#181a1f"),
        "dark background"
    );
    let hi = svg(
        &chart,
        &Theme {
            scale: 2.0,
            font_scale: 2.0,
            ..Theme::default()
        },
        (1200, 800),
    );
    // The headline (the first text drawn) is twice as large at twice the pixel ratio.
    let first_size = |svg: &str| -> f64 {
        let at = svg.find("font-size=\"").expect("text") + "font-size=\"".len();
        svg[at..].split('"').next().unwrap().parse().unwrap()
    };
    let ratio = first_size(&hi) / first_size(&light);
    assert!((ratio - 2.0).abs() < 1e-9, "fonts scale with DPR: {ratio}");
}

#[test]
fn extreme_presets_and_slider_ends_draw_finite_charts() {
    let d = Dataset::embedded();
    let mut scenarios: Vec<Assumptions> = Preset::ALL.iter().map(|p| p.apply(&d)).collect();
    let lo = Key::ALL
        .iter()
        .fold(Assumptions::article(&d), |a, k| a.with(*k, k.spec().min));
    let hi = Key::ALL
        .iter()
        .fold(Assumptions::article(&d), |a, k| a.with(*k, k.spec().max));
    scenarios.extend([lo, hi]);
    for a in scenarios {
        let r = report(&a, &d);
        for &id in ChartId::ALL {
            let chart = id.build(&d, &r);
            for row in describe::table(&chart).rows {
                for cell in row {
                    assert!(
                        !cell.contains("NaN") && !cell.contains("inf"),
                        "{}: {cell}",
                        id.slug()
                    );
                }
            }
            let out = svg(&chart, &Theme::default(), (360, 260));
            assert!(!out.contains("NaN"), "{} drew NaN", id.slug());
        }
    }
}

#[test]
fn legend_keys_pair_each_swatch_with_a_pixel_of_its_series_inside_the_plot() {
    let d = Dataset::embedded();
    let r = report(&Assumptions::article(&d), &d);
    for &id in ChartId::ALL {
        let chart = id.build(&d, &r);
        let mut out = String::new();
        let plot = {
            let root = SVGBackend::with_string(&mut out, (390, 300)).into_drawing_area();
            chart.draw(&root, &Theme::default()).unwrap()
        };
        let rows = match &chart {
            Chart::Line(c) => c.series.len() + usize::from(c.estimate.is_some()),
            Chart::Bar(c) if c.series.len() > 1 => c.series.len(),
            Chart::Bar(_) => 0,
        };
        assert_eq!(plot.keys.len(), rows, "{id:?}: one key per legend row");
        for k in &plot.keys {
            let (x, y) = k.drawn;
            assert!(
                (plot.px_x.0..=plot.px_x.1).contains(&x)
                    && (plot.px_y.0..=plot.px_y.1).contains(&y),
                "{id:?}: {k:?} inside {plot:?}"
            );
            assert_ne!(k.swatch, k.drawn, "{id:?}");
        }
    }
}
