//! A text only the build and the native pages read: a reported figure's web address and our
//! note on it. The scorecard and the sources page (prerendered, natively) print them; the
//! wasm, which draws the figures and never prints their pages, drops the text at compile
//! time, as it does the article's quotes ([`crate::Quote`]).

use serde::{Deserialize, Deserializer};
use std::fmt;

use crate::Text;

#[derive(Clone, PartialEq)]
pub struct NativeText {
    #[cfg(not(target_arch = "wasm32"))]
    text: Text,
}

impl NativeText {
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn new(text: Text) -> NativeText {
        NativeText { text }
    }

    /// In the wasm: nothing kept (the literal is evaluated at compile time and forgotten).
    #[cfg(target_arch = "wasm32")]
    pub const fn new(text: Text) -> NativeText {
        std::mem::forget(text);
        NativeText {}
    }

    /// The text (empty in the wasm, which keeps none).
    pub fn text(&self) -> &str {
        #[cfg(not(target_arch = "wasm32"))]
        return &self.text;
        #[cfg(target_arch = "wasm32")]
        ""
    }
}

/// As the Rust that `build.rs` writes for the compiled-in dataset.
impl fmt::Debug for NativeText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NativeText::new({:?})", self.text())
    }
}

impl<'de> Deserialize<'de> for NativeText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<NativeText, D::Error> {
        Text::deserialize(d).map(NativeText::new)
    }
}
