//! Custom hooks.

mod use_size;

pub use use_size::use_size;
