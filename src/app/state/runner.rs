//! Where the uncertainty's runs and the goal seeks are made, and what they bring back.

use crate::model::assumptions::KEYS;
use crate::model::reported::Base;
use crate::model::sensitivity::Bar;
use crate::model::sensitivity::Goal;
use crate::model::uncertainty::wire::{Needed, Seek, Sought};
use crate::model::uncertainty::{Settings, Simulation};
use crate::model::Assumptions;

/// Where the uncertainty's full runs are made: on the main thread (the prerender, and the page
/// until its worker is up), in the page's worker (`crates/worker`), or nowhere (a browser that
/// refused the worker: the central lines stay, the ranges are said to be unavailable). A
/// moving slider's quick run is the main thread's while there is a worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Runner {
    #[default]
    MainThread,
    Worker,
    Unavailable,
}

impl Runner {
    /// As the uncertainty panel names it for the tests (`data-runner`).
    pub fn name(self) -> &'static str {
        match self {
            Runner::MainThread => "main-thread",
            Runner::Worker => "worker",
            Runner::Unavailable => "unavailable",
        }
    }
}

/// A run the worker made, with what it was made for.
pub struct Ran {
    pub sim: Simulation,
    pub at: Assumptions,
    pub settings: Settings,
    pub base: Base,
}

/// What each lever would need to be for `goal` to hold, and how far each moves its answer
/// across its spread (`width`, the uncertainty's), found at `at` on `base`: the worker's answer
/// to a seek, or the main thread's where there is no worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Solved {
    pub goal: Goal,
    pub at: Assumptions,
    pub base: Base,
    pub width: [f64; KEYS],
    pub needed: Needed,
    pub bars: Vec<Bar>,
    /// The answer at `at`, which the bars are set against.
    pub central: f64,
}

impl Solved {
    /// The answer to `seek` with what it was asked for.
    pub fn of(seek: &Seek, sought: Sought) -> Solved {
        Solved {
            goal: seek.goal,
            at: seek.assumptions,
            base: seek.base,
            width: seek.width,
            needed: sought.needed,
            bars: sought.bars,
            central: sought.central,
        }
    }

    /// Found here, on the main thread (the prerender, and a browser without the worker).
    pub fn here(data: &crate::dataset::Dataset, seek: &Seek) -> Solved {
        Solved::of(seek, seek.answer(data))
    }

    /// Whether it answers what the page shows now.
    pub fn is_for(&self, s: &super::State) -> bool {
        self.goal == s.goal
            && self.at == s.assumptions
            && self.base == s.view.base
            && self.width == s.uncertainty.width
    }
}
