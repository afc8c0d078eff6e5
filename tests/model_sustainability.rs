//! Whether the spending pays: CapEx set against cloud revenue (the yearly ratio, the years CapEx
//! outgrows revenue or exceeds it, the peak), checked against values worked out by hand.

use ai_infra_report::model::capex::CapexProjection;
use ai_infra_report::model::cloud::CloudProjection;
use ai_infra_report::model::sustainability::compare;
use ai_infra_report::model::HuangReading;

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
        estimate: (3000.0, 4000.0),
        reading: HuangReading::Cumulative,
        plateau_year: None,
        estimate_low_year: None,
        estimate_high_year: None,
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
