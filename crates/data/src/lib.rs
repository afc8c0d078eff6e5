//! This report's data: `data/*.toml`, read into the dataset's types (`ai-infra-dataset`) and
//! validated at build time, compiled in, and the downloads made from it.
//!
//! The wasm never parses data: `build.rs` reads the TOML into these same types, validates it
//! (bad data fails the build, naming the record and field) and writes it out as Rust source
//! that [`Dataset::embedded`] returns. Native builds (tests, the benchmark) also parse TOML text,
//! with errors that name the record and field ([`Dataset::parse`]), for fixtures of bad data;
//! a test proves both roads give the same dataset.

pub use ai_infra_dataset::*;

/// The whole dataset for readers to download as CSV: one row per figure (file, table, record,
/// field, value, unit, source, as_of), made by build.rs. The page links to it as a file beside
/// index.html (written there by the export, src/bin/export.rs), so it costs nothing until
/// clicked.
pub const DOWNLOAD_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/ai-infra-2026-dataset.csv"));

/// The whole dataset as one JSON object (file name → its records), made by build.rs and
/// served beside index.html like the CSV.
pub const DOWNLOAD_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/ai-infra-2026-dataset.json"));

/// The dataset with one row per record and one column per field (build.rs), for spreadsheets.
pub const DOWNLOAD_WIDE_CSV: &str =
    include_str!(concat!(env!("OUT_DIR"), "/ai-infra-2026-dataset-wide.csv"));

/// What each download and column is.
pub const DOWNLOAD_README: &str = include_str!("readme.txt");

/// The downloads' file names, relative to the page.
pub const DOWNLOAD_CSV_FILE: &str = "ai-infra-2026-dataset.csv";
pub const DOWNLOAD_JSON_FILE: &str = "ai-infra-2026-dataset.json";
pub const DOWNLOAD_WIDE_CSV_FILE: &str = "ai-infra-2026-dataset-wide.csv";
pub const DOWNLOAD_README_FILE: &str = "ai-infra-2026-dataset-README.txt";
/// The scorecard of the article's claims against what was reported (`model::scorecard::csv`).
pub const SCORECARD_CSV_FILE: &str = "ai-infra-2026-scorecard.csv";
/// The page of every record with the article's words it comes from (`app::pages::sources`).
pub const SOURCES_PAGE: &str = "sources.html";
/// The sources page's own rules after the report's (static/sources.css; the report never
/// downloads them).
pub const SOURCES_CSS: &str = "sources.css";
/// The page of how sure the projections are (`app::pages::uncertainty`), beside index.html.
pub const UNCERTAINTY_PAGE: &str = "uncertainty.html";

/// The TOML text of each data file, by file name (native builds: tests and fixtures).
#[cfg(feature = "parse")]
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub meta: &'a str,
    pub events: &'a str,
    pub funding: &'a str,
    pub capex: &'a str,
    pub cloud: &'a str,
    pub narrative: &'a str,
    pub reported: &'a str,
}

/// The files shipped in `data/`, as text.
#[cfg(feature = "parse")]
pub const DATA_FILES: Sources<'static> = Sources {
    meta: include_str!("../../../data/meta.toml"),
    events: include_str!("../../../data/events.toml"),
    funding: include_str!("../../../data/funding.toml"),
    capex: include_str!("../../../data/capex.toml"),
    cloud: include_str!("../../../data/cloud.toml"),
    narrative: include_str!("../../../data/narrative.toml"),
    reported: include_str!("../../../data/reported.toml"),
};

/// Parses one TOML file; a wrong-typed value or unknown key is named by its path
/// ("companies[0].capex_2025: invalid type…").
#[cfg(feature = "parse")]
fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DataError> {
    let message = match toml::Deserializer::parse(text) {
        Ok(de) => match serde_path_to_error::deserialize(de) {
            Ok(value) => return Ok(value),
            Err(e) => format!("{}: {}", e.path(), e.inner().message()),
        },
        Err(e) => e.to_string(),
    };
    Err(DataError::Parse { file, message })
}

/// Where a [`Dataset`] comes from: compiled in, or (natively) parsed from TOML text. A trait,
/// since the type lives in the `ai-infra-dataset` crate and this data is the app's.
pub trait Load: Sized {
    /// Parses and validates the given TOML files; every problem found is returned.
    #[cfg(feature = "parse")]
    fn parse(src: Sources<'_>) -> Result<Self, Vec<DataError>>;

    /// The dataset of `data/*.toml`, as build.rs validated it and wrote it out as Rust.
    fn embedded() -> Self;
}

/// The dataset of `data/*.toml` as a constant (build.rs writes it; its texts and lists are
/// borrowed, so cloning it copies no text).
static EMBEDDED: Dataset = {
    use std::borrow::Cow;
    use CompanyId::*;
    use ProviderId::*;
    use Unit::*;
    include!(concat!(env!("OUT_DIR"), "/dataset.rs"))
};

impl Load for Dataset {
    #[cfg(feature = "parse")]
    fn parse(src: Sources<'_>) -> Result<Dataset, Vec<DataError>> {
        let one = |e| vec![e];
        let data = Dataset {
            meta: parse("meta.toml", src.meta).map_err(one)?,
            events: parse("events.toml", src.events).map_err(one)?,
            funding: parse("funding.toml", src.funding).map_err(one)?,
            capex: parse("capex.toml", src.capex).map_err(one)?,
            cloud: parse("cloud.toml", src.cloud).map_err(one)?,
            narrative: parse("narrative.toml", src.narrative).map_err(one)?,
            reported: parse("reported.toml", src.reported).map_err(one)?,
        };
        validate(&data)?;
        Ok(data)
    }

    fn embedded() -> Dataset {
        EMBEDDED.clone()
    }
}
