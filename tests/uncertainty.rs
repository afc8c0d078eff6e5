//! The Monte Carlo, the tornado and the goal seek (src/model/uncertainty/, sensitivity.rs), checked against
//! direct runs of the model.

use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::KEYS;
use ai_infra_report::model::sensitivity::{solve, tornado, Goal};
use ai_infra_report::model::uncertainty::{
    draw, quantiles, simulate, spreads, Answer, Rng, Series, Spread, DEFAULT_WIDTH,
};
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use std::sync::OnceLock;

fn data() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(Dataset::embedded)
}

const PATHS: usize = 400;

#[test]
fn bands_are_ordered_in_every_preset_and_hold_the_central_line_at_the_defaults() {
    for &p in Preset::ALL {
        let a = p.apply(data());
        let sim = simulate(data(), &a, &spreads(data(), &a, &DEFAULT_WIDTH), 7, PATHS);
        let central = Report::compute(data(), &a);
        for &s in Series::ALL {
            let band = sim.band(s);
            assert_eq!(band.len(), 11, "{s:?}: one row a year, 2025–2035");
            for (y, (q, c)) in band.iter().zip(s.values(&central)).enumerate() {
                if c.is_nan() {
                    continue;
                }
                assert!(
                    q.windows(2).all(|w| w[0] <= w[1]),
                    "{p:?} {s:?} {}: {q:?}",
                    2025 + y
                );
                // At the defaults the reader's line lies inside its band. (At a preset's
                // extremes it need not: with no fade and no plateau, the bull's levers can only
                // move one way.)
                let defaults = p == Preset::Article;
                assert!(
                    !defaults || (q[0] <= c + 1e-9 && c <= q[4] + 1e-9),
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
                    r.quantiles.windows(2).all(|w| w[0] <= w[1]),
                    "{p:?} {ans:?}: {:?}",
                    r.quantiles
                );
            }
        }
        assert!((0.0..=1.0).contains(&sim.band_reached));
    }
}

#[test]
fn years_before_the_projection_have_no_spread_and_later_years_do() {
    let a = Assumptions::article(data());
    let sim = simulate(data(), &a, &spreads(data(), &a, &DEFAULT_WIDTH), 1, PATHS);
    let capex = sim.band(Series::Capex);
    // 2025 is reported and 2026 is the companies' plan: the same on every path.
    assert_eq!(capex[0][0], capex[0][4]);
    assert_eq!(capex[1][0], capex[1][4]);
    // From 2027 the assumptions act: the band opens, and keeps widening to 2030.
    let width = |y: usize| capex[y][4] - capex[y][0];
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
    for &s in Series::ALL {
        for (q, c) in sim.band(s).iter().zip(s.values(&central)) {
            if !c.is_nan() {
                assert!(q.iter().all(|v| *v == c), "{s:?}: {q:?} vs {c}");
            }
        }
    }
}

#[test]
fn a_wider_spread_gives_a_wider_band() {
    let a = Assumptions::article(data());
    let width = |w: f64| {
        let sim = simulate(data(), &a, &spreads(data(), &a, &[w; KEYS]), 5, PATHS);
        let q = sim.range(Answer::CumulativeCapex2030).unwrap().quantiles;
        q[4] - q[0]
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
    assert!((q[2] - median).abs() < 0.3, "median {} vs {median}", q[2]);
}

#[test]
fn quantiles_by_nearest_rank() {
    let mut xs: Vec<f64> = (1..=10).rev().map(f64::from).chain([f64::NAN]).collect();
    assert_eq!(quantiles(&mut xs), [1.0, 3.0, 5.0, 8.0, 9.0]);
    assert!(quantiles(&mut Vec::new()).iter().all(|q| q.is_nan()));
}

#[test]
fn each_tornado_bar_is_the_model_at_each_end_of_its_lever_and_they_are_sorted() {
    let a = Assumptions::article(data());
    let s = spreads(data(), &a, &DEFAULT_WIDTH);
    for &ans in Answer::ALL {
        let bars = tornado(data(), &a, &s, ans);
        let with_spread = Key::ALL
            .iter()
            .filter(|&&k| !s[k as usize].is_off())
            .count();
        assert_eq!(
            bars.len(),
            with_spread,
            "{ans:?}: every lever with a spread"
        );
        assert!(
            bars.windows(2).all(|w| w[0].swing() >= w[1].swing()),
            "{ans:?}: sorted"
        );
        for b in &bars {
            let sp = s[b.key as usize];
            let at = |v: f64| ans.value(&Report::compute(data(), &a.with(b.key, v)));
            assert_eq!(b.at_low, at(sp.low), "{ans:?} {:?}", b.key);
            assert_eq!(b.at_high, at(sp.high), "{ans:?} {:?}", b.key);
        }
        assert!(bars[0].swing() > 0.0, "{ans:?}: some lever moves it");
    }
    // CapEx growth moves cumulative CapEx; the cloud's levers do not.
    let capex = tornado(data(), &a, &s, Answer::CumulativeCapex2030);
    let swing = |k: Key| capex.iter().find(|b| b.key == k).unwrap().swing();
    assert!(swing(Key::CapexGrowth) > 0.0);
    assert_eq!(swing(Key::AwsGrowth), 0.0);
}

#[test]
fn goal_seek_answers_meet_their_goal_and_are_the_nearest_step_that_does() {
    let a = Assumptions::article(data());
    let goals = [
        (
            Key::CapexGrowth,
            Goal {
                answer: Answer::CumulativeCapex2030,
                target: 4000.0,
                at_least: true,
            },
        ),
        (
            Key::PlateauYear,
            Goal {
                answer: Answer::CumulativeCapex2030,
                target: 3500.0,
                at_least: true,
            },
        ),
        (
            Key::CapexGrowth,
            Goal {
                answer: Answer::Ratio2030,
                target: 0.3,
                at_least: false,
            },
        ),
        (
            Key::AzureGrowth,
            Goal {
                answer: Answer::AzurePassesAws,
                target: 2027.0,
                at_least: false,
            },
        ),
        (
            Key::AwsGrowth,
            Goal {
                answer: Answer::AzurePassesAws,
                target: 2031.0,
                at_least: true,
            },
        ),
        (
            Key::MarketCagr,
            Goal {
                answer: Answer::Market2030,
                target: 3000.0,
                at_least: true,
            },
        ),
        // Below the reader's value, on a lever whose step is not 1.
        (
            Key::MarketCagr,
            Goal {
                answer: Answer::Market2030,
                target: 2000.0,
                at_least: false,
            },
        ),
    ];
    for (key, goal) in goals {
        let v =
            solve(data(), &a, key, goal).unwrap_or_else(|| panic!("{key:?} {goal:?}: no answer"));
        let hit = a.with(key, v);
        assert_eq!(hit.get(key), v, "{key:?}: on a step");
        assert!(
            goal.met(&Report::compute(data(), &hit)),
            "{key:?} {goal:?}: {v} misses"
        );
        assert!(
            !goal.met(&Report::compute(data(), &a)),
            "{key:?} {goal:?}: already met"
        );
        // One step back towards the reader's value misses: it is the nearest.
        let step = key.spec().step * (a.get(key) - v).signum();
        let back = a.with(key, v + step);
        assert!(
            !goal.met(&Report::compute(data(), &back)),
            "{key:?} {goal:?}: {} meets it too",
            back.get(key)
        );
    }
    // Already met: the reader's own value.
    let easy = Goal {
        answer: Answer::CumulativeCapex2030,
        target: 1.0,
        at_least: true,
    };
    assert_eq!(
        solve(data(), &a, Key::CapexGrowth, easy),
        Some(a.get(Key::CapexGrowth))
    );
    // Out of reach: no value of the lever works.
    let never = Goal {
        answer: Answer::CumulativeCapex2030,
        target: 1e9,
        at_least: true,
    };
    assert_eq!(solve(data(), &a, Key::CapexGrowth, never), None);
    let no_lever = Goal {
        answer: Answer::Market2030,
        target: 3000.0,
        at_least: true,
    };
    assert_eq!(
        solve(data(), &a, Key::AwsGrowth, no_lever),
        None,
        "AWS growth does not move the market path"
    );
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

#[test]
fn the_reading_of_huangs_estimate_is_never_drawn_at_random() {
    // Read as one year's spend, away from every preset's reading: still never drawn.
    let a = Assumptions::article(data()).with(Key::HuangReading, 1.0);
    let s = spreads(data(), &a, &[2.0; KEYS])[Key::HuangReading as usize];
    assert!(s.is_off(), "{s:?}");
    assert_eq!(s.sample(0.9), a.get(Key::HuangReading));
}

#[test]
fn a_crossing_that_never_comes_sorts_after_every_year_it_could() {
    let a = Assumptions::article(data()).with(Key::AzureGrowth, -10.0);
    let r = Report::compute(data(), &a);
    assert_eq!(Answer::AzurePassesAws.of(&r), None);
    assert!(Answer::AzurePassesAws.value(&r) > 2035.0);
    // "By 2035" is then not met.
    let by_2035 = Goal {
        answer: Answer::AzurePassesAws,
        target: 2035.0,
        at_least: false,
    };
    assert!(!by_2035.met(&r));
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
        reached += usize::from(r.capex.band_low_year.is_some());
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
    assert_eq!(sim.band_reached, share(reached));
    let c = sim.range(Answer::CumulativeCapex2030).unwrap();
    assert_eq!((c.quantiles, c.never), (quantiles(&mut cumulative), 0.0));
}
