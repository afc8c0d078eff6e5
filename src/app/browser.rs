//! The few browser calls the page makes outside Yew: the URL, history, downloads, clipboard,
//! the embed's height message and performance marks. Each fails quietly: none is worth a crash.

use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// The browser window; `None` natively, where the build prerenders the page with these same
/// components (src/prerender.rs) and every browser call must quietly do nothing.
pub fn window() -> Option<web_sys::Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// `location.search` ("?g=60"), or "".
pub fn query() -> String {
    flush_query();
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query: where the full report lives.
pub fn base_url() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// How long the assumptions must rest before the address follows them, in ms: a drag writes
/// the address once, when it settles, not at every step. Each write is a same-document
/// navigation, after which Chromium loads the page's icon again: ≈1.3 ms of every slider
/// event (profiled 2026-11-25).
pub const SETTLE_MS: u32 = 300;

/// What waits for the assumptions to settle: the address's query, then what to do once it is
/// written (say what the change did).
type Settling = (String, Box<dyn FnOnce()>, gloo_timers::callback::Timeout);

thread_local! {
    static PENDING: std::cell::RefCell<Option<Settling>> = const { std::cell::RefCell::new(None) };
}

/// Puts `query` in the address once nothing has changed it for `SETTLE_MS`, then runs `then`; a
/// newer change replaces a waiting one (its query, its `then` and its timer).
pub fn when_settled(query: String, then: impl FnOnce() + 'static) {
    let timer = gloo_timers::callback::Timeout::new(SETTLE_MS, flush_query);
    PENDING.with(|p| *p.borrow_mut() = Some((query, Box::new(then), timer)));
}

/// Writes the waiting query now, if there is one: before anything reads the address.
pub fn flush_query() {
    if let Some((query, then, _timer)) = PENDING.with(|p| p.borrow_mut().take()) {
        replace_query(&query);
        then();
    }
}

/// Whether the reader's system matches a media query ("(prefers-reduced-motion: reduce)").
pub fn prefers(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Writes the scenario's permalink (the page's address without its `#section`) into every
/// element of `class`.
pub fn show_address(class: &str) {
    let Some(w) = window() else { return };
    let (Some(doc), Ok(search)) = (w.document(), w.location().search()) else {
        return;
    };
    let href = format!("{}{search}", base_url());
    let found = doc.get_elements_by_class_name(class);
    for i in 0..found.length() {
        if let Some(el) = found.item(i) {
            el.set_text_content(Some(&href));
        }
    }
}

/// The id of the page's polite live region, which says what a change of assumptions did.
pub const ANNOUNCE_ID: &str = "announce";

/// Says `text` in the live region (set as its text, outside Yew's tree: it is the region's
/// only content, and a screen reader hears each new text once).
pub fn announce(text: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ANNOUNCE_ID))
    {
        el.set_text_content(Some(text));
    }
}

/// Replaces the query in the address bar without a new history entry. The hash stays: it is
/// the reader's (a section) or the host page's (an embed's `src`), not the report's.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let l = w.location();
    if l.search().unwrap_or_default().trim_start_matches('?') == query {
        return;
    }
    let path = l.pathname().unwrap_or_default();
    let hash = l.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let _ = w
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
}

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

/// Where the reader's choice of colour scheme is kept between visits.
const THEME_KEY: &str = "ai-infra-report:theme";

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// The colour scheme the reader chose on an earlier visit (dark = true), if any.
pub fn stored_theme() -> Option<bool> {
    match storage()?.get_item(THEME_KEY).ok().flatten()?.as_str() {
        "dark" => Some(true),
        "light" => Some(false),
        _ => None,
    }
}

/// Remembers the reader's choice of colour scheme (where storage is allowed).
pub fn store_theme(dark: bool) {
    if let Some(s) = storage() {
        let _ = s.set_item(THEME_KEY, if dark { "dark" } else { "light" });
    }
}

/// Downloads `href` (a data: or blob: URL) as `filename`.
pub fn download(href: &str, filename: &str) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(href);
        a.set_download(filename);
        a.click();
    }
}

/// Downloads text as a file of the given MIME type.
pub fn download_text(text: &str, mime: &str, filename: &str) {
    let encoded: String = js_sys::encode_uri_component(text).into();
    download(&format!("data:{mime};charset=utf-8,{encoded}"), filename);
}

/// A fresh, detached canvas for off-screen drawing (the 2× PNG).
pub fn new_canvas(width: u32, height: u32) -> Option<HtmlCanvasElement> {
    let c = window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<HtmlCanvasElement>()
        .ok()?;
    c.set_width(width);
    c.set_height(height);
    Some(c)
}

/// Tells the embedding page how tall the embed is. The message is one number and nothing else.
pub fn post_height(height: f64) {
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &msg,
        &crate::app::embed::host::HEIGHT_KEY.into(),
        &height.ceil().into(),
    );
    let _ = parent.post_message(&msg, "*");
}

/// Marks kept on the performance timeline before it is cleared.
const MARKS_KEPT: u32 = 1000;

/// Marks the performance timeline (read by the benchmark). The browser keeps every mark until
/// the page clears it, so a long session (two or three marks per slider event) would grow the
/// timeline without end: every [`MARKS_KEPT`] marks, the page's marks are cleared.
pub fn mark(name: &str) {
    thread_local!(static MARKED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    if let Some(p) = window().and_then(|w| w.performance()) {
        if MARKED.with(|n| n.replace((n.get() + 1) % MARKS_KEPT)) + 1 == MARKS_KEPT {
            p.clear_marks();
        }
        let _ = p.mark(name);
    }
}

/// The id of the prerendered title block (src/app/masthead.rs), which the app keeps (an embed
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
