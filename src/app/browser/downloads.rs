//! Downloads (a chart's CSV and PNG, the dataset) and the detached canvas the PNG is drawn on.

use super::window;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

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
