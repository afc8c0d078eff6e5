//! Undo, redo, Back and Forward restore a scenario as its history entry's address holds it
//! (`Action::Restore`): the assumptions, the uncertainty's settings and the base, whole.

mod common;

use ai_infra_report::app::query;
use ai_infra_report::app::state::{Action, Scenario};
use ai_infra_report::model::reported::Base;
use ai_infra_report::model::{Key, Report};
use yew::Reducible;

/// A scenario as the page writes it into the address, read back as Back would read it.
fn through_address(s: &ai_infra_report::app::state::State) -> Scenario {
    let q = query::to_query(&s.assumptions, &s.article, &s.uncertainty, &s.view);
    let q = query::parse_for(&q, &s.source);
    Scenario {
        assumptions: q.assumptions,
        uncertainty: q.uncertainty,
        base: q.base,
        pinned: q.pinned,
    }
}

#[test]
fn each_settled_scenario_comes_back_from_its_address() {
    let (_, start) = common::page_state();
    let first = start.scenario();
    let one = start.clone().reduce(Action::Set(Key::CapexGrowth, 50.0));
    let two = one.clone().reduce(Action::Uncertainty(false));
    let three = two.clone().reduce(Action::Base(Base::Reported));
    assert_ne!(three.assumptions, start.assumptions);
    // Back three times, then Forward: each entry's address gives its state back.
    let mut at = three.clone();
    for want in [&two, &one, &start] {
        at = at.reduce(Action::Restore(Box::new(through_address(want))));
        assert_eq!(at.scenario(), want.scenario());
        assert_eq!(*at.report, Report::compute(&want.data, &want.assumptions));
    }
    assert_eq!(at.scenario(), first);
    let forward = at.reduce(Action::Restore(Box::new(through_address(&three))));
    assert_eq!(forward.scenario(), three.scenario());
    assert_eq!(forward.view.base, Base::Reported);
    assert!(
        forward.sim.is_none(),
        "the uncertainty stays off, as the entry had it"
    );
}
