//! `use_report_state`: the report's one [`State`], built from the address, and the way to change it.

use crate::app::browser;
use crate::app::pages::report::sections::DataRef;
use crate::app::query::Query;
use crate::app::state::{Action, State};
use std::rc::Rc;
use yew::prelude::*;

/// Whether the reader's system asks for a dark colour scheme.
fn prefers_dark() -> bool {
    browser::prefers("(prefers-color-scheme: dark)")
}

/// The state the report shows (held by a reducer, started from what the address asked for when
/// the page opened) and the callback that dispatches an [`Action`] to it.
#[hook]
pub fn use_report_state(data: &DataRef, query: &Query) -> (Rc<State>, Callback<Action>) {
    let state = {
        let (data, start, view) = (data.0.clone(), query.assumptions, query.view());
        let uncertainty = query.uncertainty;
        // The address's theme, else the reader's remembered choice, else the system's.
        let dark = view
            .dark
            .or_else(browser::stored_theme)
            .unwrap_or_else(prefers_dark);
        use_reducer(move || State::new(data, start, uncertainty, dark, view))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(a))
    };
    (Rc::new((*state).clone()), dispatch)
}
