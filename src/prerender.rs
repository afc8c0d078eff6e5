//! The page as the build writes it: the report at the article's assumptions, rendered to HTML
//! by the same Yew components the wasm runs (Yew's server renderer), with every chart drawn as
//! inline SVG by the same chart code the canvas uses (plotters' SVG backend).
//!
//! So the report reads at once, and without JavaScript, to search engines and link previews;
//! the wasm then renders the reader's own scenario in its place (src/main.rs).

use crate::app::masthead::Masthead;
use crate::app::query;
use crate::app::sections::{DataProps, DataRef};
use crate::app::{Report, ReportProps};
use crate::dataset::{Dataset, Load};
use crate::model::Assumptions;
use std::rc::Rc;
use yew::LocalServerRenderer;

/// The report's title block, which stays, and the whole report at the article's assumptions
/// in the element the app replaces.
pub fn report_html() -> String {
    let data = Rc::new(Dataset::embedded());
    let query = query::parse("", &Assumptions::article(&data));
    let data = DataRef(data);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    let head = LocalServerRenderer::<Masthead>::with_props(DataProps { data: data.clone() });
    let head = local.block_on(&runtime, head.hydratable(false).render());
    let report = LocalServerRenderer::<Report>::with_props(ReportProps { data, query });
    let report = local.block_on(&runtime, report.hydratable(false).render());
    format!(
        "{head}\n<div id=\"{}\">{report}</div>",
        crate::app::browser::PRERENDERED_ID
    )
}
