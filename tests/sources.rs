//! Every figure's quote is the article's own words: each `quote` in data/ is found verbatim in
//! the article the report is built on (`../shared/seed/article.txt`, beside the repository, as
//! in CI). A clone of the repository alone has no article: these checks then say plainly that
//! they were skipped, and why, and pass.

use ai_infra_report::dataset::DOWNLOAD_JSON;
use serde_json::Value;

/// The article with every run of whitespace as one space, as a quote spanning a line break
/// reads; `None` (and a line saying so) where it is not beside the repository.
fn article() -> Option<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text.split_whitespace().collect::<Vec<_>>().join(" ")),
        Err(e) => {
            eprintln!("SKIPPED: the quote checks need the article at {path} ({e}); it is beside the repository in CI");
            None
        }
    }
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

/// The quotes not found word for word in `article`.
fn missing<'a>(article: &str, quotes: &'a [(String, String)]) -> Vec<&'a (String, String)> {
    quotes
        .iter()
        .filter(|(_, q)| !article.contains(q.as_str()))
        .collect()
}

fn dataset_quotes() -> Vec<(String, String)> {
    let data: Value = serde_json::from_str(DOWNLOAD_JSON).unwrap();
    let mut found = Vec::new();
    quotes(&data, "data", &mut found);
    found
}

#[test]
fn every_quote_is_the_articles_own_words() {
    let found = dataset_quotes();
    // Every record with a source has a quote (validation requires it): 29 in today's data.
    let sources = DOWNLOAD_JSON.matches("\"source\":").count();
    assert_eq!(found.len(), sources, "{found:?}");
    assert!(found.len() >= 29);
    let Some(article) = article() else { return };
    assert_eq!(missing(&article, &found), Vec::<&(String, String)>::new());
}

#[test]
fn a_changed_figure_or_word_is_caught() {
    let Some(article) = article() else { return };
    let (at, quote) = dataset_quotes()
        .into_iter()
        .find(|(_, q)| q.contains(" the ") && q.contains(char::is_numeric))
        .expect("a quote with a figure and a \"the\"");
    // One digit, one word, and a quote run on past what the article says.
    let digit = quote.find(char::is_numeric).unwrap_or(0);
    let next = (quote.as_bytes()[digit] - b'0' + 1) % 10;
    let changed = [
        format!("{}{next}{}", &quote[..digit], &quote[digit + 1..]),
        quote.replacen(" the ", " a ", 1),
        format!("{quote} and more"),
    ];
    let found: Vec<(String, String)> = changed.into_iter().map(|q| (at.clone(), q)).collect();
    assert!(missing(&article, &[(at.clone(), quote)]).is_empty());
    assert_eq!(missing(&article, &found).len(), 3, "{found:?}");
}
