//! Live sentences read aloud: no sentence of the report's prose runs over 35 words, at the
//! article's view, at every scenario and on the reported base.

use ai_infra_report::app::query::{to_query, View};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::uncertainty::Settings;
use ai_infra_report::model::{Assumptions, Preset};

/// The most words a sentence of the prose may have.
const MOST_WORDS: usize = 35;

/// The text of every paragraph (`<p …>…</p>`) of `html`, tags dropped.
fn paragraphs(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in html.split("<p").skip(1) {
        // `<p>` or `<p …>`, not `<pre>` or `<picture>`.
        if !(part.starts_with('>') || part.starts_with(' ')) {
            continue;
        }
        let Some(start) = part.find('>') else {
            continue;
        };
        let body = &part[start + 1..];
        let body = body.split("</p>").next().unwrap_or_default();
        let mut text = String::new();
        let mut in_tag = false;
        for c in body.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(
            text.replace("&amp;", "&")
                .replace("&#x27;", "'")
                .replace("&quot;", "\""),
        );
    }
    out
}

/// Sentences: split after ". ", "? ", "! " (a decimal point is followed by a digit).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let next = chars.get(i + 1);
        // A full stop ends a sentence before a space (or a closing bracket or quote and a
        // space): a decimal point is followed by a digit.
        let after = |k: usize| chars.get(k).is_none_or(|n| n.is_whitespace());
        let stop = matches!(c, '.' | '?' | '!')
            || matches!(c, ')' | '”' | '"') && i > 0 && matches!(chars[i - 1], '.' | '?' | '!');
        if stop && after(i + 1) && !matches!(next, Some(')' | '”')) {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[test]
fn no_sentence_of_the_prose_runs_over_35_words() {
    let d = Dataset::embedded();
    let article = Assumptions::article(&d);
    let bands = Settings::default();
    let mut queries = vec![String::new(), "base=reported".to_string()];
    for p in Preset::ALL {
        queries.push(to_query(&p.apply(&d), &article, &bands, &View::default()));
    }
    let mut long = Vec::new();
    for q in &queries {
        let html = ai_infra_report::prerender::report_at(q);
        for p in paragraphs(&html) {
            for s in sentences(&p) {
                if words(&s) > MOST_WORDS {
                    long.push(format!("[{q}] {} words: {s}", words(&s)));
                }
            }
        }
    }
    long.sort();
    long.dedup();
    assert!(long.is_empty(), "{}", long.join("\n"));
}

#[test]
fn the_counter_counts() {
    assert_eq!(sentences("It is 2.5 years. Then 3.").len(), 2);
    assert_eq!(sentences("(A note.) Then more.").len(), 2);
    assert_eq!(words("Azure passes AWS in 2028 (2.1–2.8)."), 6);
    assert_eq!(
        paragraphs("<p class=\"x\">A <b>b</b> c.</p><p>D.</p>"),
        ["A b c.", "D."]
    );
}
