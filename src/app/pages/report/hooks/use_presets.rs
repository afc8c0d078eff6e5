//! `use_presets`: the scenarios' values, computed once per base figures.

use crate::app::state::State;
use crate::model::{Assumptions, Preset};
use std::rc::Rc;
use yew::prelude::*;

/// Every preset with its values. The scenarios depend only on the dataset: computed once per
/// base figures, not per render.
#[hook]
pub fn use_presets(s: &State) -> Rc<Vec<(Preset, Assumptions)>> {
    let data = s.data.clone();
    use_memo(s.view.base, move |_| {
        Preset::ALL
            .iter()
            .map(|&p| (p, p.apply(&data)))
            .collect::<Vec<_>>()
    })
}
