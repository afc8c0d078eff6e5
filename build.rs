//! Transcodes data/*.toml to JSON at build time.
//!
//! The data stays human-editable TOML (with comments), but the wasm parses it as JSON: the
//! toml parser plus its serde glue cost ~325 KB of wasm against ~120 KB for serde_json
//! (measured 2026-11-24). A TOML syntax error fails the build here, naming the file and line.

use std::{env, fs, path::Path};

const FILES: [&str; 6] = ["meta", "events", "funding", "capex", "cloud", "narrative"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FILES {
        let src = format!("data/{name}.toml");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        fs::write(Path::new(&out).join(format!("{name}.json")), json).expect("write OUT_DIR");
    }
}
