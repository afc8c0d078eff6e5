//! The page with its worker, as the reducer sees it: a change gets its quick run at once and
//! the worker's full run once it settles; an answer for a state the page has left never
//! reaches it; a browser that refused the worker keeps its central lines and loses
//! only the ranges. (The worker's answer equals the native run: crates/worker's own test.)

mod common;

use ai_infra_report::app::state::{Action, Ran, Runner, State};
use ai_infra_report::dataset::Dataset;
use ai_infra_report::model::reported::Base;
use ai_infra_report::model::uncertainty::{
    SeriesId, Settings, DRAG_PATHS, REFINED_PATHS, SETTLED_PATHS,
};
use ai_infra_report::model::{Assumptions, Key};
use std::rc::Rc;
use yew::Reducible;

/// The page once it has refined its start and its worker listens.
fn start() -> (Rc<Dataset>, Rc<State>) {
    let (d, s) = common::page_state();
    (
        d,
        s.reduce(Action::Refine)
            .reduce(Action::Runner(Runner::Worker)),
    )
}

fn ran(d: &Dataset, at: Assumptions, settings: Settings, paths: usize) -> Action {
    let sim = settings.simulate(d, &at, paths).unwrap();
    Action::Simulated(Box::new(Ran {
        sim,
        at,
        settings,
        base: Base::Article,
    }))
}

#[test]
fn a_change_gets_the_quick_run_at_once_and_the_workers_full_run_once_it_settles() {
    let (d, s) = start();
    assert_eq!((s.runner, s.paths()), (Runner::Worker, SETTLED_PATHS));
    let moved = s.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    // The line and its quick run's bands move in the same frame, on the main thread.
    assert_ne!(moved.report.capex.annual, s.report.capex.annual);
    assert_eq!(moved.paths(), DRAG_PATHS);
    // Settling is the worker's: the main thread does not run every path.
    assert_eq!(moved.clone().reduce(Action::Refine).paths(), DRAG_PATHS);
    let full = moved
        .clone()
        .reduce(ran(&d, moved.assumptions, moved.uncertainty, SETTLED_PATHS));
    assert_eq!(full.paths(), SETTLED_PATHS);
    assert_eq!(
        full.sim.as_deref(),
        moved
            .uncertainty
            .simulate(&d, &moved.assumptions, SETTLED_PATHS)
            .as_ref(),
        "the worker's full run is the run the main thread would have made"
    );
}

/// The worker answers a settled change twice, its first paths and then every path: a band
/// the change did not move keeps the refined run's values through the quick run and both
/// answers (so its chart is not redrawn), and the bands it moved take each in turn.
#[test]
fn a_refinement_moves_only_the_bands_of_the_levers_that_moved() {
    let (d, s) = start();
    let refined = s
        .clone()
        .reduce(ran(&d, s.assumptions, s.uncertainty, REFINED_PATHS));
    assert_eq!(refined.paths(), REFINED_PATHS);
    let moved = refined.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    let answer = |paths| ran(&d, moved.assumptions, moved.uncertainty, paths);
    let first = moved.clone().reduce(answer(SETTLED_PATHS));
    let all = first.clone().reduce(answer(REFINED_PATHS));
    let series = |s: &State, id| s.sim.as_ref().unwrap().series(id).to_vec();
    for &id in SeriesId::ALL {
        let moves = id.inputs().contains(&Key::CapexGrowth);
        for (step, state) in [("quick", &moved), ("first", &first), ("all", &all)] {
            let same = series(state, id) == series(&refined, id);
            assert_eq!(same, !moves, "{id:?} after the {step} run");
        }
    }
    assert_eq!((first.paths(), all.paths()), (SETTLED_PATHS, REFINED_PATHS));
    let native = moved
        .uncertainty
        .simulate(&d, &moved.assumptions, REFINED_PATHS);
    assert_eq!(
        all.sim.as_deref(),
        native.as_ref(),
        "every band the refined run's"
    );
    // A lever moved and moved back: its bands are the new quick run's, not the excursion's.
    let was = refined.assumptions.get(Key::CapexGrowth);
    let back = moved.clone().reduce(Action::Set(Key::CapexGrowth, was));
    let quick = back
        .uncertainty
        .simulate(&d, &back.assumptions, DRAG_PATHS)
        .unwrap();
    assert_eq!(
        series(&back, SeriesId::Capex),
        quick.series(SeriesId::Capex)
    );
}

#[test]
fn an_answer_for_a_state_the_page_has_left_is_dropped() {
    let (d, s) = start();
    let first = s.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    let second = first.clone().reduce(Action::Set(Key::CapexGrowth, 55.0));
    let stale = second
        .clone()
        .reduce(ran(&d, first.assumptions, first.uncertainty, SETTLED_PATHS));
    assert_eq!(stale.paths(), DRAG_PATHS);
    // Nor one for settings the reader has changed since.
    let reseeded = second.clone().reduce(Action::Seed(9));
    let old_seed = reseeded.clone().reduce(ran(
        &d,
        second.assumptions,
        second.uncertainty,
        SETTLED_PATHS,
    ));
    assert_eq!(old_seed.paths(), DRAG_PATHS);
    // The answer for where the page is now is taken.
    let now = reseeded.clone().reduce(ran(
        &d,
        reseeded.assumptions,
        reseeded.uncertainty,
        SETTLED_PATHS,
    ));
    assert_eq!(now.paths(), SETTLED_PATHS);
}

#[test]
fn a_browser_that_refuses_the_worker_keeps_its_lines_and_loses_the_ranges() {
    let (d, s) = start();
    let refused = s.clone().reduce(Action::Runner(Runner::Unavailable));
    assert!(refused.sim.is_none());
    let moved = refused.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    assert!(moved.sim.is_none());
    assert_ne!(
        moved.report.capex.annual, refused.report.capex.annual,
        "the central line still moves"
    );
    let answered = moved
        .clone()
        .reduce(ran(&d, moved.assumptions, moved.uncertainty, DRAG_PATHS));
    assert!(
        answered.sim.is_none(),
        "no answer is taken without a worker"
    );
}

#[test]
fn an_answer_for_the_other_base_figures_is_dropped() {
    let (d, s) = start();
    let moved = s.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    let sim = moved
        .uncertainty
        .simulate(&d, &moved.assumptions, SETTLED_PATHS)
        .unwrap();
    let other = Ran {
        sim,
        at: moved.assumptions,
        settings: moved.uncertainty,
        base: Base::Reported,
    };
    assert_eq!(
        moved
            .clone()
            .reduce(Action::Simulated(Box::new(other)))
            .paths(),
        DRAG_PATHS
    );
}

/// What each lever needs, found for `s` (as the worker finds it).
fn solved_for(d: &Dataset, s: &State) -> ai_infra_report::app::state::Solved {
    use ai_infra_report::model::uncertainty::wire::Seek;
    let seek = Seek {
        id: 1,
        base: s.view.base,
        assumptions: s.assumptions,
        goal: s.goal,
        width: s.uncertainty.width,
    };
    ai_infra_report::app::state::Solved::here(d, &seek)
}

#[test]
fn a_goal_seek_for_a_state_the_page_has_left_never_reaches_it() {
    use ai_infra_report::model::sensitivity::Goal;
    use ai_infra_report::model::uncertainty::Answer;
    let (d, s) = start();
    let found = solved_for(&d, &s);
    // The assumptions, the target, the spreads or the base moved on: dropped (the page keeps
    // what it showed, marked as being for an earlier state); one for the new state is taken.
    let moved = [
        s.clone().reduce(Action::Set(Key::CapexGrowth, 50.0)),
        s.clone()
            .reduce(Action::Goal(Goal::preset(Answer::Ratio2030, &d))),
        s.clone().reduce(Action::Spread(Key::CapexGrowth, 0.5)),
        s.clone().reduce(Action::Base(Base::Reported)),
    ];
    for state in moved {
        let after = state
            .clone()
            .reduce(Action::Solved(Box::new(found.clone())));
        assert!(
            Rc::ptr_eq(&after, &state),
            "a stale seek's answer was taken"
        );
        let fresh = solved_for(&d, &state);
        assert_ne!(fresh, found);
        let taken = state
            .clone()
            .reduce(Action::Solved(Box::new(fresh.clone())));
        assert_eq!(
            taken.found.as_deref(),
            Some(&fresh),
            "for the page as it is: taken"
        );
    }
}
