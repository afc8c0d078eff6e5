//! Copying to the clipboard: the Clipboard API, else the old `execCommand` on a selection.

use super::window;
use wasm_bindgen::JsCast;

/// Copies `text` to the clipboard, then calls `done(true)`; or `done(false)` where there is
/// no Clipboard API (an `http:` page on a real host has none) or the browser refuses, so the
/// caller can select the text for the reader to copy instead.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = window() else {
        return done(false);
    };
    let navigator = w.navigator();
    let has_api = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_api {
        return done(false);
    }
    let written = wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(text));
    yew::platform::spawn_local(async move { done(written.await.is_ok()) });
}

/// Selects the text of an input or textarea and asks the browser to copy it (the old
/// `execCommand`, which works where the Clipboard API is missing); whether it copied.
pub fn select_and_copy(el: &web_sys::HtmlElement) -> bool {
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.select();
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.select();
    }
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}
