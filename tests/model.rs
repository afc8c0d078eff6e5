//! Derived answers, presets and reset, checked against values worked out by hand.

use ai_infra_report::app::query::View;
use ai_infra_report::app::state::{Action, State};
use ai_infra_report::charts::ChartId;
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::{snap, NO_PLATEAU};
use ai_infra_report::model::capex::CapexProjection;
use ai_infra_report::model::cloud::CloudProjection;
use ai_infra_report::model::sustainability::compare;
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use std::rc::Rc;
use yew::Reducible;

fn capex(annual: Vec<f64>) -> CapexProjection {
    CapexProjection {
        years: (2025..=2030).collect(),
        cumulative: annual
            .iter()
            .scan(0.0, |s, v| {
                *s += v;
                Some(*s)
            })
            .collect(),
        growth_pct: vec![0.0; 6],
        annual,
        band: (3000.0, 4000.0),
        band_low_year: None,
        band_high_year: None,
    }
}

/// A cloud market whose Q4 total grows by `g` a year from 100.
fn cloud(g: f64) -> CloudProjection {
    CloudProjection {
        years: (2025..=2030).collect(),
        providers: vec![],
        total: (0..6).map(|i| 100.0 * (1.0 + g).powi(i)).collect(),
        others_growth_pct: 0.0,
        azure_passes_aws: None,
    }
}

#[test]
fn sustainability_ratio_outgrowth_and_peak() {
    // Revenue 200 growing 20 %: 200, 240, 288, 345.6, 414.72, 497.664.
    // CapEx 100, 150, 200, 200, 200, 200 → ratios 0.5, 0.625, 0.6944, 0.5787, 0.4823, 0.4019.
    // CapEx grows faster than 20 % in 2026 (+50 %) and 2027 (+33 %), not after.
    let s = compare(
        &capex(vec![100.0, 150.0, 200.0, 200.0, 200.0, 200.0]),
        &cloud(0.2),
        200.0,
    );
    assert!((s.revenue[5] - 497.664).abs() < 1e-9);
    let want = [
        0.5,
        0.625,
        200.0 / 288.0,
        200.0 / 345.6,
        200.0 / 414.72,
        200.0 / 497.664,
    ];
    for (got, want) in s.ratio.iter().zip(want) {
        assert!((got - want).abs() < 1e-12);
    }
    assert_eq!(s.capex_outgrows, vec![2026, 2027]);
    assert_eq!(s.capex_exceeds_revenue, None);
    assert_eq!(s.peak_ratio.0, 2027);
}

#[test]
fn sustainability_flags_the_year_capex_exceeds_revenue() {
    // Flat revenue 200; CapEx 150, 180, 216 (×1.2) … passes 200 in 2027.
    let s = compare(
        &capex(vec![150.0, 180.0, 216.0, 259.2, 311.04, 373.248]),
        &cloud(0.0),
        200.0,
    );
    assert_eq!(s.capex_exceeds_revenue, Some(2027));
    assert_eq!(s.capex_outgrows, vec![2026, 2027, 2028, 2029, 2030]);
    assert_eq!(s.peak_ratio.0, 2030);
}

#[test]
fn article_defaults_come_from_the_data() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    // 355 / 255 − 1 = 39.2 % → the 1 % slider shows 39; (2390/752)^(1/5) − 1 = 26.02 % → 26.0.
    assert_eq!(a.get(Key::CapexGrowth), 39.0);
    assert_eq!(a.get(Key::MarketCagr), 26.0);
    // Published 2026 + "2–3 years" (the later end) = 2029.
    assert_eq!(a.get(Key::PlateauYear), 2029.0);
    assert_eq!(
        (
            a.get(Key::AwsGrowth),
            a.get(Key::AzureGrowth),
            a.get(Key::GcpGrowth)
        ),
        (19.0, 35.0, 30.0)
    );
    assert_eq!(a.get(Key::InferenceRatio), 10.0);
    for &k in Key::ALL {
        assert_eq!(k.spec().key, k, "spec table order matches the Key enum");
        let v = a.get(k);
        assert!(
            v >= k.spec().min && v <= k.spec().max,
            "{k:?} default {v} out of range"
        );
    }
}

#[test]
fn set_clamps_snaps_and_ignores_nan() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    assert_eq!(a.with(Key::CapexGrowth, 1e9).get(Key::CapexGrowth), 80.0);
    assert_eq!(a.with(Key::CapexGrowth, -1e9).get(Key::CapexGrowth), -30.0);
    assert_eq!(a.with(Key::CapexGrowth, 12.6).get(Key::CapexGrowth), 13.0);
    assert_eq!(
        a.with(Key::CapexGrowth, f64::NAN).get(Key::CapexGrowth),
        39.0
    );
    assert_eq!(a.with(Key::MarketCagr, 26.04999).get(Key::MarketCagr), 26.0);
    assert_eq!(snap(Key::InferenceRatio.spec(), 10.3), Some(10.5));
    assert_eq!(a.with(Key::PlateauYear, 5000.0).plateau_year(), None);
    assert_eq!(
        a.with(Key::PlateauYear, NO_PLATEAU - 1.0).plateau_year(),
        Some(2030)
    );
}

#[test]
fn presets_and_reset_restore_exact_values() {
    let d = Rc::new(Dataset::embedded());
    let article = Assumptions::article(&d);
    let start = Rc::new(State::new(d.clone(), article, false, View::default()));
    let moved = start
        .clone()
        .reduce(Action::Set(Key::CapexGrowth, 70.0))
        .reduce(Action::Set(Key::EdgeShare, 20.0));
    assert_ne!(moved.assumptions, article);
    let one_back = moved.clone().reduce(Action::Reset(Key::CapexGrowth));
    assert_eq!(one_back.assumptions.get(Key::CapexGrowth), 39.0);
    assert_eq!(one_back.assumptions.get(Key::EdgeShare), 20.0);
    let bear = moved.reduce(Action::Preset(Preset::Bear));
    assert_eq!(bear.assumptions, Preset::Bear.apply(&d));
    assert_eq!(bear.assumptions.plateau_year(), Some(2027));
    let reset = bear.reduce(Action::ResetAll);
    assert_eq!(reset.assumptions, article);
    assert_eq!(
        *reset.report, *start.report,
        "reset recomputes exactly the article's report"
    );
}

#[test]
fn choosing_a_theme_replaces_the_one_the_address_chose() {
    let d = Rc::new(Dataset::embedded());
    let view = View {
        dark: Some(true),
        ..View::embed(ChartId::Market)
    };
    let s = Rc::new(State::new(d.clone(), Assumptions::article(&d), true, view));
    let light = s.reduce(Action::SetDark(false));
    assert!(!light.dark);
    assert_eq!(
        light.view,
        View::embed(ChartId::Market),
        "the address keeps the embed but no longer sets a theme"
    );
}

#[test]
fn scenarios_give_the_answers_their_names_promise() {
    let d = Dataset::embedded();
    let bull = Report::compute(&d, &Preset::Bull.apply(&d));
    let bear = Report::compute(&d, &Preset::Bear.apply(&d));
    let article = Report::compute(&d, &Assumptions::article(&d));
    // Bull: 39 % a year, no slowdown, no plateau: 355 × 1.39^4 = 1325.3 in 2030.
    assert!((bull.capex.at(2030) - 355.0 * 1.39_f64.powi(4)).abs() < 1e-6);
    assert!(bull.capex.band_high_year.is_some());
    // Bear: plateau in 2027 → CapEx flat at 355 → 255.4 + 5 × 355 = 2030.4, short of $3T.
    assert!((bear.capex.cumulative_total() - 2030.4).abs() < 1e-6);
    assert_eq!(bear.capex.band_low_year, None);
    assert_eq!(article.capex.band_low_year, Some(2030));
    assert!(
        bull.market.last() > article.market.last() && article.market.last() > bear.market.last()
    );
}
