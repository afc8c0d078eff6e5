//! The scenarios (presets), reset and the page state's actions: each preset tells the story its
//! name promises, sets every lever within range, and reset restores the article's exact values.
// The wasm does without these (clippy.toml); labels are compared in any case (a native test).
#![allow(clippy::disallowed_methods)]

use ai_infra_report::app::query::View;
use ai_infra_report::app::state::{Action, State};
use ai_infra_report::charts::ChartId;
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::assumptions::snap;
use ai_infra_report::model::uncertainty::Settings;
use ai_infra_report::model::{Assumptions, Key, Preset, Report};
use std::rc::Rc;
use yew::Reducible;

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
    assert!(bull.capex.estimate_high_year.is_some());
    assert!(bull.capex.cumulative_at(2030) > article.capex.cumulative_at(2030));
    assert!(bull.capex.cumulative_at(2035) > article.capex.cumulative_at(2035));
    assert_eq!(article.capex.estimate_low_year, Some(2030));
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
    assert_eq!(bear.capex.estimate_low_year, None);
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
