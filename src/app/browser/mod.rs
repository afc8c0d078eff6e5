//! The browser calls the page makes outside Yew, each failing quietly (none is worth a crash),
//! and natively (the build's prerender, src/prerender.rs) doing nothing: the address and
//! history ([`address`]), storage, downloads, the clipboard, the takeover from the prerendered
//! report, the live region, the embed's height message and performance marks; and the browser
//! pieces the components use: the canvas backend ([`measured_canvas`]), the ResizeObserver hook
//! ([`use_size`]) and the panic panel ([`panic`]).

pub mod address;
pub mod clipboard;
pub mod downloads;
pub mod measured_canvas;
pub mod panic;
pub mod storage;
pub mod takeover;
mod use_size;
pub mod worker;

pub use address::{
    base_url, drop_unsettled, flush_query, query, replace_query, show_address, when_settled,
    SETTLE_MS,
};
pub use clipboard::{copy, select_and_copy};
pub use downloads::{download, download_text, new_canvas};
pub use storage::{store_theme, stored_theme};
pub use takeover::{app_root, take_over, MASTHEAD_ID, PRERENDERED_ID};
pub use use_size::use_size;

use crate::app::render_mode;

/// The browser window; `None` natively, where the build prerenders the page with these same
/// components (src/prerender.rs) and every browser call must quietly do nothing.
pub fn window() -> Option<web_sys::Window> {
    render_mode::either(|| None, web_sys::window)
}

/// Whether the reader's system matches a media query ("(prefers-reduced-motion: reduce)").
pub fn prefers(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
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
        &crate::app::pages::embed::host::HEIGHT_KEY.into(),
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
