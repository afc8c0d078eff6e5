//! The bands shown and the run behind them: how a run with fewer paths (a quick run while a
//! slider moves, the worker's first answer before its refined one) merges with the bands
//! already on the page, so that a band nothing moved never changes.

use super::State;
use crate::model::uncertainty::{Settings, Simulation};
use crate::model::{Assumptions, Key};
use std::rc::Rc;

/// What a run was made at, and with how many paths.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Best {
    pub at: Assumptions,
    pub settings: Settings,
    pub paths: usize,
}

impl Best {
    /// Whether lever `k` or its spread is elsewhere at `a` with `settings` than in this run.
    fn moved(&self, k: Key, a: &Assumptions, settings: &Settings) -> bool {
        let i = k as usize;
        a.get(k) != self.at.get(k) || settings.width[i] != self.settings.width[i]
    }
}

impl State {
    /// `run` (made at `a` with `uncertainty`) as the bands to show, and the best run behind
    /// them. A run with fewer paths than the best (a quick run while a slider moves, or the
    /// worker's first answer before its refined one) keeps from the bands shown each band and
    /// range that depends on none of the levers that moved since the best run or since the
    /// bands shown: those are already right, from more paths, and their charts are not
    /// redrawn. A run with as many paths or more replaces them all, and becomes the best.
    pub(super) fn merged(
        &self,
        run: Simulation,
        a: &Assumptions,
        uncertainty: &Settings,
    ) -> (Rc<Simulation>, Option<Best>) {
        let kept =
            self.sim.as_deref().zip(self.best).filter(|(_, best)| {
                best.settings.seed == uncertainty.seed && run.paths < best.paths
            });
        let Some((old, best)) = kept else {
            let best = Best {
                at: *a,
                settings: *uncertainty,
                paths: run.paths,
            };
            return (Rc::new(run), Some(best));
        };
        let shown = Best {
            at: self.assumptions,
            settings: self.uncertainty,
            paths: old.paths,
        };
        let changed: Vec<Key> = Key::ALL
            .iter()
            .copied()
            .filter(|&k| best.moved(k, a, uncertainty) || shown.moved(k, a, uncertainty))
            .collect();
        (Rc::new(run.keep_unchanged(old, &changed)), Some(best))
    }
}
