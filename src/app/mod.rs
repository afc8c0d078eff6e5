//! Layer 4: the page. Yew components over one reducer-held [`state::State`].
//!
//! The URL query sets the starting assumptions (and embed mode); every change of assumptions
//! is written back to the address bar, so the address is always a permalink to what is shown.
//!
//! Its rooms: [`pages`] (what the app and the build render: the report, an embed, the sources
//! and uncertainty pages), [`components`] (the pieces pages are built of; the chart's and the
//! slider's families in folders of their own), [`browser`] (the calls outside Yew: the address,
//! storage, downloads, the canvas backend, the panic panel, the ResizeObserver hook), the page's
//! model ([`state`] and the URL's [`query`]), and [`render_mode`] (the build's prerender or the
//! live app).

pub mod browser;
pub mod components;
pub mod pages;
pub mod query;
pub mod render_mode;
pub mod state;

use crate::dataset::{Dataset, Load};
use pages::report::sections::DataRef;
use pages::report::Report;
use std::rc::Rc;
use yew::prelude::*;

/// The app: the report (or an embed) for the page's address.
#[function_component]
pub fn App() -> Html {
    // Built once: the dataset is compiled in (build.rs validated it; bad data fails the build).
    let data = use_memo((), |_| Rc::new(Dataset::embedded()));
    let raw_query = browser::query();
    if raw_query.contains(browser::panic::TEST_SWITCH) {
        panic!("test panic requested by ?{}", browser::panic::TEST_SWITCH);
    }
    let query = query::parse_for(&raw_query, &data);
    html! { <Report data={DataRef((*data).clone())} {query} /> }
}
