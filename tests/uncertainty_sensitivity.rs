//! The tornado and the goal seek (crates/model/src/sensitivity.rs), checked against direct runs
//! of the model.

mod common;

use ai_infra_report::model::sensitivity::{moving, solve, tornado, Goal};
use ai_infra_report::model::uncertainty::{spreads, Answer, DEFAULT_WIDTH};
use ai_infra_report::model::{Assumptions, Key, Report};
use common::data;

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

/// The page's tornado, from each answer's inputs alone, is the full tornado's bars that move it:
/// no lever outside an answer's inputs moves it, at the article's values or a scenario's.
#[test]
fn the_moving_bars_are_the_full_tornados_that_move() {
    use ai_infra_report::model::Preset;
    for p in Preset::ALL {
        let a = p.apply(data());
        let s = spreads(data(), &a, &DEFAULT_WIDTH);
        for &ans in Answer::ALL {
            let full: Vec<_> = tornado(data(), &a, &s, ans)
                .into_iter()
                .filter(|b| b.swing() > 0.0)
                .collect();
            assert_eq!(moving(data(), &a, &s, ans), full, "{p:?} {ans:?}");
        }
    }
}
