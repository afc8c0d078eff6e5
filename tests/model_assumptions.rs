//! The levers: the article's defaults come from the data, setting one clamps and snaps it, each
//! slider says in words where its default comes from, and growth may be typed below zero.

use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::{snap, NO_PLATEAU};
use ai_infra_report::model::{Assumptions, HuangReading, Key, Report};

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
        Some(2035)
    );
}

#[test]
fn every_slider_says_in_words_where_its_default_comes_from() {
    use ai_infra_report::model::Origin;
    let origins = [
        Origin::Article,
        Origin::Derived,
        Origin::Reading,
        Origin::Assumption,
    ];
    let labels: Vec<&str> = origins.iter().map(|o| o.label()).collect();
    let ids: Vec<&str> = origins.iter().map(|o| o.id()).collect();
    for (i, o) in origins.iter().enumerate() {
        // Each origin reads differently and has its own class name.
        assert!(
            !labels[..i].contains(&labels[i]) && !ids[..i].contains(&ids[i]),
            "{o:?}"
        );
        assert!(
            !ids[i].is_empty() && ids[i].bytes().all(|b| b.is_ascii_lowercase()),
            "{o:?}: {}",
            ids[i]
        );
        // The article's own figures and readings of it name the article; ours say they are ours.
        let ours = matches!(o, Origin::Reading | Origin::Assumption);
        assert_eq!(labels[i].contains("our"), ours, "{o:?}: {}", labels[i]);
        assert_eq!(
            labels[i].contains("article"),
            *o != Origin::Assumption,
            "{o:?}"
        );
    }
    // The reading slider shows its reading in words, one per end.
    let spec = Key::HuangReading.spec();
    let (total, one_year) = (
        ai_infra_report::model::format::slider_value(spec, 0.0),
        ai_infra_report::model::format::slider_value(spec, 1.0),
    );
    assert_eq!(total, HuangReading::Cumulative.label());
    assert_eq!(one_year, HuangReading::AnnualIn2030.label());
    assert!(
        total.contains("running total") && one_year.contains("one year"),
        "{total} / {one_year}"
    );
}

#[test]
fn a_reader_can_make_the_cloud_shrink() {
    // An overbuild can end in falling revenue: every provider's growth, and everyone else's,
    // takes a negative value from the address or the field beside its slider, unclamped.
    let d = Dataset::embedded();
    let mut a = Assumptions::article(&d);
    for k in [
        Key::AwsGrowth,
        Key::AzureGrowth,
        Key::GcpGrowth,
        Key::OthersGrowth,
    ] {
        let notice = ai_infra_report::app::query::set_typed(&mut a, k, "-5");
        assert_eq!(notice, None, "{k:?}");
        assert_eq!(a.get(k), -5.0, "{k:?}");
    }
    let a = a.with(Key::CloudSlowdown, 0.0);
    let r = Report::compute(&d, &a);
    assert!(
        r.cloud.total.windows(2).all(|w| w[1] < w[0]),
        "{:?}",
        r.cloud.total
    );
}
