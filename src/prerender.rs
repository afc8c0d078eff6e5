//! The page as the build writes it: the report at the article's assumptions, rendered to HTML
//! by the same Yew components the wasm runs (Yew's server renderer), with every chart drawn as
//! inline SVG by the same chart code the canvas uses (plotters' SVG backend).
//!
//! So the report reads at once, and without JavaScript, to search engines and link previews;
//! the wasm then renders the reader's own scenario in its place (src/main.rs).

use crate::app::query;
use crate::app::{Report, ReportProps};
use crate::dataset::{Dataset, Load};
use crate::model::Assumptions;
use std::rc::Rc;
use yew::LocalServerRenderer;

/// The whole report at the article's assumptions, in the element the app replaces.
pub fn report_html() -> String {
    let data = Rc::new(Dataset::embedded());
    let query = query::parse("", &Assumptions::article(&data));
    let props = ReportProps {
        data: crate::app::sections::DataRef(data),
        query,
    };
    let renderer = LocalServerRenderer::<Report>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let report = tokio::task::LocalSet::new().block_on(&runtime, renderer.render());
    format!(
        "<div id=\"{}\">{report}</div>",
        crate::app::browser::PRERENDERED_ID
    )
}
