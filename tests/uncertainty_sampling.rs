//! The Monte Carlo's random draws (crates/model/src/uncertainty/): the SplitMix64 generator, the
//! triangular spread's inverse CDF, and quantiles by nearest rank, checked against known values.

use ai_infra_report::model::uncertainty::{quantiles, Rng, Spread};

#[test]
fn the_triangular_draw_has_its_ends_mode_and_mean() {
    let s = Spread {
        low: 10.0,
        mode: 40.0,
        high: 100.0,
    };
    assert_eq!(s.sample(0.0), 10.0);
    assert!((s.sample(1.0 - 1e-12) - 100.0).abs() < 1e-3);
    assert!(
        (s.sample(1.0 / 3.0) - 40.0).abs() < 1e-9,
        "the CDF at the mode is (c-a)/(b-a) = 1/3"
    );
    let mut rng = Rng::new(11);
    let n = 200_000;
    let mean = (0..n).map(|_| s.sample(rng.unit())).sum::<f64>() / n as f64;
    assert!(
        (mean - 50.0).abs() < 0.3,
        "mean {mean}, expected (10 + 40 + 100) / 3 = 50"
    );
    let mut xs: Vec<f64> = (0..n).map(|_| s.sample(rng.unit())).collect();
    let q = quantiles(&mut xs);
    // The median of this triangle: b - sqrt((b-a)(b-c)/2).
    let median = 100.0 - (90.0f64 * 60.0 / 2.0).sqrt();
    assert!((q.p50 - median).abs() < 0.3, "median {} vs {median}", q.p50);
}

#[test]
fn quantiles_by_nearest_rank() {
    let mut xs: Vec<f64> = (1..=10).rev().map(f64::from).chain([f64::NAN]).collect();
    assert_eq!(quantiles(&mut xs).to_array(), [1.0, 3.0, 5.0, 8.0, 9.0]);
    assert!(quantiles(&mut Vec::new())
        .to_array()
        .iter()
        .all(|q| q.is_nan()));
}

#[test]
fn the_generator_is_splitmix64_as_published() {
    // The first outputs of SplitMix64 from seed 0 in its reference implementation (Vigna's
    // splitmix64.c): any slip in its shifts or mixing gives other numbers.
    let mut rng = Rng::new(0);
    assert_eq!(
        [rng.next_u64(), rng.next_u64(), rng.next_u64()],
        [
            0xe220_a839_7b1d_cdaf,
            0x6e78_9e6a_a1b9_65f4,
            0x06c4_5d18_8009_454f
        ]
    );
}

#[test]
fn a_spread_draws_the_triangle_it_names() {
    // Low 2, most likely 3, high 6: the inverse CDF over an even grid of u gives the
    // triangle's mean, (2 + 3 + 6) / 3, and its ends and mode where they belong.
    let s = Spread {
        low: 2.0,
        mode: 3.0,
        high: 6.0,
    };
    let n = 100_000;
    let mean = (0..n)
        .map(|i| s.sample((f64::from(i) + 0.5) / f64::from(n)))
        .sum::<f64>()
        / f64::from(n);
    assert!((mean - 11.0 / 3.0).abs() < 1e-3, "{mean}");
    assert_eq!(s.sample(0.0), 2.0);
    assert!(
        (s.sample(0.25) - 3.0).abs() < 1e-12,
        "the mode at F(mode) = 1/4"
    );
    assert!((s.sample(1.0 - 1e-12) - 6.0).abs() < 1e-4);
}
