//! The report's dataset as types: one struct per table of `data/*.toml`, the article's dates,
//! and the checks that go beyond the types.
//!
//! A crate of its own because two builds use it: the app's build script reads `data/*.toml`
//! into these types, validates them and writes them out as Rust (bad data fails the build,
//! naming record and field), and the app compiles that Rust against the same types.

pub mod csv_field;
mod date;
mod errors;
mod ids;
mod native_text;
mod quote;
mod reported;
mod types;
mod validate;
mod validate_reported;

pub use date::Date;
pub use errors::DataError;
pub use ids::*;
pub use native_text::NativeText;
pub use quote::{Quote, MAX_QUOTE};
pub use reported::*;
pub use types::*;
pub use validate::validate;

/// The files of `data/`, without `.toml`, in the order the dataset holds them: the build reads
/// these, and the tests check that the downloads carry each.
pub const DATA_FILE_NAMES: [&str; 7] = [
    "meta",
    "events",
    "funding",
    "capex",
    "cloud",
    "narrative",
    "reported",
];

/// The fields that name a record of a list, the first found: what the downloads and the
/// sources page call it ("amazon", "openai-2026-02").
pub const RECORD_NAME_KEYS: [&str; 4] = ["id", "company", "name", "title"];

/// A record's anchor on the sources page: `<file>-<table>` for a table of its own
/// ("cloud-q4_2025"), `<file>-<table>-<name>` for a record of a list ("funding-rounds-xai-2025-12").
/// The page and the report's links to it both name records through this.
pub fn record_anchor(file: &str, table: &str, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{file}-{table}-{n}"),
        None => format!("{file}-{table}"),
    }
}
