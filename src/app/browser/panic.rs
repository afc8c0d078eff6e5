//! A panic never leaves a blank page: the hook logs the message to the console and reveals
//! the error panel of index.html (`#panic-panel`: "reset assumptions" and "reload"), with the
//! message written in as text, never HTML.
//!
//! The panel is in the page, not built here: after a panic the Yew tree can no longer be
//! trusted, and its two actions are links, which work without wasm.

use wasm_bindgen::JsCast;

/// The test-only switch: `?__panic=test` makes the app panic while rendering.
pub const TEST_SWITCH: &str = "__panic=test";

pub fn install() {
    // Through Yew: its renderer installs its own hook unless a custom one is set.
    yew::set_custom_panic_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&format!("The report crashed: {message}").into());
        show_panel(&message);
    }));
}

/// The id of index.html's error panel.
const PANEL_ID: &str = "panic-panel";

fn show_panel(message: &str) -> Option<()> {
    let window = crate::app::browser::window()?;
    let panel = window.document()?.get_element_by_id(PANEL_ID)?;
    let location = window.location();
    let links = panel.get_elements_by_tag_name("a");
    let reset = location.pathname().ok()?;
    links.item(0)?.set_attribute("href", &reset).ok()?;
    let reload = location.href().ok()?.replace(TEST_SWITCH, "");
    links.item(1)?.set_attribute("href", &reload).ok()?;
    panel
        .get_elements_by_tag_name("pre")
        .item(0)?
        .set_text_content(Some(message));
    panel.remove_attribute("hidden").ok()?;
    panel.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}
