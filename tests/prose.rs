//! The page's prose takes its figures from the dataset: no figure of `data/*.toml` is typed
//! into `src/app` again, as the page would print it ("$419B", "30 %") or as a number in code
//! (`usd_bn(40.0)`). Correct a figure in data/ and every sentence follows.

use ai_infra_report::model::format::{pct, usd_bn};
use std::path::Path;

/// Every decimal figure of the article in the data files (years, counts and ids are integers
/// or text). What was reported since (reported.toml) reaches the page only through the
/// scorecard and the charts' histories, which print every figure from its record; its many
/// small numbers (shares, growth rates) would match the code's own constants.
fn figures() -> Vec<f64> {
    let mut out = Vec::new();
    fn walk(v: &toml::Value, out: &mut Vec<f64>) {
        match v {
            toml::Value::Float(f) => out.push(*f),
            toml::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    for entry in std::fs::read_dir("data").unwrap() {
        let path = entry.unwrap().path();
        if path.file_stem().is_some_and(|s| s == "reported") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        walk(&toml::from_str(&text).unwrap(), &mut out);
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Where `needle` stands in `hay` with no digit or decimal point glued to either side: a
/// point before it, or a point and a digit after it, make it part of another number ("0.30 %",
/// "2030.5"); a full stop after it does not ("passed $419B.", "by 2030.").
fn stands_alone(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let mut after = hay[i + needle.len()..].chars();
        let next = after.next();
        let decimal = next == Some('.') && after.next().is_some_and(|c| c.is_ascii_digit());
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && !next.is_some_and(|c| c.is_ascii_digit())
            && !decimal
    })
}

#[test]
fn no_figure_from_data_is_typed_into_the_page() {
    let figures = figures();
    assert!(
        figures.len() > 40,
        "read the data files ({})",
        figures.len()
    );
    let mut files = Vec::new();
    rust_files(Path::new("src/app"), &mut files);
    assert!(files.len() > 20);
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // The page's code, not its unit tests (which may compare with a known figure).
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for v in &figures {
            // 100 is also the percent scale (`share / 100.0`), not a figure when in code.
            let in_code = (*v != 100.0).then(|| format!("{v:?}"));
            for spelled in [usd_bn(*v), pct(*v)].into_iter().chain(in_code) {
                if stands_alone(code, &spelled) {
                    found.push(format!("{}: {spelled}", file.display()));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "figures from data/ typed into src/app:\n{}",
        found.join("\n")
    );
}

/// The string literals of `code` (its comment lines left out), escapes kept as written; a
/// literal may run over several lines.
fn literals(code: &str) -> Vec<String> {
    let text: Vec<&str> = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect();
    // A quote as a character ('"') opens no string.
    let text = text.join("\n").replace("'\"'", "");
    let mut out = Vec::new();
    let mut start = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match (start, c) {
            (Some(_), '\\') if !escaped => escaped = true,
            (Some(s), '"') if !escaped => {
                out.push(text[s..i].to_string());
                start = None;
            }
            (None, '"') => start = Some(i + 1),
            _ => escaped = false,
        }
    }
    out
}

/// The projection's horizon is spelled once (`model::horizon`): no text of the page, the
/// charts or the model types its later years again. Names of live numbers for the tests
/// ("capex-2030") are not prose.
#[test]
fn the_horizon_is_spelled_once() {
    use ai_infra_report::model::horizon::{HEADLINE_YEAR, LAST_YEAR};
    let mut files = Vec::new();
    for dir in ["src/app", "crates/charts/src", "crates/model/src"] {
        rust_files(Path::new(dir), &mut files);
    }
    let years = [HEADLINE_YEAR, LAST_YEAR].map(|y| y.to_string());
    let name = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.ends_with("horizon.rs")) {
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for lit in literals(code).into_iter().filter(|l| !name(l)) {
            if years.iter().any(|y| stands_alone(&lit, y)) {
                found.push(format!("{}: \"{lit}\"", file.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the horizon's years typed into text:\n{}",
        found.join("\n")
    );
    // The check sees what it is for.
    // A literal over two lines is one; a quote as a character is none.
    let sample = "let a = \"in \\\n    2030\"; // \"2035\"\nlet q = '\"';";
    assert_eq!(literals(sample), ["in \\\n    2030", "2035"]);
    assert!(
        stands_alone("by 2030.", "2030")
            && !stands_alone("2030.5", "2030")
            && !stands_alone("12030", "2030")
    );
}
