//! The newcomer's documents stay true: every path ARCHITECTURE.md and README.md name exists,
//! every name ARCHITECTURE.md says is in a file is in it (`Name` (`path`)), and its table of
//! crates is the workspace's.

use std::path::Path;

/// The backticked spans of a Markdown text, outside fenced blocks.
fn spans(md: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in md.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            out.extend(line.split('`').skip(1).step_by(2));
        }
    }
    out
}

/// A span that names a file or folder of the repository (not a glob, a URL or a command).
fn is_path(s: &str) -> bool {
    let ext = [
        ".rs", ".toml", ".md", ".sh", ".mjs", ".json", ".css", ".js", ".html", ".conf",
    ];
    !s.contains([' ', '*', '<', '{', ':'])
        && !s.starts_with(['.', '-', '/'])
        && (s.contains('/') || ext.iter().any(|e| s.ends_with(e)))
        && s.split('/')
            .next()
            .is_some_and(|top| Path::new(top).exists())
}

#[test]
fn every_path_the_documents_name_exists() {
    let mut missing = Vec::new();
    for doc in ["ARCHITECTURE.md", "README.md"] {
        let text = std::fs::read_to_string(doc).unwrap();
        for span in spans(&text).into_iter().filter(|s| is_path(s)) {
            if !Path::new(span.trim_end_matches('/')).exists() {
                missing.push(format!("{doc}: {span}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "named but not there:\n{}",
        missing.join("\n")
    );
    assert!(
        is_path("crates/model/src/levers.rs") && !is_path("data/*.toml") && !is_path("?embed=x")
    );
}

#[test]
fn every_name_said_to_be_in_a_file_is_there() {
    let text = std::fs::read_to_string("ARCHITECTURE.md")
        .unwrap()
        .replace('\n', " ");
    let mut checked = 0;
    let mut wrong = Vec::new();
    // "`Name` (`path`)": the name is in the file at that path.
    for (i, _) in text.match_indices("` (`") {
        let name = text[..i].rsplit('`').next().unwrap_or_default();
        let path = text[i + 4..].split('`').next().unwrap_or_default();
        let file = std::fs::read_to_string(path).unwrap_or_default();
        checked += 1;
        if !file.contains(name) {
            wrong.push(format!("{name} is not in {path}"));
        }
    }
    assert!(checked >= 5, "only {checked} names checked");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_crates_table_is_the_workspace() {
    let text = std::fs::read_to_string("ARCHITECTURE.md").unwrap();
    let root = std::fs::read_to_string("Cargo.toml").unwrap();
    let members = root
        .split("members = [")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    let mut rows = 0;
    for line in text.lines().filter(|l| l.starts_with("| `ai-infra-")) {
        let cells: Vec<&str> = line.split('`').collect();
        let (name, folder) = (cells[1], cells[3].trim_end_matches('/'));
        let manifest = if folder == "src" {
            root.clone()
        } else {
            assert!(
                members.contains(&format!("\"{folder}\"")),
                "{folder} is not a member"
            );
            std::fs::read_to_string(format!("{folder}/Cargo.toml")).unwrap()
        };
        assert!(
            manifest.contains(&format!("name = \"{name}\"")),
            "{folder} is not {name}"
        );
        rows += 1;
    }
    assert_eq!(
        rows,
        members.split(',').filter(|m| m.contains('"')).count(),
        "a row per member"
    );
}
