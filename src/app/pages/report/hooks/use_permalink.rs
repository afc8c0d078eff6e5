//! `use_permalink`: once a change settles, the address becomes its permalink, the live region
//! says what the change did, and (in the report) the browser's history gains an entry, so that
//! Back, Forward, undo and redo step through the reader's settled changes.

use crate::app::browser::{self, address::Entry};
use crate::app::components::presets::Undo;
use crate::app::pages::report::sections::cite::ADDRESS_CLASS;
use crate::app::query;
use crate::app::state::{Action, Scenario, State};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Once a change settles: the address becomes its permalink (only values that differ from
/// the article's), the citation names it, and the live region says what the change did (the
/// headlines of the charts it moved since it last spoke: one sentence per drag, not one per
/// step; in an embed, of its one chart). The report pushes one history entry per settled change
/// (the first write, which only tidies the address the page opened with, and a change that
/// Back or Forward made, rewrite the entry instead); an embed always rewrites its own.
#[hook]
pub fn use_permalink(s: &Rc<State>, dispatch: &Callback<Action>) -> Undo {
    let announced = use_mut_ref(|| s.assumptions);
    // The scenario the current history entry holds (`None` until the page first writes).
    let entry = use_mut_ref(|| None::<Scenario>);
    // Where the reader is among the entries (read by the listeners; `at` renders it).
    let place = use_mut_ref(|| Place::new(browser::address::history_step()));
    let at = use_state(|| *place.borrow());
    let in_embed = s.view.embed.is_some() || s.view.scorecard;
    {
        let (entry, at, place) = (entry.clone(), at.clone(), place.clone());
        use_effect_with((s.assumptions, s.uncertainty, s.view), {
            let (defaults, state) = (s.article, s.clone());
            move |(a, uncertainty, view)| {
                let now = *a;
                let scenario = state.scenario();
                let same = entry
                    .borrow_mut()
                    .replace(scenario)
                    .is_none_or(|e| e == scenario);
                let how = if same || in_embed {
                    Entry::Replace
                } else {
                    Entry::Push
                };
                let query = query::to_query(a, &defaults, uncertainty, view);
                browser::when_settled(query, how, move |pushed| {
                    let step = browser::address::history_step();
                    at.set(place.borrow_mut().arrive(step, pushed));
                    let before = std::mem::replace(&mut *announced.borrow_mut(), now);
                    browser::show_address(ADDRESS_CLASS);
                    if before != now {
                        let (d, r, embed) = (&state.data, &state.report, state.view.embed);
                        let said = crate::charts::describe::changed(d, r, &before, &now, embed);
                        browser::announce(&said);
                    }
                })
            }
        });
    }
    // Back or Forward (the browser's, or undo and redo): the entry's address is the scenario.
    {
        let (dispatch, source, at) = (dispatch.clone(), s.source.clone(), at.clone());
        use_effect_with((), move |()| {
            // The entry the page opened at is step 0 (marked, so that Back can tell it from an
            // entry a link to a section made).
            if browser::address::entry_step().is_none() {
                browser::address::mark_step(0);
            }
            let listener = browser::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    // A link to a section made this entry: it belongs to the step it was made
                    // from, and a change still settling is written after it, not lost.
                    if browser::address::entry_step().is_none() {
                        browser::address::mark_step(place.borrow().here);
                        browser::flush_query();
                        return;
                    }
                    browser::drop_unsettled();
                    let q = query::parse_for(&browser::query(), &source);
                    let to = Scenario {
                        assumptions: q.assumptions,
                        uncertainty: q.uncertainty,
                        base: q.base,
                        pinned: q.pinned,
                    };
                    *entry.borrow_mut() = Some(to);
                    let step = browser::address::history_step();
                    at.set(place.borrow_mut().arrive(step, false));
                    dispatch.emit(Action::Restore(Box::new(to)));
                })
            });
            move || drop(listener)
        });
    }
    let undo = Undo {
        can_undo: !in_embed && at.here > 0,
        can_redo: !in_embed && at.here < at.last,
        step: Callback::from(browser::address::go),
    };
    use_undo_keys(&undo);
    undo
}

/// The current entry's step, and the last one there is to go forward to.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Place {
    here: u32,
    last: u32,
}

impl Place {
    fn new(step: u32) -> Place {
        Place {
            here: step,
            last: step,
        }
    }

    /// At entry `step`: a new one (`pushed`) is the last; Back or Forward keep the ones ahead.
    fn arrive(&mut self, step: u32, pushed: bool) -> Place {
        self.here = step;
        self.last = if pushed { step } else { step.max(self.last) };
        *self
    }
}

/// Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes (⌘ on macOS), except in a text field,
/// whose own undo the reader means there.
#[hook]
fn use_undo_keys(undo: &Undo) {
    use_effect_with((undo.can_undo, undo.can_redo), |&(can_undo, can_redo)| {
        let doc = browser::window().and_then(|w| w.document());
        let listener = doc.map(|doc| {
            let options = gloo_events::EventListenerOptions::enable_prevent_default();
            gloo_events::EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let typing = k
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .is_some_and(|i| i.type_() != "range");
                if !(k.ctrl_key() || k.meta_key()) || k.alt_key() || typing {
                    return;
                }
                let delta = match (k.key().as_str(), k.shift_key()) {
                    ("z", false) if can_undo => -1,
                    ("z" | "Z", true) | ("y", false) if can_redo => 1,
                    _ => return,
                };
                k.prevent_default();
                browser::address::go(delta);
            })
        });
        move || drop(listener)
    });
}
