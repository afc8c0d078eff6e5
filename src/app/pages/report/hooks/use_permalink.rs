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
    // This entry's step, and the last step there is to go forward to (kept in a cell that the
    // listeners read; the state only renders it).
    let last = use_mut_ref(browser::address::history_step);
    let at = use_state(|| (browser::address::history_step(), *last.borrow()));
    let in_embed = s.view.embed.is_some() || s.view.scorecard;
    {
        let (entry, at, last) = (entry.clone(), at.clone(), last.clone());
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
                browser::when_settled(
                    query::to_query(a, &defaults, uncertainty, view),
                    how,
                    move || {
                        let step = browser::address::history_step();
                        let mut last = last.borrow_mut();
                        *last = if how == Entry::Push {
                            step
                        } else {
                            step.max(*last)
                        };
                        at.set((step, *last));
                        let before = std::mem::replace(&mut *announced.borrow_mut(), now);
                        browser::show_address(ADDRESS_CLASS);
                        if before != now {
                            let (d, r) = (&state.data, &state.report);
                            let said = crate::charts::describe::changed(
                                d,
                                r,
                                &before,
                                &now,
                                state.view.embed,
                            );
                            browser::announce(&said);
                        }
                    },
                )
            }
        });
    }
    // Back or Forward (the browser's, or undo and redo): the entry's address is the scenario.
    {
        let (dispatch, source, at) = (dispatch.clone(), s.source.clone(), at.clone());
        use_effect_with((), move |()| {
            let listener = browser::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    browser::drop_unsettled();
                    let q = query::parse_for(&browser::query(), &source);
                    let to = Scenario {
                        assumptions: q.assumptions,
                        uncertainty: q.uncertainty,
                        base: q.base,
                    };
                    *entry.borrow_mut() = Some(to);
                    let step = browser::address::history_step();
                    let mut last = last.borrow_mut();
                    *last = step.max(*last);
                    at.set((step, *last));
                    dispatch.emit(Action::Restore(Box::new(to)));
                })
            });
            move || drop(listener)
        });
    }
    let (step, last) = *at;
    let undo = Undo {
        can_undo: !in_embed && step > 0,
        can_redo: !in_embed && step < last,
        step: Callback::from(browser::address::go),
    };
    use_undo_keys(&undo);
    undo
}

/// Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes (⌘ on macOS), except in a text field,
/// whose own undo the reader means there.
#[hook]
fn use_undo_keys(undo: &Undo) {
    use_effect_with(undo.clone(), |undo| {
        let undo = undo.clone();
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
                let delta = match (k.key().to_lowercase().as_str(), k.shift_key()) {
                    ("z", false) if undo.can_undo => -1,
                    ("z", true) | ("y", false) if undo.can_redo => 1,
                    _ => return,
                };
                k.prevent_default();
                undo.step.emit(delta);
            })
        });
        move || drop(listener)
    });
}
