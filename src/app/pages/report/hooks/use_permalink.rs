//! `use_permalink`: once a change settles, the address becomes its permalink and the live
//! region says what the change did.

use crate::app::browser;
use crate::app::pages::report::sections::cite::ADDRESS_CLASS;
use crate::app::query;
use crate::app::state::State;
use std::rc::Rc;
use yew::prelude::*;

/// Once a change settles: the address becomes its permalink (only values that differ from
/// the article's), the citation names it, and the live region says what the change did (the
/// headlines of the charts it moved since it last spoke: one sentence per drag, not one per
/// step; in an embed, of its one chart).
#[hook]
pub fn use_permalink(s: &Rc<State>) {
    let announced = use_mut_ref(|| s.assumptions);
    use_effect_with((s.assumptions, s.uncertainty, s.view), {
        let (defaults, state) = (s.article, s.clone());
        move |(a, uncertainty, view)| {
            let now = *a;
            browser::when_settled(
                query::to_query(a, &defaults, uncertainty, view),
                move || {
                    let before = std::mem::replace(&mut *announced.borrow_mut(), now);
                    browser::show_address(ADDRESS_CLASS);
                    if before != now {
                        let (d, r) = (&state.data, &state.report);
                        let said =
                            crate::charts::describe::changed(d, r, &before, &now, state.view.embed);
                        browser::announce(&said);
                    }
                },
            )
        }
    });
}
