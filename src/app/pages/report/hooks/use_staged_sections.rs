//! `use_staged_sections`: the live sections rendered one task each at start-up, then the step
//! that follows them (the takeover from the prerendered report).

use crate::app::render_mode::PRERENDER;
use yew::prelude::*;

/// How many of the `sections` that follow the assumptions are ready to render. The app renders
/// them one task each (no single long task at start-up, for TBT) while the prerendered report
/// stays readable; the prerender itself and an embed (`at_once`) render them all at once. Once
/// all are ready, `then` runs, in the same effect (the report's: take the prerendered report's
/// place).
#[hook]
pub fn use_staged_sections(sections: usize, at_once: bool, then: impl FnOnce() + 'static) -> usize {
    let rendered = use_state(|| if PRERENDER || at_once { sections } else { 0 });
    {
        let rendered = rendered.clone();
        use_effect_with(*rendered, move |&n| {
            if n < sections {
                gloo_timers::callback::Timeout::new(0, move || rendered.set(n + 1)).forget();
            } else {
                then();
            }
        });
    }
    *rendered
}
