//! Helpers shared by several integration-test files (each includes them with `mod common;`).
//! Each test file is its own crate and uses only some of them: the rest would warn as dead code.
#![allow(dead_code)]

use ai_infra_report::app::query::View;
use ai_infra_report::app::state::State;
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::uncertainty::Settings;
use ai_infra_report::model::{Assumptions, Report};
use std::rc::Rc;
use std::sync::OnceLock;

/// The embedded dataset, loaded once for all the tests in a file.
pub fn data() -> &'static Dataset {
    static D: OnceLock<Dataset> = OnceLock::new();
    D.get_or_init(Dataset::embedded)
}

/// The model's report on `d` under `a`.
pub fn report(a: &Assumptions, d: &Dataset) -> Report {
    Report::compute(d, a)
}

/// The dataset and a page's state at the article's assumptions, with the bands as they start.
pub fn page_state() -> (Rc<Dataset>, Rc<State>) {
    let d = Rc::new(Dataset::embedded());
    let a = Assumptions::article(&d);
    let state = State::new(d.clone(), a, Settings::default(), false, View::default());
    (d, Rc::new(state))
}
