//! The article's own words for a record's figures, stored beside them in `data/*.toml`.
//!
//! Validation, the downloads and the sources page (all built natively) read the text. The wasm
//! keeps none of it: the report links to the sources page instead of carrying every quote, so
//! the quotes cost the report's download nothing. `build.rs` writes each one as
//! `Quote::new("…")`, which in the wasm drops the text at compile time.

use serde::{Deserialize, Deserializer};
use std::fmt;

use crate::Text;

/// The longest quote a record may carry: a sentence or a table row, not a paragraph.
pub const MAX_QUOTE: usize = 240;

/// A verbatim passage of the article (validated non-empty and short natively; a test checks it
/// against the article's text).
#[derive(Clone, PartialEq)]
pub struct Quote {
    #[cfg(not(target_arch = "wasm32"))]
    text: Text,
}

impl Quote {
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn new(text: Text) -> Quote {
        Quote { text }
    }

    /// In the wasm: nothing kept (the literal is evaluated at compile time and forgotten).
    #[cfg(target_arch = "wasm32")]
    pub const fn new(text: Text) -> Quote {
        std::mem::forget(text);
        Quote {}
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its length in characters when it is no quote (blank, padded or over [`MAX_QUOTE`]).
    /// The wasm keeps no text to check: the build checked it.
    pub fn misfit(&self) -> Option<usize> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            let (text, length) = (self.text(), self.text.chars().count());
            let fits = !text.trim().is_empty() && text.trim() == text && length <= MAX_QUOTE;
            (!fits).then_some(length)
        }
        #[cfg(target_arch = "wasm32")]
        None
    }
}

/// As the Rust that `build.rs` writes for the compiled-in dataset.
impl fmt::Debug for Quote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(not(target_arch = "wasm32"))]
        return write!(f, "Quote::new({:?})", self.text);
        #[cfg(target_arch = "wasm32")]
        f.write_str("Quote::new(\"\")")
    }
}

impl<'de> Deserialize<'de> for Quote {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Quote, D::Error> {
        Text::deserialize(d).map(Quote::new)
    }
}
