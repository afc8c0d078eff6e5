//! `use_refine`: the uncertainty bands drawn from every path once the assumptions settle.

use crate::app::browser;
use crate::app::state::{Action, State};
use yew::prelude::*;

/// The bands follow a moving slider from a quick run; once it settles, from every path
/// ([`Action::Refine`]). A newer change drops the waiting refinement (the timer is cancelled
/// with the effect). At start-up the page refines at once, in its own task, before it takes
/// over from the prerendered report (whose charts were drawn from every path); an embed, which
/// has none, draws the quick run's bands first.
#[hook]
pub fn use_refine(s: &State, dispatch: &Callback<Action>) {
    let wait = use_mut_ref(|| 0);
    use_effect_with((s.assumptions, s.uncertainty), {
        let dispatch = dispatch.clone();
        move |_| {
            let ms = std::mem::replace(&mut *wait.borrow_mut(), browser::SETTLE_MS);
            let refine =
                gloo_timers::callback::Timeout::new(ms, move || dispatch.emit(Action::Refine));
            move || drop(refine)
        }
    });
}
