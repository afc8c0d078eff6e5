//! Every chart renders natively to SVG through the same generic drawing code the canvas uses.

use ai_infra_report::charts::{describe, Chart, ChartId, Theme};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::capex::{FIRST_YEAR, LAST_YEAR};
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use plotters::prelude::*;

fn svg(chart: &Chart, theme: &Theme, size: (u32, u32)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        chart.draw(&root, theme).expect("chart draws");
    }
    out
}

fn report(a: &Assumptions, d: &Dataset) -> Report {
    Report::compute(d, a)
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
    assert!(ChartId::CapexBars.source().contains("“≥”"));
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
            Chart::Line(c) => c.series.len() + usize::from(c.band.is_some()),
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
