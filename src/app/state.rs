//! The page's one piece of state and the actions that change it (Elm/todomvc style):
//! components dispatch an [`Action`]; [`State::reduce`] is the only place state changes.

use crate::app::query::View;
use crate::dataset::Dataset;
use crate::model::{Assumptions, Key, Preset, Report};
use std::rc::Rc;
use yew::Reducible;

#[derive(Debug, Clone)]
pub struct State {
    pub data: Rc<Dataset>,
    pub assumptions: Assumptions,
    /// The article's values (what every "↺ default" and reset-all go back to). Derived once
    /// from the dataset, which never changes, instead of on every render that needs it.
    pub article: Assumptions,
    /// Recomputed on every change of assumptions; everything on the page reads from it.
    pub report: Rc<Report>,
    pub dark: bool,
    /// What the address keeps besides the assumptions (embed options, a theme it chose).
    pub view: View,
}

/// Equal when the page would show the same thing. The report and the article's values are
/// functions of the dataset and the assumptions, and the dataset never changes after load, so
/// it is compared by address: a derived comparison would walk every record on every render
/// (and link a comparison of every data type into the wasm).
impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data)
            && self.assumptions == other.assumptions
            && self.dark == other.dark
            && self.view == other.view
    }
}

pub enum Action {
    Set(Key, f64),
    /// Back to the article's value for one assumption.
    Reset(Key),
    Preset(Preset),
    ResetAll,
    /// The reader's own choice of colour scheme: it replaces one the address chose.
    SetDark(bool),
}

impl State {
    pub fn new(data: Rc<Dataset>, assumptions: Assumptions, dark: bool, view: View) -> State {
        let report = Rc::new(Report::compute(&data, &assumptions));
        State {
            article: Assumptions::article(&data),
            data,
            assumptions,
            report,
            dark,
            view,
        }
    }

    fn with_assumptions(&self, assumptions: Assumptions) -> State {
        if assumptions == self.assumptions {
            return self.clone();
        }
        State {
            report: Rc::new(Report::compute(&self.data, &assumptions)),
            assumptions,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Set(key, v) => self.with_assumptions(self.assumptions.with(key, v)),
            Action::Reset(key) => {
                self.with_assumptions(self.assumptions.with(key, self.article.get(key)))
            }
            Action::Preset(p) => self.with_assumptions(p.apply(&self.data)),
            Action::ResetAll => self.with_assumptions(self.article),
            Action::SetDark(dark) => State {
                dark,
                view: View {
                    dark: None,
                    ..self.view
                },
                ..(*self).clone()
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
