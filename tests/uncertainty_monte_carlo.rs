//! The Monte Carlo (crates/model/src/uncertainty/), checked against direct runs of the model: its
//! bands and ranges, its seeds, and the spreads its paths are drawn from.

mod common;

use ai_infra_report::model::assumptions::KEYS;
use ai_infra_report::model::uncertainty::{
    draw, quantiles, simulate, spreads, Answer, Rng, SeriesId, DEFAULT_WIDTH,
};
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use common::data;

const TEST_PATHS: usize = 400;

#[test]
fn bands_are_ordered_in_every_preset_and_hold_the_central_line_at_the_defaults() {
    for &p in Preset::ALL {
        let a = p.apply(data());
        let sim = simulate(
            data(),
            &a,
            &spreads(data(), &a, &DEFAULT_WIDTH),
            7,
            TEST_PATHS,
        );
        let central = Report::compute(data(), &a);
        for &s in SeriesId::ALL {
            let band = sim.series(s);
            assert_eq!(band.len(), 11, "{s:?}: one row a year, 2025–2035");
            for (y, (q, c)) in band.iter().zip(s.values(&central)).enumerate() {
                if c.is_nan() {
                    continue;
                }
                assert!(
                    q.to_array().windows(2).all(|w| w[0] <= w[1]),
                    "{p:?} {s:?} {}: {q:?}",
                    2025 + y
                );
                // At the defaults the reader's line lies inside its band. (At a preset's
                // extremes it need not: with no fade and no plateau, the bull's levers can only
                // move one way.)
                let defaults = p == Preset::Article;
                assert!(
                    !defaults || (q.p10 <= c + 1e-9 && c <= q.p90 + 1e-9),
                    "{p:?} {s:?} {}: {c} outside {q:?}",
                    2025 + y
                );
            }
        }
        for &ans in Answer::ALL {
            let r = sim.range(ans).unwrap();
            assert!((0.0..=1.0).contains(&r.never), "{ans:?}");
            if r.never < 1.0 {
                assert!(
                    r.quantiles.to_array().windows(2).all(|w| w[0] <= w[1]),
                    "{p:?} {ans:?}: {:?}",
                    r.quantiles
                );
            }
        }
        assert!((0.0..=1.0).contains(&sim.estimate_reached));
    }
}

#[test]
fn years_before_the_projection_have_no_spread_and_later_years_do() {
    let a = Assumptions::article(data());
    let sim = simulate(
        data(),
        &a,
        &spreads(data(), &a, &DEFAULT_WIDTH),
        1,
        TEST_PATHS,
    );
    let capex = sim.series(SeriesId::Capex);
    // 2025 is reported and 2026 is the companies' plan: the same on every path.
    assert_eq!(capex[0].p10, capex[0].p90);
    assert_eq!(capex[1].p10, capex[1].p90);
    // From 2027 the assumptions act: the band opens, and keeps widening to 2030.
    let width = |y: usize| capex[y].p90 - capex[y].p10;
    assert!(width(2) > 0.0);
    assert!(width(5) > width(2));
}

#[test]
fn the_same_seed_gives_the_same_bands_and_another_seed_others() {
    let a = Preset::Bear.apply(data());
    let s = spreads(data(), &a, &DEFAULT_WIDTH);
    assert_eq!(
        simulate(data(), &a, &s, 42, 200),
        simulate(data(), &a, &s, 42, 200)
    );
    assert_ne!(
        simulate(data(), &a, &s, 42, 200),
        simulate(data(), &a, &s, 43, 200)
    );
}

#[test]
fn switched_off_spreads_collapse_the_bands_onto_the_central_line() {
    let a = Preset::Bull.apply(data());
    let sim = simulate(data(), &a, &spreads(data(), &a, &[0.0; KEYS]), 3, 50);
    let central = Report::compute(data(), &a);
    for &s in SeriesId::ALL {
        for (q, c) in sim.series(s).iter().zip(s.values(&central)) {
            if !c.is_nan() {
                assert!(q.to_array().iter().all(|v| *v == c), "{s:?}: {q:?} vs {c}");
            }
        }
    }
}

#[test]
fn a_wider_spread_gives_a_wider_band() {
    let a = Assumptions::article(data());
    let width = |w: f64| {
        let sim = simulate(data(), &a, &spreads(data(), &a, &[w; KEYS]), 5, TEST_PATHS);
        let q = sim.range(Answer::CumulativeCapex2030).unwrap().quantiles;
        q.p90 - q.p10
    };
    assert!(width(0.5) < width(1.0) && width(1.0) < width(2.0));
}

#[test]
fn spreads_cover_the_presets_and_stay_on_the_sliders() {
    let a = Assumptions::article(data());
    let s = spreads(data(), &a, &DEFAULT_WIDTH);
    for &key in Key::ALL {
        let sp = s[key as usize];
        let spec = key.spec();
        assert!(
            spec.min <= sp.low && sp.low <= sp.mode && sp.mode <= sp.high && sp.high <= spec.max,
            "{key:?}: {sp:?}"
        );
        if key != Key::HuangReading {
            for &p in Preset::ALL {
                let v = p.apply(data()).get(key);
                assert!(
                    sp.low <= v && v <= sp.high,
                    "{key:?}: {p:?}'s {v} outside {sp:?}"
                );
            }
        } else {
            assert!(sp.is_off(), "a reading is a choice, not a quantity");
        }
    }
    // Every drawn path stays inside the spreads, on the sliders' steps.
    let mut rng = Rng::new(9);
    for _ in 0..200 {
        let d = draw(&a, &s, &mut rng);
        for &key in Key::ALL {
            let (v, sp) = (d.get(key), s[key as usize]);
            let step = key.spec().step;
            assert!(
                sp.low - step <= v && v <= sp.high + step,
                "{key:?}: {v} outside {sp:?}"
            );
            assert_eq!(a.with(key, v).get(key), v, "{key:?}: {v} is not on a step");
        }
    }
}

#[test]
fn the_reading_of_huangs_estimate_is_never_drawn_at_random() {
    // Read as one year's spend, away from every preset's reading: still never drawn.
    let a = Assumptions::article(data()).with(Key::HuangReading, 1.0);
    let s = spreads(data(), &a, &[2.0; KEYS])[Key::HuangReading as usize];
    assert!(s.is_off(), "{s:?}");
    assert_eq!(s.sample(0.9), a.get(Key::HuangReading));
}

#[test]
fn the_ranges_count_the_very_paths_the_model_runs() {
    let a = Assumptions::article(data());
    let sp = spreads(data(), &a, &DEFAULT_WIDTH);
    let (seed, n) = (11, 1000);
    let sim = simulate(data(), &a, &sp, seed, n);
    // The same paths, run one by one.
    let mut rng = Rng::new(seed);
    let (mut never, mut reached, mut cumulative) = (0, 0, Vec::new());
    for _ in 0..n {
        let r = Report::compute(data(), &draw(&a, &sp, &mut rng));
        never += usize::from(Answer::AzurePassesAws.of(&r).is_none());
        reached += usize::from(r.capex.estimate_low_year.is_some());
        cumulative.push(Answer::CumulativeCapex2030.of(&r).unwrap());
    }
    assert!(
        never > 0 && reached > 0,
        "the seed must show both: {never} {reached}"
    );
    let share = |k: usize| k as f64 / n as f64;
    assert_eq!(
        sim.range(Answer::AzurePassesAws).unwrap().never,
        share(never)
    );
    assert_eq!(sim.estimate_reached, share(reached));
    let c = sim.range(Answer::CumulativeCapex2030).unwrap();
    assert_eq!((c.quantiles, c.never), (quantiles(&mut cumulative), 0.0));
}
