//! The page's one piece of state and the actions that change it (Elm/todomvc style):
//! components dispatch an [`Action`]; [`State::reduce`] is the only place state changes.

use crate::app::query::View;
use crate::dataset::Dataset;
use crate::model::reported::Base;
use crate::model::sensitivity::Goal;
use crate::model::uncertainty::wire::Seek;
use crate::model::uncertainty::Answer;
use crate::model::uncertainty::{
    snap_width, Settings, Simulation, DRAG_PATHS, MAX_SEED, SETTLED_PATHS,
};
use crate::model::{Assumptions, Key, Preset, Report};
use std::rc::Rc;
use yew::Reducible;

mod runner;
pub use runner::{Ran, Runner, Solved};
mod scenario;
pub use scenario::Scenario;
mod bands;
pub use bands::Best;

#[derive(Debug, Clone)]
pub struct State {
    /// The dataset as loaded (the article's figures, and what was reported).
    pub source: Rc<Dataset>,
    /// What the model runs on: `source`, or its reported base ([`View::base`]).
    pub data: Rc<Dataset>,
    pub assumptions: Assumptions,
    /// The article's values (what every "↺ default" and reset-all go back to). Derived once
    /// from the dataset, which never changes, instead of on every render that needs it.
    pub article: Assumptions,
    /// On the reported base, the article's own values (a slider whose default the base moved
    /// says so); `None` on the article's. Derived once, like `article`.
    pub article_defaults: Option<Assumptions>,
    /// Recomputed on every change of assumptions; everything on the page reads from it.
    pub report: Rc<Report>,
    /// The model at the pinned scenario's assumptions (`view.pinned`), which the charts draw
    /// beside the reader's and the comparison sets against theirs.
    pub pinned: Option<Rc<Report>>,
    /// Whether the uncertainty is shown, its seed and each lever's spread.
    pub uncertainty: Settings,
    /// The bands and ranges around the assumptions: a quick run while they change, the full
    /// one once they settle; `None` when the uncertainty is off (or cannot be run).
    pub sim: Option<Rc<Simulation>>,
    /// The run behind `sim` with the most paths: a run with fewer keeps every band of `sim`
    /// that it would not move (see [`State::merged`]).
    pub best: Option<Best>,
    /// Where the runs are made.
    pub runner: Runner,
    /// The target "What must be true" holds the answers to, and what each lever would need to
    /// be for it (`None` until found; it may be for an earlier state, which the page says).
    pub goal: Goal,
    pub found: Option<Rc<Solved>>,
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
            && self.uncertainty == other.uncertainty
            && self.sim.as_ref().map(|s| s.paths) == other.sim.as_ref().map(|s| s.paths)
            && self.runner == other.runner
            && self.goal == other.goal
            && self.found == other.found
            && self.dark == other.dark
            && self.view == other.view
    }
}

pub enum Action {
    Set(Key, f64),
    /// Back to the article's value for one assumption.
    Reset(Key),
    Preset(Preset),
    /// The article's values and the uncertainty's default settings.
    ResetAll,
    /// The reader's own choice of colour scheme: it replaces one the address chose.
    SetDark(bool),
    /// The uncertainty bands and ranges shown or not.
    Uncertainty(bool),
    /// One lever's spread, as a multiple of the presets' range.
    Spread(Key, f64),
    Seed(u64),
    /// The assumptions have settled: the bands from every path, not the quick run's.
    Refine,
    /// The worker's run: taken if the page is still at its assumptions and settings.
    Simulated(Box<Ran>),
    /// The worker started (or could not).
    Runner(Runner),
    /// The figures the model starts from: each assumption the reader left at its default
    /// moves to the new base's default; one the reader set stays.
    Base(Base),
    /// Back to a scenario the reader had (Back, Forward, undo, redo): as the address held it.
    Restore(Box<Scenario>),
    /// Pins the reader's scenario to compare the next ones with (`None`: unpins).
    Pin(Option<Assumptions>),
    /// The target "What must be true" solves for.
    Goal(Goal),
    /// What each lever would need to be: taken if it is for the page's goal, assumptions and
    /// base.
    Solved(Box<Solved>),
}

/// Paths of the state a page starts with: the build prerenders the full run; the app starts
/// from the quick one and refines right after (see `use_refine` in app/pages/report/hooks).
const START_PATHS: usize = if crate::app::render_mode::PRERENDER {
    SETTLED_PATHS
} else {
    DRAG_PATHS
};

/// `source` on `base`: the same dataset (shared) on the article's, the reported base built.
pub(super) fn on_base(source: &Rc<Dataset>, base: Base) -> Rc<Dataset> {
    match base {
        Base::Article => source.clone(),
        base => Rc::new(base.dataset(source)),
    }
}

impl State {
    /// The state of a page that loaded `source` and opens with `view` (its base among it).
    pub fn new(
        source: Rc<Dataset>,
        assumptions: Assumptions,
        uncertainty: Settings,
        dark: bool,
        view: View,
    ) -> State {
        let data = on_base(&source, view.base);
        State::on(
            source,
            data,
            assumptions,
            uncertainty,
            dark,
            view,
            Runner::MainThread,
        )
    }

    /// The state with `data`, which is `source` on `view`'s base.
    pub(super) fn on(
        source: Rc<Dataset>,
        data: Rc<Dataset>,
        assumptions: Assumptions,
        uncertainty: Settings,
        dark: bool,
        view: View,
        runner: Runner,
    ) -> State {
        let report = Rc::new(Report::compute(&data, &assumptions));
        let goal = Goal::preset(Answer::ALL[0], &data);
        let sim = (runner != Runner::Unavailable)
            .then(|| uncertainty.simulate(&data, &assumptions, START_PATHS))
            .flatten()
            .map(Rc::new);
        State {
            pinned: view.pinned.map(|p| Rc::new(Report::compute(&data, &p))),
            // The prerender finds it at once; the app asks its worker.
            found: crate::app::render_mode::PRERENDER.then(|| {
                let seek = Seek {
                    id: 0,
                    base: view.base,
                    assumptions,
                    goal,
                    width: uncertainty.width,
                };
                Rc::new(Solved::here(&data, &seek))
            }),
            goal,
            article: Assumptions::article(&data),
            article_defaults: (view.base == Base::Reported).then(|| Assumptions::article(&source)),
            // The page starts from the quick run, so its first task stays short (TBT), and
            // refines at once (`Action::Refine`); the prerender draws every path.
            sim: sim.clone(),
            best: sim.map(|s| Best {
                at: assumptions,
                settings: uncertainty,
                paths: s.paths,
            }),
            runner,
            source,
            data,
            assumptions,
            report,
            uncertainty,
            dark,
            view,
        }
    }

    /// The state at `assumptions` and `uncertainty`, with the quick run's bands (or the full
    /// run's, with `paths`).
    pub(super) fn with(
        &self,
        assumptions: Assumptions,
        uncertainty: Settings,
        paths: usize,
    ) -> State {
        if assumptions == self.assumptions
            && uncertainty == self.uncertainty
            && self.paths() >= paths
        {
            return self.clone();
        }
        // A moving slider's quick run stays on the main thread (its bands move with the line,
        // in the same frame); the full run is the worker's once it is up.
        let (sim, best) = match self.runner {
            Runner::Unavailable => (None, None),
            _ => uncertainty
                .simulate(&self.data, &assumptions, paths)
                .map_or((None, None), |run| {
                    let (sim, best) = self.merged(run, &assumptions, &uncertainty);
                    (Some(sim), best)
                }),
        };
        State {
            report: if assumptions == self.assumptions {
                self.report.clone()
            } else {
                Rc::new(Report::compute(&self.data, &assumptions))
            },
            sim,
            best,
            assumptions,
            uncertainty,
            ..self.clone()
        }
    }

    fn with_assumptions(&self, assumptions: Assumptions) -> State {
        self.with(assumptions, self.uncertainty, DRAG_PATHS)
    }

    fn with_uncertainty(&self, uncertainty: Settings) -> State {
        self.with(self.assumptions, uncertainty, DRAG_PATHS)
    }

    /// How many paths the bands shown come from (0 when they are off).
    pub fn paths(&self) -> usize {
        self.sim.as_ref().map_or(0, |s| s.paths)
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
            // Everything back as the page opens: the article's values, the uncertainty's defaults.
            Action::ResetAll => self.with(self.article, Settings::default(), DRAG_PATHS),
            Action::Uncertainty(on) => self.with_uncertainty(Settings {
                on,
                ..self.uncertainty
            }),
            Action::Spread(key, w) => {
                let mut width = self.uncertainty.width;
                width[key as usize] = snap_width(w);
                self.with_uncertainty(Settings {
                    width,
                    ..self.uncertainty
                })
            }
            Action::Seed(seed) => self.with_uncertainty(Settings {
                seed: seed.min(MAX_SEED),
                ..self.uncertainty
            }),
            Action::Refine if self.runner != Runner::MainThread => (*self).clone(),
            Action::Refine => self.with(self.assumptions, self.uncertainty, SETTLED_PATHS),
            // An answer for assumptions or settings the page has left since is dropped.
            Action::Simulated(ran)
                if self.runner == Runner::Worker
                    && ran.at == self.assumptions
                    && ran.settings == self.uncertainty
                    && ran.base == self.view.base =>
            {
                let Ran {
                    sim, at, settings, ..
                } = *ran;
                let (sim, best) = self.merged(sim, &at, &settings);
                State {
                    sim: Some(sim),
                    best,
                    ..(*self).clone()
                }
            }
            Action::Simulated(_) => (*self).clone(),
            Action::Runner(runner) => State {
                runner,
                sim: self.sim.clone().filter(|_| runner != Runner::Unavailable),
                ..(*self).clone()
            },
            Action::Base(base) if base == self.view.base => (*self).clone(),
            Action::Base(base) => {
                let data = on_base(&self.source, base);
                let defaults = Assumptions::article(&data);
                // The reader's values and the pinned scenario's alike.
                let moved = |mut a: Assumptions| {
                    for &k in Key::ALL {
                        if a.get(k) == self.article.get(k) {
                            a = a.with(k, defaults.get(k));
                        }
                    }
                    a
                };
                let a = moved(self.assumptions);
                let pinned = self.view.pinned.map(moved);
                let view = View {
                    base,
                    pinned,
                    ..self.view
                };
                let on = State::on(
                    self.source.clone(),
                    data,
                    a,
                    self.uncertainty,
                    self.dark,
                    view,
                    self.runner,
                );
                State {
                    goal: self.goal,
                    ..on
                }
            }
            Action::Restore(to) => self.restore(&to),
            Action::Pin(pinned) => self.pin(pinned),
            Action::Goal(goal) => State {
                goal,
                ..(*self).clone()
            },
            Action::Solved(found) if found.is_for(&self) => State {
                found: Some(Rc::new(*found)),
                ..(*self).clone()
            },
            Action::Solved(_) => (*self).clone(),
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
