//! `sources.html`: every record of the dataset with the article's words it comes from, its
//! source and its date (before its figures, so a phone shows them first). Built natively
//! (`cargo run --bin export`), never part of the wasm: the report links to it, so its quotes
//! cost the report's download nothing.
//!
//! Read from the dataset's JSON download (the same data files, as build.rs wrote them): a record
//! is any table with a `quote`, so a new table in data/ appears here without code.

use crate::dataset::{Dataset, DOWNLOAD_JSON};
use serde_json::{Map, Value};
use yew::prelude::*;

/// The fields every cited record has, shown in their own columns.
const PROVENANCE: [&str; 4] = ["quote", "source", "as_of", "unit"];

/// One cited record: where it is in data/, its figures and where they come from.
#[derive(Clone, PartialEq, Debug)]
pub struct Cited {
    /// Its anchor on the page: `<file>-<table>-<record>`, for a link to one record.
    pub anchor: String,
    pub file: String,
    pub record: String,
    /// (field, value) for every figure and text of the record, nested lists summarised.
    pub figures: Vec<(String, String)>,
    pub quote: String,
    pub source: String,
    pub as_of: String,
    pub unit: String,
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("; "),
        Value::Object(m) => m
            .values()
            .map(text)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

fn cited(
    file: &str,
    (table, name): (&str, Option<String>),
    m: &Map<String, Value>,
) -> Option<Cited> {
    let get = |k: &str| m.get(k).map(text).unwrap_or_default();
    let quote = get("quote");
    if quote.is_empty() {
        return None;
    }
    let figures = m
        .iter()
        .filter(|(k, _)| !PROVENANCE.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), text(v)))
        .collect();
    Some(Cited {
        anchor: crate::dataset::record_anchor(file, table, name.as_deref()),
        file: file.to_string(),
        record: name.map_or_else(|| table.to_string(), |n| format!("{table}: {n}")),
        figures,
        quote,
        source: get("source"),
        as_of: get("as_of"),
        unit: get("unit"),
    })
}

/// Every cited record of the dataset, file by file.
pub fn records() -> Vec<Cited> {
    let data: Map<String, Value> =
        serde_json::from_str(DOWNLOAD_JSON).expect("build.rs wrote JSON");
    let mut out = Vec::new();
    for (file, tables) in &data {
        for (table, v) in tables.as_object().into_iter().flatten() {
            match v {
                Value::Object(m) => out.extend(cited(file, (table, None), m)),
                Value::Array(items) => out.extend(items.iter().enumerate().filter_map(|(i, r)| {
                    let r = r.as_object()?;
                    let name = crate::dataset::RECORD_NAME_KEYS
                        .iter()
                        .find_map(|k| r.get(*k).and_then(Value::as_str));
                    let name = name.map_or_else(|| i.to_string(), str::to_string);
                    cited(file, (table, Some(name)), r)
                })),
                _ => {}
            }
        }
    }
    out
}

/// The table's columns; on a phone each value is labelled with its column's name instead.
const HEADERS: [&str; 4] = ["Record", "The article's words", "Source, as of", "Figures"];

/// A source's name without its parenthesis: "Synergy Research Group (via the article)" is
/// "Synergy Research Group".
fn short_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name)
}

/// A data file's field or record name as words: "yoy_growth_pct" is "yoy growth %",
/// "companies: amazon" stays as it is.
fn words(name: &str) -> String {
    let spaced = name.replace('_', " ");
    match spaced.strip_suffix(" pct") {
        Some(rest) => format!("{rest} %"),
        None => spaced,
    }
}

/// A field's value as words: flags read "yes" and "no".
fn value_words(v: &str) -> &str {
    match v {
        "true" => "yes",
        "false" => "no",
        other => other,
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesPageProps {
    pub data: std::rc::Rc<Dataset>,
}

#[function_component]
pub fn SourcesPage(p: &SourcesPageProps) -> Html {
    let article = &p.data.meta.article;
    // A source by its short name ("The article's data sources"): the page's introduction
    // lists each in full once, not in every row.
    let source_name = |id: &str| {
        let source = p.data.meta.sources.iter().find(|s| s.id == id);
        source.map_or(id.to_string(), |s| short_name(&s.name).to_string())
    };
    let all_sources = p.data.meta.sources.iter().map(|s| s.name.to_string());
    html! {
        <div class="report sources-page">
            <header class="masthead">
                <p class="kicker"><a href="./">{ format!("← {}", crate::REPORT_TITLE) }</a></p>
                <h1>{ "Every figure and its source" }</h1>
                <p class="dek">{ "Each record of the report's dataset with the words of " }
                    <cite>{ &*article.title }</cite>
                    { format!(" ({}) it comes from, verbatim, its source and the date it is as of. \
                        These are the article's figures; the report's projections are derived from them \
                        with assumptions, each labelled in the report's method.", article.published.human()) }
                </p>
                <p class="dek">{ "Sources: " }{ all_sources.collect::<Vec<_>>().join("; ") }{ "." }</p>
            </header>
            <main>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="sources-h">
                <table class="sources-table">
                    <caption id="sources-h">{ "The dataset's records, with the article's words" }</caption>
                    <thead><tr>
                        { for HEADERS.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }
                    </tr></thead>
                    <tbody>{ for records().into_iter().map(|r| html! {
                        <tr id={r.anchor.clone()}>
                            <th scope="row"><a href={format!("#{}", r.anchor)}>{ words(&r.record) }</a>
                                <br /><small>{ format!("data/{}.toml", r.file) }</small></th>
                            <td class="quote" data-label={HEADERS[1]}>
                                <blockquote>{ format!("“{}”", r.quote) }</blockquote></td>
                            <td data-label={HEADERS[2]}>{ source_name(&r.source) }{ ", " }
                                <time datetime={r.as_of.clone()}>{ &r.as_of }</time></td>
                            <td data-label={HEADERS[3]}><ul class="figures">{ for r.figures.iter().map(|(k, v)| html! {
                                <li>{ format!("{}: {}", words(k), value_words(v)) }</li>
                            }) }
                            if !r.unit.is_empty() { <li>{ format!("unit: {}", r.unit) }</li> }
                            </ul></td>
                        </tr>
                    }) }</tbody>
                </table>
                </div>
                <p>{ "Download the same records: " }
                    <a href={crate::dataset::DOWNLOAD_WIDE_CSV_FILE}>{ "CSV, a row per record" }</a>{ ", " }
                    <a href={crate::dataset::DOWNLOAD_CSV_FILE}>{ "CSV, a row per figure" }</a>{ ", " }
                    <a href={crate::dataset::DOWNLOAD_JSON_FILE}>{ "JSON" }</a>{ "." }</p>
            </main>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{short_name, value_words, words};

    #[test]
    fn field_names_read_as_words() {
        assert_eq!(words("yoy_growth_pct"), "yoy growth %");
        assert_eq!(words("total_2026_at_least"), "total 2026 at least");
        assert_eq!(words("companies: amazon"), "companies: amazon");
        assert_eq!(value_words("true"), "yes");
        assert_eq!(value_words("355"), "355");
        assert_eq!(
            short_name("Synergy Research Group (via the article)"),
            "Synergy Research Group"
        );
        assert_eq!(short_name("OpenAI"), "OpenAI");
    }
}
