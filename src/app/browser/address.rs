//! The page's address: read, written back once a change settles (without a new history
//! entry), and shown as the scenario's permalink.

use super::window;

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
