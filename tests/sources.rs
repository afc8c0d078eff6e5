//! Every figure's quote is the article's own words: each `quote` in data/ is found verbatim in
//! the article the report is built on (`../shared/seed/article.txt`, beside the repository).

use ai_infra_report::dataset::DOWNLOAD_JSON;
use serde_json::Value;

/// The article with every run of whitespace as one space, as a quote spanning a line break reads.
fn article() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (the article must be beside the repository)"));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (where, quote) for every record of the dataset that has one.
fn quotes(v: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(q)) = m.get("quote") {
                out.push((at.to_string(), q.clone()));
            }
            for (k, v) in m {
                quotes(v, &format!("{at}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                quotes(v, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_quote_is_the_articles_own_words() {
    let article = article();
    let data: Value = serde_json::from_str(DOWNLOAD_JSON).unwrap();
    let mut found = Vec::new();
    quotes(&data, "data", &mut found);
    // Every record with a source has a quote (validation requires it): 29 in today's data.
    let sources = DOWNLOAD_JSON.matches("\"source\":").count();
    assert_eq!(found.len(), sources, "{found:?}");
    assert!(found.len() >= 29);
    for (at, quote) in &found {
        assert!(
            article.contains(quote.as_str()),
            "{at}: not in the article: {quote}"
        );
    }
}

#[test]
fn a_changed_word_is_caught() {
    let article = article();
    let quote = "Global cloud infrastructure revenue hit $119 billion in Q4 2025";
    assert!(article.contains(quote));
    assert!(!article.contains(&quote.replace("119", "118")));
}
