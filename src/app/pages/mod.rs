//! The pages: one module per page the app or the build renders. The report is the app's page
//! (and the build's prerender of it); an embed is the app in an iframe (one chart, or the
//! scorecard); the sources and uncertainty pages are written by the build alone.

pub mod embed;
pub mod report;
crate::app::render_mode::prerender_only! {
    pub mod sources;
    pub mod uncertainty;
}
