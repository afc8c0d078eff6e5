//! What one history entry holds (a [`Scenario`]), and the state changes that move between
//! scenarios: Back, Forward, undo and redo restore one; a pin sets the one to compare with.

use super::{on_base, State};
use crate::app::query::View;
use crate::model::reported::Base;
use crate::model::uncertainty::{Settings, DRAG_PATHS};
use crate::model::{Assumptions, Report};
use std::rc::Rc;

/// What one history entry holds: the assumptions, the uncertainty's settings, the base and the
/// pinned scenario.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scenario {
    pub assumptions: Assumptions,
    pub uncertainty: Settings,
    pub base: Base,
    pub pinned: Option<Assumptions>,
}

impl State {
    /// What the address keeps of this state, as one history entry.
    pub fn scenario(&self) -> Scenario {
        Scenario {
            assumptions: self.assumptions,
            uncertainty: self.uncertainty,
            base: self.view.base,
            pinned: self.view.pinned,
        }
    }

    /// The state with `pinned` as the pinned scenario (its report reused when it is the
    /// reader's).
    pub(super) fn pin(&self, pinned: Option<Assumptions>) -> State {
        let report = |p: Assumptions| match p == self.assumptions {
            true => self.report.clone(),
            false => Rc::new(Report::compute(&self.data, &p)),
        };
        State {
            pinned: pinned.map(report),
            view: View {
                pinned,
                ..self.view
            },
            ..self.clone()
        }
    }

    /// The state at scenario `to`, whole (on its base, with its pin).
    pub(super) fn restore(&self, to: &Scenario) -> State {
        let view = View {
            base: to.base,
            pinned: to.pinned,
            ..self.view
        };
        if to.base != self.view.base {
            let data = on_base(&self.source, to.base);
            let (a, u, dark, runner) = (to.assumptions, to.uncertainty, self.dark, self.runner);
            return State {
                goal: self.goal,
                ..State::on(self.source.clone(), data, a, u, dark, view, runner)
            };
        }
        let pinned = match to.pinned == self.view.pinned {
            true => self.clone(),
            false => self.pin(to.pinned),
        };
        pinned.with(to.assumptions, to.uncertainty, DRAG_PATHS)
    }
}
