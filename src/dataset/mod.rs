//! Layer 1: the dataset. `data/*.toml` is transcoded to JSON by `build.rs`, compiled into the
//! binary with `include_str!`, parsed into typed structs with serde at start-up, and validated
//! before anything else sees it.

mod date;
mod types;
mod validate;

pub use date::Date;
pub use types::*;
pub use validate::{validate, DataError};

/// The JSON text of each data file, by file name.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub meta: &'a str,
    pub events: &'a str,
    pub funding: &'a str,
    pub capex: &'a str,
    pub cloud: &'a str,
    pub narrative: &'a str,
}

/// The files shipped in `data/`, embedded at compile time (as JSON, see build.rs).
pub const EMBEDDED: Sources<'static> = Sources {
    meta: include_str!(concat!(env!("OUT_DIR"), "/meta.json")),
    events: include_str!(concat!(env!("OUT_DIR"), "/events.json")),
    funding: include_str!(concat!(env!("OUT_DIR"), "/funding.json")),
    capex: include_str!(concat!(env!("OUT_DIR"), "/capex.json")),
    cloud: include_str!(concat!(env!("OUT_DIR"), "/cloud.json")),
    narrative: include_str!(concat!(env!("OUT_DIR"), "/narrative.json")),
};

/// The whole dataset for readers to download as CSV: one row per figure (file, table, record,
/// field, value, unit, source, as_of), made by build.rs.
pub const DOWNLOAD_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.csv"));

/// The whole dataset for readers to download as one JSON object, assembled from the embedded
/// files (no second copy of the data in the wasm).
pub fn download_json() -> String {
    let s = EMBEDDED;
    let files = [
        ("meta", s.meta),
        ("events", s.events),
        ("funding", s.funding),
        ("capex", s.capex),
        ("cloud", s.cloud),
        ("narrative", s.narrative),
    ];
    let body: Vec<String> = files.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    format!("{{{}}}", body.join(","))
}

/// Every figure in the article, typed and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub meta: MetaFile,
    pub events: EventsFile,
    pub funding: FundingFile,
    pub capex: CapexFile,
    pub cloud: CloudFile,
    pub narrative: NarrativeFile,
}

fn parse<T: serde::de::DeserializeOwned>(file: &'static str, text: &str) -> Result<T, DataError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    // Natively, the path ("companies[0].capex_2025") names the record and field of a
    // wrong-typed value. The wasm only ever parses data the build and tests have validated.
    #[cfg(not(target_arch = "wasm32"))]
    let result =
        serde_path_to_error::deserialize(de).map_err(|e| format!("{}: {}", e.path(), e.inner()));
    #[cfg(target_arch = "wasm32")]
    let result = T::deserialize(de).map_err(|e| e.to_string());
    result.map_err(|message| DataError::Parse { file, message })
}

impl Dataset {
    /// Parses and validates the given files; every problem found is returned.
    pub fn parse(src: Sources<'_>) -> Result<Dataset, Vec<DataError>> {
        let one = |e| vec![e];
        let data = Dataset {
            meta: parse("meta.toml", src.meta).map_err(one)?,
            events: parse("events.toml", src.events).map_err(one)?,
            funding: parse("funding.toml", src.funding).map_err(one)?,
            capex: parse("capex.toml", src.capex).map_err(one)?,
            cloud: parse("cloud.toml", src.cloud).map_err(one)?,
            narrative: parse("narrative.toml", src.narrative).map_err(one)?,
        };
        validate(&data)?;
        Ok(data)
    }

    /// The embedded dataset. The test suite proves it parses and validates, so a failure
    /// here means a broken build; the app shows the errors instead of wrong numbers.
    pub fn embedded() -> Result<Dataset, Vec<DataError>> {
        Dataset::parse(EMBEDDED)
    }

    /// Display name of a company id ("amazon" → "Amazon (AWS)"); the id if unknown.
    pub fn company_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.meta
            .companies
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.name.as_str())
    }
}
