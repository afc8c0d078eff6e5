//! Where the uncertainty's runs and the goal seeks are made, and what they bring back.

use crate::model::reported::Base;
use crate::model::sensitivity::Goal;
use crate::model::uncertainty::wire::Needed;
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

/// What each lever would need to be for `goal` to hold, found at `at` on `base`: the worker's
/// answer to a seek, or the main thread's where there is no worker.
#[derive(Debug, Clone, PartialEq)]
pub struct Solved {
    pub goal: Goal,
    pub at: Assumptions,
    pub base: Base,
    pub needed: Needed,
}

impl Solved {
    /// Found here, on the main thread (the prerender, and a browser without the worker).
    pub fn here(data: &crate::dataset::Dataset, at: Assumptions, base: Base, goal: Goal) -> Solved {
        Solved {
            goal,
            at,
            base,
            needed: crate::model::sensitivity::needed(data, &at, goal),
        }
    }
}
