//! Derived answers, presets and reset, checked against values worked out by hand.

use ai_infra_report::app::query::View;
use ai_infra_report::app::state::{Action, State};
use ai_infra_report::charts::ChartId;
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::{snap, NO_PLATEAU};
use ai_infra_report::model::capex::CapexProjection;
use ai_infra_report::model::cloud::CloudProjection;
use ai_infra_report::model::sustainability::compare;
use ai_infra_report::model::uncertainty::Settings;
use ai_infra_report::model::{Assumptions, HuangReading, Key, Preset, Report};
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
        reading: HuangReading::Cumulative,
        plateau_year: None,
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
        fade_pp: 0.0,
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
fn capex_equal_to_revenue_does_not_exceed_it_and_a_flat_ratio_peaks_where_it_starts() {
    // CapEx and revenue both 100 every year: the ratio is exactly 1 throughout.
    let s = compare(&capex(vec![100.0; 6]), &cloud(0.0), 100.0);
    assert!(s.ratio.iter().all(|r| *r == 1.0), "{:?}", s.ratio);
    assert_eq!(s.capex_exceeds_revenue, None, "equal is not more");
    assert_eq!(s.peak_ratio, (2025, 1.0), "the first year at the peak");
    assert!(s.capex_outgrows.is_empty());
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
        Some(2035)
    );
}

#[test]
fn presets_and_reset_restore_exact_values() {
    let d = Rc::new(Dataset::embedded());
    let article = Assumptions::article(&d);
    let start = Rc::new(State::new(
        d.clone(),
        article,
        Settings::default(),
        false,
        View::default(),
    ));
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
    assert_eq!(bear.assumptions.plateau_year(), Some(2028));
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
    let s = Rc::new(State::new(
        d.clone(),
        Assumptions::article(&d),
        Settings::default(),
        true,
        view,
    ));
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
    let article = Report::compute(&d, &Assumptions::article(&d));
    // Bull: 39 % a year, no slowdown, no plateau: 355 × 1.39^4 = 1325.3 in 2030.
    assert!((bull.capex.at(2030) - 355.0 * 1.39_f64.powi(4)).abs() < 1e-6);
    assert!(bull.capex.band_high_year.is_some());
    assert!(bull.capex.cumulative_at(2030) > article.capex.cumulative_at(2030));
    assert!(bull.capex.cumulative_at(2035) > article.capex.cumulative_at(2035));
    assert_eq!(article.capex.band_low_year, Some(2030));
    assert!(bull.market.at(2030) > article.market.at(2030));
}

#[test]
fn the_bear_story_holds_cloud_growth_cools_every_year_and_capex_is_cut_after_the_plateau() {
    let d = Dataset::embedded();
    let a = Preset::Bear.apply(&d);
    let bear = Report::compute(&d, &a);
    let growth: Vec<f64> = bear
        .cloud
        .total
        .windows(2)
        .map(|w| w[1] / w[0] - 1.0)
        .collect();
    assert!(
        growth.windows(2).all(|g| g[1] < g[0]),
        "total cloud growth falls every year: {growth:?}"
    );
    let plateau = a.plateau_year().expect("the bear has a plateau");
    assert_eq!(
        bear.capex.peak().0,
        plateau,
        "CapEx peaks in the plateau year"
    );
    let after: Vec<f64> = (plateau..=2035).map(|y| bear.capex.at(y)).collect();
    assert!(
        after.windows(2).all(|w| w[1] < w[0]),
        "CapEx falls after the plateau: {after:?}"
    );
    // Its growth and fade do something: 2027 grows by the bear's 10 %.
    assert!((bear.capex.at(2027) / bear.capex.at(2026) - 1.10).abs() < 1e-9);
    assert_eq!(bear.capex.band_low_year, None);
    let article = Report::compute(&d, &Assumptions::article(&d));
    assert!(article.market.at(2030) > bear.market.at(2030));
}

#[test]
fn every_preset_sets_every_lever_within_its_range() {
    let d = Dataset::embedded();
    for &p in Preset::ALL {
        let a = p.apply(&d);
        for &k in Key::ALL {
            let spec = k.spec();
            assert_eq!(snap(spec, a.get(k)), Some(a.get(k)), "{p:?} {k:?}");
        }
    }
}

#[test]
fn the_article_view_reproduces_every_figure_the_article_states() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let r = Report::compute(&d, &a);
    // "$255B in 2025 → $355B+ in 2026" (the five companies' rows sum to 255.4 and 355).
    assert!((r.capex.at(2025) - 255.4).abs() < 1e-9 && (r.capex.at(2026) - 355.0).abs() < 1e-9);
    // "$119 billion in Q4 2025, up 30%": the projection starts there and grows 30 % in 2026.
    assert!((r.cloud.total[0] - 119.0).abs() < 1e-9);
    assert!((r.cloud.total_factor(2026) - 1.30).abs() < 0.005);
    // AWS 30 %, Azure 22 %, Google Cloud 13 % of Q4 2025.
    let shares: Vec<f64> = r.cloud.providers.iter().map(|p| p.share_pct[0]).collect();
    assert_eq!(
        shares[..3].iter().map(|s| s.round()).collect::<Vec<_>>(),
        [30.0, 22.0, 13.0]
    );
    // "$752 billion … to reach $2.39 trillion by 2030".
    assert!((r.market.at(2025) - 752.0).abs() < 1e-9);
    assert!(
        (r.market.at(2030) - 2390.0).abs() < 3.0, // the CAGR slider keeps one decimal (26.0 %)
        "{}",
        r.market.at(2030)
    );
    // "$110B round … Amazon $50B, Nvidia $30B".
    assert_eq!(r.flowback.amount(), 110.0);
    assert_eq!(
        r.flowback
            .vendors
            .iter()
            .map(|v| v.invested)
            .collect::<Vec<_>>(),
        [50.0, 30.0]
    );
    // "Inference workloads will 10x training": the 2030 ratio.
    assert!((r.compute.ratio[4] - 10.0).abs() < 1e-9);
}

proptest::proptest! {
    // 300 cases, or PROPTEST_CASES when it is set (`scripts/mutants.sh` sets it low).
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
    ))]

    /// Raising any growth never lowers cumulative CapEx or 2035 revenue; a later plateau never
    /// lowers cumulative CapEx. (From any mix of levers, up by one step or more.)
    #[test]
    fn more_growth_or_a_later_plateau_never_gives_less(
        picks in proptest::collection::vec(0.0f64..=1.0, 16),
        up in 0.0f64..=1.0,
    ) {
        let d = Dataset::embedded();
        let mut a = Assumptions::article(&d);
        for (&k, f) in Key::ALL.iter().zip(&picks) {
            let s = k.spec();
            a.set(k, s.min + f * (s.max - s.min));
        }
        let base = Report::compute(&d, &a);
        let raise = |k: Key| {
            let s = k.spec();
            a.with(k, a.get(k) + s.step.max(up * (s.max - s.min)))
        };
        // A later plateau gives more only where growth before it is at least the change after
        // it (a shrinking CapEx would shrink for longer): compare on that footing.
        if a.get(Key::CapexGrowth) >= 0.0 && a.get(Key::PostPlateau) <= 0.0 {
            let r = Report::compute(&d, &raise(Key::PlateauYear));
            proptest::prop_assert!(r.capex.cumulative_at(2035) >= base.capex.cumulative_at(2035) - 1e-9);
        }
        for k in [Key::CapexGrowth, Key::PostPlateau] {
            let r = Report::compute(&d, &raise(k));
            proptest::prop_assert!(
                r.capex.cumulative_at(2035) >= base.capex.cumulative_at(2035) - 1e-9, "{:?}", k);
        }
        for k in [Key::AwsGrowth, Key::AzureGrowth, Key::GcpGrowth, Key::OthersGrowth] {
            let r = Report::compute(&d, &raise(k));
            proptest::prop_assert!(
                r.cloud.total.last().unwrap() >= &(base.cloud.total.last().unwrap() - 1e-9), "{:?}", k);
        }
    }
}

#[test]
fn the_articles_earlier_plateau_is_2028_whatever_the_readers_plateau() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    // "2–3 years away" from March 2026: the earlier end is 2028.
    for plateau in [2027.0, 2029.0, 2033.0, NO_PLATEAU] {
        let r = Report::compute(&d, &a.with(Key::PlateauYear, plateau));
        assert_eq!(r.early_plateau_year, 2028, "reader's plateau {plateau}");
        let early = Report::compute(&d, &a.with(Key::PlateauYear, 2028.0));
        assert_eq!(
            r.early_plateau_band_year, early.capex.band_low_year,
            "{plateau}"
        );
    }
    // At the article's view both plateaus reach Huang's low end in 2030: the later one with
    // $3.47T, the earlier one just ($3.09T).
    let r = Report::compute(&d, &a);
    assert_eq!(r.capex.band_low_year, Some(2030));
    assert_eq!(r.early_plateau_band_year, Some(2030));
    let early = Report::compute(&d, &a.with(Key::PlateauYear, 2028.0));
    assert!(early.capex.cumulative_at(2030) < r.capex.cumulative_at(2030));
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

#[test]
fn each_scenario_has_its_own_id_name_short_name_and_story() {
    let field =
        |f: fn(Preset) -> &'static str| Preset::ALL.iter().map(|p| f(*p)).collect::<Vec<_>>();
    for texts in [
        field(Preset::id),
        field(Preset::label),
        field(Preset::short_label),
        field(Preset::describe),
    ] {
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.is_empty() && !texts[..i].contains(t), "{texts:?}");
        }
    }
    for &p in Preset::ALL {
        // The phone's short name is part of the full one; the id is it in lower case.
        let short = p.short_label().to_lowercase();
        assert!(p.label().to_lowercase().contains(&short), "{p:?}");
        assert_eq!(p.id(), p.short_label().to_lowercase(), "{p:?}");
        assert!(p.describe().ends_with('.'), "{p:?}: a sentence");
    }
}

#[test]
fn the_projections_download_is_a_year_a_row_with_the_models_numbers() {
    use ai_infra_report::model::projections::csv;
    let d = Dataset::embedded();
    let r = Report::compute(&d, &Assumptions::article(&d));
    let said = [("CapEx growth".to_string(), "39 %".to_string())];
    let commented = csv(&r, &said, true);
    assert!(commented.starts_with("# "), "{commented}");
    assert!(commented.contains("# CapEx growth = 39 %\n"), "{commented}");
    let plain = csv(&r, &said, false);
    assert!(
        commented.ends_with(&plain),
        "the same table after the # lines"
    );
    // Fields split at commas outside quotes ("Cloud Q4 revenue, total" is quoted).
    let fields = |l: &str| {
        let (mut out, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        for ch in l.chars() {
            match ch {
                '"' => quoted = !quoted,
                ',' if !quoted => out.push(std::mem::take(&mut cell)),
                _ => cell.push(ch),
            }
        }
        out.push(cell);
        out
    };
    let lines: Vec<Vec<String>> = plain.lines().map(fields).collect();
    let (header, rows) = (&lines[0], &lines[1..]);
    assert_eq!(header[0], "year");
    assert_eq!(rows.len(), r.capex.years.len(), "a row a year");
    let col = |name: &str| header.iter().position(|h| h.starts_with(name)).expect(name);
    let (capex, training) = (col("CapEx of the five"), col("Training"));
    for (row, (year, annual)) in rows.iter().zip(r.capex.years.iter().zip(&r.capex.annual)) {
        assert_eq!(row.len(), header.len(), "{year}");
        assert_eq!(row[0], year.to_string());
        assert!(
            (row[capex].parse::<f64>().unwrap() - annual).abs() < 1e-3,
            "{year}"
        );
        // The compute split starts in 2026: 2025's cells are empty, the others the model's.
        match r.compute.years.iter().position(|y| y == year) {
            Some(c) => assert!(
                (row[training].parse::<f64>().unwrap() - r.compute.training[c]).abs() < 1e-3
            ),
            None => assert_eq!(row[training], "", "{year}"),
        }
    }
}

/// The model's fractional powers (`pow_ratio`, Newton's root instead of libm's `pow`) agree
/// with `powf` to within 8 ulps across a wide range of the powers the model takes (p ≤ q),
/// and at the edges.
#[test]
fn fractional_powers_agree_with_powf() {
    use ai_infra_report::model::pow_ratio;
    let mut x = 1e-9;
    while x < 1e12 {
        for (p, q) in [
            (1, 5),
            (1, 4),
            (2, 4),
            (3, 4),
            (4, 4),
            (0, 4),
            (-1, 4),
            (1, 1),
        ] {
            let (got, want) = (pow_ratio(x, p, q), x.powf(f64::from(p) / f64::from(q)));
            assert!(
                (got - want).abs() <= 8.0 * f64::EPSILON * want.abs(),
                "{x}^({p}/{q}): {got} vs {want}"
            );
        }
        x *= 1.37;
    }
    assert_eq!(pow_ratio(0.0, 1, 5), 0.0);
    assert_eq!(pow_ratio(f64::INFINITY, 1, 4), f64::INFINITY);
    assert!(pow_ratio(-8.0, 1, 3).is_nan() && pow_ratio(f64::NAN, 1, 4).is_nan());
}
