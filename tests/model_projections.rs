//! The projections: the article's view reproduces every figure the article states, more growth
//! or a later plateau never gives less (a proptest), the article's earlier plateau, the
//! projections CSV download, and the fractional powers the model computes with.
// The wasm does without these (clippy.toml); powf is the reference pow_ratio is held to (a native test).
#![allow(clippy::disallowed_methods)]

use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::NO_PLATEAU;
use ai_infra_report::model::{Assumptions, Key, Report};

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
            r.early_plateau_estimate_year, early.capex.estimate_low_year,
            "{plateau}"
        );
    }
    // At the article's view both plateaus reach Huang's low end in 2030: the later one with
    // $3.47T, the earlier one just ($3.09T).
    let r = Report::compute(&d, &a);
    assert_eq!(r.capex.estimate_low_year, Some(2030));
    assert_eq!(r.early_plateau_estimate_year, Some(2030));
    let early = Report::compute(&d, &a.with(Key::PlateauYear, 2028.0));
    assert!(early.capex.cumulative_at(2030) < r.capex.cumulative_at(2030));
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
