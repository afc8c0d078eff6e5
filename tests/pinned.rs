//! Pin and compare: the pinned scenario in the address (`pin=`), in the state, and on the
//! charts (a quiet line per series it moves, named in the table and the description).

mod common;

use ai_infra_report::app::query::{self, pin};
use ai_infra_report::app::state::Action;
use ai_infra_report::charts::{describe, Chart, ChartId};
use ai_infra_report::model::{Key, Report};
use yew::Reducible;

#[test]
fn the_pin_goes_through_the_address_and_back() {
    let (d, start) = common::page_state();
    let a = start.article;
    let pinned = a
        .with(Key::CapexGrowth, 50.0)
        .with(Key::PlateauYear, 2031.0);
    assert_eq!(pin::write(&a, &a), "article");
    let written = pin::write(&pinned, &a);
    let mut notices = Vec::new();
    assert_eq!(pin::read(&written, &a, &mut notices), pinned);
    assert!(notices.is_empty(), "{notices:?}");
    // A whole state's address with a pin, read back.
    let s = start.clone().reduce(Action::Pin(Some(pinned)));
    let q = query::to_query(&s.assumptions, &s.article, &s.uncertainty, &s.view);
    assert!(q.contains(&format!("pin={written}")), "{q}");
    assert_eq!(query::parse_for(&q, &d).pinned, Some(pinned));
    assert_eq!(query::parse_for("pin=article", &d).pinned, Some(a));
    // What cannot be used is said, and the rest kept.
    let q = query::parse_for("pin=zz:1,g:9999", &d);
    let spec = Key::CapexGrowth.spec();
    assert_eq!(q.pinned.map(|p| p.get(Key::CapexGrowth)), Some(spec.max));
    assert_eq!(q.notices.len(), 2, "{:?}", q.notices);
}

#[test]
fn pinning_keeps_the_scenario_and_its_report_and_undo_restores_it() {
    let (d, start) = common::page_state();
    let pinned = start.clone().reduce(Action::Pin(Some(start.assumptions)));
    let moved = pinned.clone().reduce(Action::Set(Key::CapexGrowth, 55.0));
    assert_eq!(moved.view.pinned, Some(start.assumptions));
    assert_eq!(
        **moved.pinned.as_ref().unwrap(),
        Report::compute(&d, &start.assumptions)
    );
    let unpinned = moved.clone().reduce(Action::Pin(None));
    assert!(unpinned.pinned.is_none() && unpinned.view.pinned.is_none());
    let back = unpinned.reduce(Action::Restore(Box::new(moved.scenario())));
    assert_eq!(back.scenario(), moved.scenario());
    assert!(back.pinned.is_some());
}

#[test]
fn a_chart_draws_the_pinned_lines_it_moves_and_names_them() {
    let (d, start) = common::page_state();
    let a = start.assumptions.with(Key::CapexGrowth, 55.0);
    let (r, pinned) = (
        Report::compute(&d, &a),
        Report::compute(&d, &start.assumptions),
    );
    for &id in ChartId::ALL {
        let chart = id.with_pinned(id.build(&d, &r), &d, &pinned);
        let moved = id.inputs().contains(&Key::CapexGrowth);
        let Chart::Line(c) = &chart else {
            assert_eq!(
                chart,
                id.build(&d, &r),
                "{id:?}: a bar chart stays as it is"
            );
            continue;
        };
        assert_eq!(
            !c.pinned.is_empty(),
            moved,
            "{id:?}: pinned lines where the pin moves it"
        );
        let table = describe::table(&chart);
        let csv = describe::csv(&chart, "", &[], false);
        let csv_head = csv.lines().next().unwrap_or_default();
        for s in &c.pinned {
            assert!(s.name.ends_with(", pinned"), "{}", s.name);
            assert!(csv_head.contains(&s.name), "{id:?}: {} in the CSV", s.name);
            assert!(
                table.header.contains(&s.name),
                "{id:?}: {} in the table",
                s.name
            );
            assert!(
                describe::summary(&chart).contains(&s.name),
                "{id:?}: described"
            );
        }
        // The same scenario pinned: nothing to draw.
        let same = id.with_pinned(id.build(&d, &r), &d, &r);
        assert_eq!(same, id.build(&d, &r), "{id:?}");
    }
}
