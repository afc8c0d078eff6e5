//! Turns `data/*.toml` into what the app embeds, at build time:
//!
//! - `dataset.rs`: the typed dataset (the `ai-infra-dataset` crate in `crates/dataset`, which
//!   the app uses too), validated, then written as one Rust expression (see [`rust_literal`]). The wasm
//!   contains the data and no parser for it: a TOML parser would cost ~325 KB of wasm, JSON
//!   ~20 KB of gzip, postcard with serde's derived decoders plus the validation ~10 KB (measured
//!   2026-11-24).
//! - `ai-infra-2026-dataset.csv` and `.json`: the downloads offered to readers, which the
//!   export (`src/bin/export.rs`) writes next to index.html.
//!
//! Bad data fails the build here: a TOML syntax error, an unknown key or a wrong-typed value
//! names the file and key; a failed check names the record and field.

use std::{env, fs, path::Path};

use ai_infra_dataset::{csv_field, validate, Dataset};

use ai_infra_dataset::DATA_FILE_NAMES as FILES;

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, bytes: &[u8]| {
        fs::write(Path::new(&out).join(name), bytes).expect("write OUT_DIR");
    };
    let mut csv = String::from("file,table,record,field,value,unit,source,as_of,quote\n");
    let mut wide: Vec<Record> = Vec::new();
    let mut json = serde_json::Map::new();
    let mut texts = Vec::new();
    for name in FILES {
        // The data files sit at the workspace's root, two folders up from this crate.
        let src = format!("data/{name}.toml");
        let path = format!("../../{src}");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{src}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
        flatten(&mut csv, name, &value);
        records(&mut wide, name, &value);
        json.insert(
            name.into(),
            serde_json::to_value(&value).expect("TOML is JSON"),
        );
        texts.push((src, text));
    }
    let data = Dataset {
        meta: typed(&texts[0]),
        events: typed(&texts[1]),
        funding: typed(&texts[2]),
        capex: typed(&texts[3]),
        cloud: typed(&texts[4]),
        narrative: typed(&texts[5]),
        reported: typed(&texts[6]),
    };
    if let Err(errors) = validate(&data) {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        panic!("data/ failed validation:\n{}", list.join("\n"));
    }
    write("dataset.rs", rust_literal(&format!("{data:?}")).as_bytes());
    // The export (src/bin/export.rs) writes these next to index.html.
    write("ai-infra-2026-dataset.csv", csv.as_bytes());
    write("ai-infra-2026-dataset-wide.csv", wide_csv(&wide).as_bytes());
    let json = serde_json::to_string(&json).expect("JSON");
    write("ai-infra-2026-dataset.json", json.as_bytes());
}

/// The dataset's derived `Debug` text made into a constant Rust expression of the same value.
///
/// Derived `Debug` already prints struct literals (`Company { id: "amazon", … }`), `Some(…)`,
/// `None`, enum variants and round-tripping floats, with strings escaped as Rust literals.
/// Texts and lists are `Cow`s: a string becomes `Cow::Borrowed("…")` and a list
/// `Cow::Borrowed(&[…])`, so the whole dataset is a `static` the wasm holds as data, with no
/// code to build it. A test proves the result equals the TOML, field by field.
fn rust_literal(debug: &str) -> String {
    let mut out = String::with_capacity(debug.len() * 2);
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push_str("Cow::Borrowed(\"");
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
                out.push(')');
            }
            '[' => out.push_str("Cow::Borrowed(&["),
            ']' => out.push_str("])"),
            _ => out.push(c),
        }
    }
    out
}

/// One file read into its record type; the panic message names the file, line and key.
fn typed<T: serde::de::DeserializeOwned>((src, text): &(String, String)) -> T {
    toml::from_str(text).unwrap_or_else(|e| panic!("{src}: {e}"))
}

/// One CSV row per number, date or text of every record, with the record's unit, source, as-of
/// date and the article's words for it beside it.
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
                    let id = ai_infra_dataset::RECORD_NAME_KEYS
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
            let quote = get("quote");
            for (field, v) in t {
                if ["unit", "source", "as_of", "quote"].contains(&field.as_str()) {
                    continue;
                }
                // A nested list of tables (a page's figures): one row per field of each.
                if let toml::Value::Array(items) = v {
                    if !items.is_empty() && items.iter().all(toml::Value::is_table) {
                        for (k, item) in items.iter().filter_map(|x| x.as_table()).enumerate() {
                            for (key, x) in item {
                                let field = format!("{field}[{k}].{key}");
                                let value = cell(x);
                                let row = [
                                    file, table, &record, &field, &value, &unit, &source, &as_of,
                                    &quote,
                                ];
                                csv.push_str(&csv_field::row(row));
                                csv.push('\n');
                            }
                        }
                        continue;
                    }
                }
                let value = match v {
                    toml::Value::String(s) => s.clone(),
                    toml::Value::Float(f) => f.to_string(),
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    other => other.to_string(),
                };
                let row = [
                    file, table, &record, field, &value, &unit, &source, &as_of, &quote,
                ];
                csv.push_str(&csv_field::row(row));
                csv.push('\n');
            }
        }
    }
}

/// One record of the wide CSV: file, table, record id, and its (field, value) pairs.
type Record = (String, String, String, Vec<(String, String)>);

/// Every record as (file, table, id, fields), nested lists of tables (a round's investors) as
/// records of their own ("rounds.investors", "openai-2026-02/amazon"): no TOML in any cell.
fn records(out: &mut Vec<Record>, file: &str, value: &toml::Value) {
    let Some(tables) = value.as_table() else {
        return;
    };
    for (table, v) in tables {
        let rows: Vec<&toml::Table> = match v {
            toml::Value::Table(t) => vec![t],
            toml::Value::Array(a) => a.iter().filter_map(|r| r.as_table()).collect(),
            _ => continue,
        };
        for (i, t) in rows.into_iter().enumerate() {
            let id = ai_infra_dataset::RECORD_NAME_KEYS
                .iter()
                .find_map(|k| t.get(*k).and_then(|v| v.as_str()))
                .map_or(
                    if matches!(v, toml::Value::Table(_)) {
                        table.clone()
                    } else {
                        i.to_string()
                    },
                    str::to_string,
                );
            let mut fields = Vec::new();
            for (field, v) in t {
                match v {
                    toml::Value::Array(items) if items.iter().all(|x| x.is_table()) => {
                        for item in items.iter().filter_map(|x| x.as_table()) {
                            // A round's investor by its company; a page's figure by what,
                            // whom and when ("capex-meta-2025").
                            let text = |k: &str| item.get(k).and_then(|c| c.as_str());
                            let sub = text("company").map_or_else(
                                || {
                                    ["metric", "subject", "period"]
                                        .map(|k| text(k).unwrap_or(""))
                                        .join("-")
                                },
                                str::to_string,
                            );
                            let cells = item.iter().map(|(k, v)| (k.clone(), cell(v))).collect();
                            out.push((
                                file.into(),
                                format!("{table}.{field}"),
                                format!("{id}/{sub}"),
                                cells,
                            ));
                        }
                    }
                    _ => fields.push((field.clone(), cell(v))),
                }
            }
            out.push((file.into(), table.clone(), id, fields));
        }
    }
}

/// A value as one CSV cell: numbers as written, dates as dates, lists joined by "; ".
fn cell(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        toml::Value::Float(f) => f.to_string(),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Array(a) => a.iter().map(cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// One row per record, one column per field (the union over all records, in first-seen order).
fn wide_csv(records: &[Record]) -> String {
    let mut columns: Vec<String> = Vec::new();
    for (_, _, _, fields) in records {
        for (f, _) in fields {
            if !columns.contains(f) {
                columns.push(f.clone());
            }
        }
    }
    let head = ["file", "table", "record"].map(String::from);
    let mut out: Vec<String> = vec![csv_field::row(head.iter().chain(&columns))];
    for (file, table, id, fields) in records {
        let cells = columns.iter().map(|c| {
            fields
                .iter()
                .find(|(f, _)| f == c)
                .map_or(String::new(), |x| x.1.clone())
        });
        out.push(csv_field::row(
            [file.clone(), table.clone(), id.clone()]
                .into_iter()
                .chain(cells),
        ));
    }
    out.join("\n") + "\n"
}
