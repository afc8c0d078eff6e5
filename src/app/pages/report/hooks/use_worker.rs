//! `use_worker`: the uncertainty's runs in the page's worker, once the page answers its reader.

use crate::app::browser::{self, worker::Answered, worker::Worker};
use crate::app::state::{Action, Ran, Runner, Solved, State};
use crate::model::uncertainty::wire::{Latest, Request, Seek};
use crate::model::uncertainty::{REFINED_PATHS, SETTLED_PATHS};
use std::rc::Rc;
use yew::prelude::*;

/// The performance mark of each answer the page takes.
pub const ANSWER_MARK: &str = "uncertainty-answer";

/// Once `interactive`, starts two workers of the same script (never before the first slider can
/// answer): one for the runs, one for the goal seeks, so that a seek never holds up the bands.
/// From then on every change of the assumptions, the uncertainty's settings or the base asks
/// the first for the full run once the change settles: its first [`SETTLED_PATHS`] at once,
/// then [`REFINED_PATHS`] (a moving slider's quick run stays on the main thread, so its bands
/// move in the line's frame). An answer to a request a newer one replaced is dropped here; one
/// for a state the page has left, by the reducer. A browser that refuses the workers gets the
/// ranges said to be unavailable.
#[hook]
pub fn use_worker(s: &State, dispatch: &Callback<Action>, interactive: bool) {
    let worker = use_mut_ref(|| None::<Worker>);
    let seeker = use_mut_ref(|| None::<Worker>);
    let latest = use_mut_ref(Latest::default);
    let pending = use_mut_ref(Vec::<Request>::new);
    let seeks = use_mut_ref(|| (Latest::default(), Vec::<Seek>::new()));
    {
        let (worker, latest, pending) = (worker.clone(), latest.clone(), pending.clone());
        let (seeks, seeker) = (seeks.clone(), seeker.clone());
        let dispatch = dispatch.clone();
        use_effect_with(interactive, move |&interactive| {
            if !interactive || worker.borrow().is_some() {
                return;
            }
            let failed = dispatch.reform(|()| Action::Runner(Runner::Unavailable));
            let emit = dispatch.clone();
            let answered = Rc::new(move |answer: Answered| {
                let (id, sim) = match answer {
                    Answered::Run(id, sim) => (id, sim),
                    Answered::Seek(id, sought) => {
                        let (latest, asked) = &mut *seeks.borrow_mut();
                        if let Some(s) = asked.iter().find(|s| s.id == id && latest.is(id)) {
                            emit.emit(Action::Solved(Box::new(Solved::of(s, sought))));
                        }
                        asked.retain(|s| s.id > id);
                        return;
                    }
                };
                let mut asked = pending.borrow_mut();
                if latest.borrow().is(id) {
                    if let Some(r) = asked.iter().find(|r| r.id == id) {
                        // For the benchmark and the tests: when the bands could be drawn.
                        browser::mark(ANSWER_MARK);
                        emit.emit(Action::Simulated(Box::new(Ran {
                            sim,
                            at: r.assumptions,
                            settings: r.settings,
                            base: r.base,
                        })));
                    }
                }
                // Kept for the same run's answer with every path.
                asked.retain(|r| r.id >= id);
            });
            let start = |ready: Callback<()>| {
                let (answered, failed) = (answered.clone(), failed.clone());
                Worker::start(
                    move || ready.emit(()),
                    move |a| answered(a),
                    move || failed.emit(()),
                )
            };
            let started = start(dispatch.reform(|()| Action::Runner(Runner::Worker)));
            // The runner becomes the worker once the runs' worker says it listens; until then
            // the main thread keeps running every path. The seeks' worker takes what is posted
            // to it once it listens.
            let seeking = start(Callback::noop());
            if started.is_none() || seeking.is_none() {
                dispatch.emit(Action::Runner(Runner::Unavailable));
            }
            *worker.borrow_mut() = started;
            *seeker.borrow_mut() = seeking;
        });
    }
    // The state the worker last ran for, by what it depends on: asked again only for a new
    // state, or for one whose bands have fewer than every path (the page's first, run on the
    // main thread before the worker came up).
    let last = use_mut_ref(|| None);
    let key = (s.assumptions, s.uncertainty, s.view.base);
    let full = s.paths() >= REFINED_PATHS;
    use_effect_with((key, s.runner, full), move |&(key, runner, full)| {
        let same = last.borrow_mut().replace(key) == Some(key) && full;
        let (assumptions, settings, base) = key;
        let ask = move |paths: usize| {
            if let Some(w) = worker.borrow().as_ref() {
                let id = latest.borrow_mut().ask();
                let request = Request {
                    id,
                    base,
                    assumptions,
                    settings,
                    paths,
                };
                pending.borrow_mut().push(request);
                w.ask(&request);
            }
        };
        let settle = (runner == Runner::Worker && settings.on && !same).then(|| {
            gloo_timers::callback::Timeout::new(browser::SETTLE_MS, move || ask(REFINED_PATHS))
        });
        move || drop(settle)
    });
    // After the bands' request, so that at a settle the worker runs the bands first.
    use_seek(s, dispatch, seeker, seeks);
}

/// "What must be true": once the assumptions, the base or the goal settle (with the bands on,
/// once the bands' first answer is taken), the seeks' worker finds what each lever would need
/// to be. Until the worker is up (and in a browser that refused it) the main thread does, the
/// page's first answer in a task of its own before the app takes the prerendered report's
/// place, so that the section does not move then. An answer to a seek a newer one replaced is
/// dropped by `use_worker`; one for a state the page has left, by the reducer.
#[hook]
fn use_seek(
    s: &State,
    dispatch: &Callback<Action>,
    worker: Rc<std::cell::RefCell<Option<Worker>>>,
    seeks: Rc<std::cell::RefCell<(Latest, Vec<Seek>)>>,
) {
    let key = (s.assumptions, s.view.base, s.goal, s.uncertainty.width);
    let found = s.found.as_ref().is_some_and(|f| f.is_for(s));
    let (dispatch, data) = (dispatch.clone(), s.data.clone());
    let first = use_mut_ref(|| true);
    // An embed shows no such section: nothing to find.
    let done = found || s.view.embed.is_some() || s.view.scorecard;
    // With the workers up, a seek waits for the bands' first answer (which marks the settle):
    // its answer's render would otherwise hold up theirs.
    let bands_first = s.runner == Runner::Worker && s.uncertainty.on;
    let behind = bands_first && s.paths() < SETTLED_PATHS;
    use_effect_with(
        (key, s.runner, done, behind),
        move |&(key, runner, done, behind)| {
            let (assumptions, base, goal, width) = key;
            let at = move |id| Seek {
                id,
                base,
                assumptions,
                goal,
                width,
            };
            let seek = move || match runner {
                Runner::Worker => {
                    if let Some(w) = worker.borrow().as_ref() {
                        let (latest, asked) = &mut *seeks.borrow_mut();
                        let seek = at(latest.ask());
                        asked.push(seek);
                        w.seek(&seek);
                    }
                }
                Runner::Unavailable | Runner::MainThread => {
                    let here = Solved::here(&data, &at(0));
                    dispatch.emit(Action::Solved(Box::new(here)));
                }
            };
            let wait = if std::mem::take(&mut *first.borrow_mut()) || bands_first {
                0
            } else {
                browser::SETTLE_MS
            };
            let settle =
                (!done && !behind).then(|| gloo_timers::callback::Timeout::new(wait, seek));
            move || drop(settle)
        },
    );
}
