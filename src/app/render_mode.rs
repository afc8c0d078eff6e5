//! How the page is being rendered: by the build's prerender (natively, with Yew's server
//! renderer: src/prerender.rs), or by the live app (the wasm, in the browser). The same
//! components do both; this is the one place that tells the two apart. Components ask
//! [`PRERENDER`], or call a function here that has one body per mode where only one of them
//! can be compiled for the target (the SVG charts, `web_sys::window`), so that nothing else in
//! the page names a target.

use yew::Html;

/// Whether this is the build's prerendered page (native: src/prerender.rs), not the live app.
pub const PRERENDER: bool = cfg!(not(target_arch = "wasm32"));

/// `prerender()` in the build's prerender, `live()` in the app. Only the one that runs is
/// compiled: the other closure's code (and what only it names) is not in that build, so the
/// words of the prerendered parts stay out of the wasm.
#[cfg(not(target_arch = "wasm32"))]
pub fn either<T>(prerender: impl FnOnce() -> T, _live: impl FnOnce() -> T) -> T {
    prerender()
}

/// `prerender()` in the build's prerender, `live()` in the app (see the native body).
#[cfg(target_arch = "wasm32")]
pub fn either<T>(_prerender: impl FnOnce() -> T, live: impl FnOnce() -> T) -> T {
    live()
}

/// A chart as the prerender shows it: the SVG files the build writes (`charts::svg`, which only
/// native builds have), for a phone or a desktop, light or dark, in the box the canvas will
/// take. `None` in the app, which draws the chart on its canvas.
pub fn chart_picture(id: crate::charts::ChartId, label: &str) -> Option<Html> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(Html::from_html_unchecked(
        crate::charts::svg::picture(id, label).into(),
    ));
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (id, label);
        None
    }
}

/// Items only the prerender builds: what the build writes and the app never renders (the title
/// block, the sources and uncertainty pages). Their words and code are not in the wasm.
macro_rules! prerender_only {
    ($($item:item)*) => {
        $(#[cfg(not(target_arch = "wasm32"))] $item)*
    };
}
pub(crate) use prerender_only;
