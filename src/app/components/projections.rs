//! "Projections at your assumptions": every projected series, a year a row, as CSV — with
//! the assumptions as `#` lines, or as the table alone for a spreadsheet.

use super::chart::figure::assumption_list;
use crate::app::browser;
use crate::app::state::State;
use crate::model::horizon::{FIRST_YEAR, LAST_YEAR};
use crate::model::projections;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProjectionsProps {
    pub state: Rc<State>,
}

#[function_component]
pub fn Projections(p: &ProjectionsProps) -> Html {
    let download = |commented: bool| {
        let state = p.state.clone();
        Callback::from(move |_: MouseEvent| {
            let csv = projections::csv(&state.report, &assumption_list(&state), commented);
            let name = if commented {
                "projections.csv"
            } else {
                "projections-plain.csv"
            };
            browser::download_text(&csv, "text/csv", name);
        })
    };
    html! {
        <p class="downloads">{ format!("Projections at your assumptions, {FIRST_YEAR}–{LAST_YEAR}: ") }
            <button type="button" class="button" id="download-projections" onclick={download(true)}>
                { "CSV" }</button>{ " " }
            <button type="button" class="button" id="download-projections-plain" onclick={download(false)}>
                { "CSV (table only)" }</button>
        </p>
    }
}
