//! What the page remembers between visits (in `localStorage`, where it is allowed): the
//! reader's choice of colour scheme.

use super::window;

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
