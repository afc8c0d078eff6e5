//! Transcodes data/*.toml to JSON at build time.
//!
//! The data stays human-editable TOML (with comments), but the wasm parses it as JSON: the
//! toml parser plus its serde glue cost ~325 KB of wasm against ~120 KB for serde_json
//! (measured 2026-11-24). A TOML syntax error fails the build here, naming the file and line.

use std::{env, fs, path::Path};

const FILES: [&str; 6] = ["meta", "events", "funding", "capex", "cloud", "narrative"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut csv = String::from("file,table,record,field,value,unit,source,as_of\n");
    for name in FILES {
        let src = format!("data/{name}.toml");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        fs::write(Path::new(&out).join(format!("{name}.json")), &json).expect("write OUT_DIR");
        flatten(&mut csv, name, &value);
    }
    // The downloadable dataset as CSV: every figure as a row.
    fs::write(Path::new(&out).join("dataset.csv"), csv).expect("write OUT_DIR");
}

/// One CSV row per number, date or text of every record, with the record's unit, source and
/// as-of date beside it.
fn flatten(csv: &mut String, file: &str, value: &toml::Value) {
    let Some(tables) = value.as_table() else {
        return;
    };
    for (table, v) in tables {
        let records: Vec<(String, &toml::Table)> = match v {
            toml::Value::Table(t) => vec![(table.clone(), t)],
            toml::Value::Array(a) => a
                .iter()
                .filter_map(|r| r.as_table())
                .enumerate()
                .map(|(i, t)| {
                    let id = ["id", "company", "name", "title"]
                        .iter()
                        .find_map(|k| t.get(*k).and_then(|v| v.as_str()))
                        .map_or(i.to_string(), str::to_string);
                    (id, t)
                })
                .collect(),
            _ => continue,
        };
        for (record, t) in records {
            let get = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
            let (unit, source, as_of) = (get("unit"), get("source"), get("as_of"));
            for (field, v) in t {
                if ["unit", "source", "as_of"].contains(&field.as_str()) {
                    continue;
                }
                let value = match v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Float(f) => f.to_string(),
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    other => other.to_string(),
                };
                let row = [file, table, &record, field, &value, &unit, &source, &as_of];
                let quoted: Vec<String> = row.iter().map(|c| quote(c)).collect();
                csv.push_str(&quoted.join(","));
                csv.push('\n');
            }
        }
    }
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
