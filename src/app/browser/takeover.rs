//! The app and the prerendered report: where the app renders, and how it takes the prerendered
//! report's place once its first render is ready.

use super::window;
use wasm_bindgen::JsCast;

/// The id of the prerendered title block (src/app/components/masthead.rs), which the app keeps (an embed
/// removes it).
pub const MASTHEAD_ID: &str = "masthead";

/// The id of the build's prerendered report (src/prerender.rs) in index.html.
pub const PRERENDERED_ID: &str = "prerendered";

/// The id of the element the app renders into.
const APP_ID: &str = "app";

/// Where the app renders: a hidden element put in the prerendered report's place (the body
/// when there is none, as in the one-file build's tests). [`take_over`] shows it.
pub fn app_root() -> Option<web_sys::Element> {
    let doc = window()?.document()?;
    let root = doc.create_element("div").ok()?;
    root.set_id(APP_ID);
    match doc.get_element_by_id(PRERENDERED_ID) {
        Some(pre) => {
            root.set_attribute("hidden", "").ok()?;
            pre.parent_node()?.insert_before(&root, Some(&pre)).ok()?;
        }
        None => {
            doc.body()?.append_child(&root).ok()?;
        }
    }
    Some(root)
}

/// Replaces the prerendered report by the app's first render, in one step (no frame shows
/// both), and drops the marks that held back the prerendered numbers for a permalink.
pub fn take_over(embed: bool) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    // What the app does not render (components::kept): the prerendered elements, moved into place.
    if let Ok(places) = doc.query_selector_all("[data-keep]") {
        for i in 0..places.length() {
            let place = places
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
            let section = place
                .as_ref()
                .and_then(|p| p.get_attribute("data-keep"))
                .and_then(|id| doc.get_element_by_id(&id));
            if let (Some(place), Some(section)) = (place, section) {
                let _ = place.append_child(&section);
            }
        }
    }
    if let Some(pre) = doc.get_element_by_id(PRERENDERED_ID) {
        pre.remove();
    }
    // An embed shows one chart: no title block. (The app's own reading of the address decides,
    // not static/pending.js's guess: an unknown chart id gets the full report, title and all.)
    if embed {
        if let Some(head) = doc.get_element_by_id(MASTHEAD_ID) {
            head.remove();
        }
    }
    if let Some(root) = doc.get_element_by_id(APP_ID) {
        let _ = root.remove_attribute("hidden");
    }
    if let Some(html) = doc.document_element() {
        let _ = html
            .class_list()
            .remove_2("scenario-pending", "embed-pending");
    }
}
