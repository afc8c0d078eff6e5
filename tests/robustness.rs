//! Bad input never breaks the report: any query string gives a valid state, and any mix of
//! extreme assumptions gives finite numbers and drawable charts.

mod common;

use ai_infra_report::app::query::{parse, to_query, SPREAD};
use ai_infra_report::charts::{describe, Chart, ChartId, Theme};
use ai_infra_report::model::assumptions::snap;
use ai_infra_report::model::uncertainty::{MAX_SEED, MAX_WIDTH};
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use plotters::prelude::*;
use proptest::prelude::*;

use common::data;

/// Every value in range and on its slider's step; the permalink writes it back losslessly.
fn check_query(q: &str) -> Result<(), TestCaseError> {
    let defaults = Assumptions::article(data());
    let parsed = parse(q, &defaults);
    for &k in Key::ALL {
        let (v, spec) = (parsed.assumptions.get(k), k.spec());
        prop_assert!(
            v.is_finite() && v >= spec.min && v <= spec.max,
            "{k:?} = {v}"
        );
        prop_assert_eq!(snap(spec, v), Some(v));
    }
    for n in &parsed.notices {
        prop_assert!(n.chars().count() < 200, "notice too long: {n}");
    }
    let again = parse(
        &to_query(
            &parsed.assumptions,
            &defaults,
            &parsed.uncertainty,
            &parsed.view(),
        ),
        &defaults,
    );
    prop_assert_eq!(again.assumptions, parsed.assumptions);
    prop_assert_eq!(again.uncertainty, parsed.uncertainty);
    let b = &parsed.uncertainty;
    prop_assert!(b.seed <= MAX_SEED);
    prop_assert!(
        b.width.iter().all(|w| (0.0..=MAX_WIDTH).contains(w)),
        "{:?}",
        b.width
    );
    prop_assert_eq!(again.view(), parsed.view());
    prop_assert!(again.notices.is_empty());
    Ok(())
}

fn adversarial_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-inf".to_string()),
        Just("1e308".to_string()),
        Just("-1e999".to_string()),
        Just("-0".to_string()),
        Just("0x10".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E".to_string()),
        Just("%".to_string()),
        Just("%zz%".to_string()),
        any::<f64>().prop_map(|f| f.to_string()),
        (-1e6..1e6f64).prop_map(|f| f.to_string()),
        "\\PC{0,40}",
        (1usize..4).prop_map(|n| "9".repeat(n * 34_000)),
    ]
}

fn adversarial_query() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(
            Key::ALL
                .iter()
                .map(|k| k.spec().id.to_string())
                .collect::<Vec<_>>()
        ),
        Just("embed".to_string()),
        Just("controls".to_string()),
        Just("seed".to_string()),
        Just("bands".to_string()),
        prop::sample::select(
            Key::ALL
                .iter()
                .map(|k| format!("{SPREAD}{}", k.spec().id))
                .collect::<Vec<_>>()
        ),
        "\\PC{0,12}",
    ];
    prop::collection::vec((key, adversarial_value()), 0..12).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// `n` cases, or PROPTEST_CASES when it is set: `scripts/mutants.sh` runs the suite once per
/// mutant and sets it low.
fn cases(n: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(n)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(6000), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_query_string_gives_a_valid_state(q in "\\PC{0,300}") {
        check_query(&q)?;
    }

    #[test]
    fn adversarial_query_strings_give_a_valid_state(q in adversarial_query()) {
        check_query(&q)?;
    }
}

/// A CSV row without its first field, the row's key, which may be quoted and hold commas
/// ("OpenAI, Feb 2026"); the numbers never are.
fn numbers_after_key(line: &str) -> &str {
    let end = match line.strip_prefix('"') {
        Some(rest) => rest.find("\",").map_or(line.len(), |i| i + 3),
        None => line.find(',').map_or(line.len(), |i| i + 1),
    };
    line.get(end..).unwrap_or_default()
}

#[test]
fn a_quoted_key_with_a_comma_is_not_taken_for_a_number() {
    assert_eq!(numbers_after_key("\"OpenAI, Feb 2026\",110"), "110");
    assert_eq!(numbers_after_key("xAI,20,3.5"), "20,3.5");
}

/// Each key at its minimum, its maximum, or a preset's value.
fn extreme_assumptions() -> impl Strategy<Value = Assumptions> {
    prop::collection::vec(0usize..5, Key::ALL.len()).prop_map(|picks| {
        let d = data();
        let presets: Vec<Assumptions> = Preset::ALL.iter().map(|p| p.apply(d)).collect();
        Key::ALL
            .iter()
            .zip(picks)
            .fold(Assumptions::article(d), |a, (k, pick)| {
                let v = match pick {
                    0 => k.spec().min,
                    1 => k.spec().max,
                    i => presets[i - 2].get(*k),
                };
                a.with(*k, v)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(300), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn extreme_assumptions_give_finite_numbers_and_drawable_charts(a in extreme_assumptions()) {
        let r = Report::compute(data(), &a);
        let numbers = r.capex.annual.iter().chain(&r.capex.cumulative).chain(&r.market.value)
            .chain(&r.compute.training).chain(&r.compute.inference).chain(&r.compute.edge)
            .chain(&r.sustainability.ratio).chain(&r.cloud.total);
        for v in numbers {
            prop_assert!(v.is_finite() && *v >= 0.0, "{v}");
        }
        for &id in ChartId::ALL {
            let chart = id.build(data(), &r);
            // Every value of every series is a finite number (checked as numbers: a blank CSV
            // cell below may be a reported history's, or a series' between its years).
            for s in chart.series() {
                prop_assert!(s.values.iter().all(|v| v.is_finite()), "{id:?} {}: {:?}", s.name, s.values);
            }
            let csv = describe::csv(&chart, &id.source(data().meta.article.as_of), &[], true);
            // Every number in the CSV body parses and is finite (series names may say "Inference");
            // a blank is a series with no value in that row (a reported quarter between years)
            // or a reported history with none in that year, never a year of a series.
            let years: Vec<String> = match &chart {
                Chart::Line(c) => c.years.iter().map(|y| y.to_string()).collect(),
                Chart::Bar(_) => Vec::new(),
            };
            for line in csv.lines().filter(|l| !l.starts_with('#')).skip(1) {
                let series = chart.series().len();
                if years.iter().any(|y| line.starts_with(&format!("{y},"))) {
                    let first = numbers_after_key(line).split(',').next().unwrap_or_default();
                    prop_assert!(!first.is_empty() || series == 0, "{line}");
                }
                for cell in numbers_after_key(line).split(',').filter(|c| !c.is_empty()) {
                    let v: f64 = cell.parse().map_err(|_| TestCaseError::fail(format!("`{cell}` in {csv}")))?;
                    prop_assert!(v.is_finite(), "{csv}");
                }
            }
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (360, 260)).into_drawing_area();
                prop_assert!(chart.draw(&root, &Theme::default()).is_ok());
            }
            prop_assert!(!svg.contains("NaN"));
        }
    }
}
