//! `use_worker`: the uncertainty's runs in the page's worker, once the page answers its reader.

use crate::app::browser::{self, worker::Worker};
use crate::app::state::{Action, Ran, Runner, State};
use crate::model::uncertainty::wire::{Latest, Request};
use crate::model::uncertainty::SETTLED_PATHS;
use yew::prelude::*;

/// The performance mark of each answer the page takes.
pub const ANSWER_MARK: &str = "uncertainty-answer";

/// Once `interactive`, starts the worker (never before the first slider can answer). From then
/// on every change of the assumptions, the uncertainty's settings or the base asks it for the
/// full run once the change settles (a moving slider's quick run stays on the main thread, so
/// its bands move in the line's frame). An answer to a request a
/// newer one replaced is dropped here; one for a state the page has left, by the reducer. A
/// browser that refuses the worker gets the ranges said to be unavailable.
#[hook]
pub fn use_worker(s: &State, dispatch: &Callback<Action>, interactive: bool) {
    let worker = use_mut_ref(|| None::<Worker>);
    let latest = use_mut_ref(Latest::default);
    let pending = use_mut_ref(Vec::<Request>::new);
    {
        let (worker, latest, pending) = (worker.clone(), latest.clone(), pending.clone());
        let dispatch = dispatch.clone();
        use_effect_with(interactive, move |&interactive| {
            if !interactive || worker.borrow().is_some() {
                return;
            }
            let failed = dispatch.reform(|()| Action::Runner(Runner::Unavailable));
            let emit = dispatch.clone();
            let answered = move |id: u32, sim| {
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
                asked.retain(|r| r.id > id);
            };
            let listening = dispatch.reform(|()| Action::Runner(Runner::Worker));
            let started = Worker::start(
                move || listening.emit(()),
                answered,
                move || failed.emit(()),
            );
            // The runner becomes the worker once it says it listens; until then the main
            // thread keeps running every path.
            if started.is_none() {
                dispatch.emit(Action::Runner(Runner::Unavailable));
            }
            *worker.borrow_mut() = started;
        });
    }
    // The state the worker last ran for, by what it depends on: asked again only for a new
    // state, or for one whose bands are still a quick run's (an embed's first, when the worker
    // comes up after it).
    let last = use_mut_ref(|| None);
    let key = (s.assumptions, s.uncertainty, s.view.base);
    let full = s.paths() >= SETTLED_PATHS;
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
            gloo_timers::callback::Timeout::new(browser::SETTLE_MS, move || ask(SETTLED_PATHS))
        });
        move || drop(settle)
    });
}
