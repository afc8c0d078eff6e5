//! A panic never leaves a blank page: the hook logs the message to the console and puts an
//! error panel on top of the page with "reset assumptions" and "reload".
//!
//! The panel is built with plain DOM calls (text only, never HTML) because after a panic the
//! Yew tree can no longer be trusted. Its two actions are links, so they work without wasm.

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

fn show_panel(message: &str) -> Option<()> {
    let window = crate::app::browser::window()?;
    let doc = window.document()?;
    let body = doc.body()?;
    let location = window.location();
    let path = location.pathname().ok()?;
    let href = location.href().ok()?;
    let el = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let panel = doc.create_element("div").ok()?;
    panel.set_id("panic-panel");
    panel.set_class_name("panic-panel");
    panel.set_attribute("role", "alert").ok()?;
    let title = el("h2", "Something went wrong in the report")?;
    let text = el(
        "p",
        "The calculation stopped. Try again with the article's assumptions, or reload this view.",
    )?;
    panel.append_child(&title).ok()?;
    panel.append_child(&text).ok()?;
    let reset = el("a", "Reset assumptions")?;
    reset.set_attribute("href", &path).ok()?;
    reset.set_attribute("class", "button").ok()?;
    let reload = el("a", "Reload")?;
    reload
        .set_attribute("href", &href.replace(TEST_SWITCH, ""))
        .ok()?;
    reload.set_attribute("class", "button").ok()?;
    let actions = doc.create_element("p").ok()?;
    actions.append_child(&reset).ok()?;
    actions.append_child(&reload).ok()?;
    panel.append_child(&actions).ok()?;
    let detail = el("pre", message)?;
    panel.append_child(&detail).ok()?;
    body.insert_before(&panel, body.first_child().as_ref())
        .ok()?;
    panel.dyn_ref::<web_sys::HtmlElement>()?.focus().ok()
}
