//! House rules for the source: no line of a `.rs` file under `src/`, `crates/`, `tests/` or
//! `benches/`, nor of a `.mjs` file under `tools/` or `tests/e2e/`, is longer than 120 characters
//! (characters, not bytes: the prose holds “ ” – ×), and no such file is longer than 400 lines.
//! rustfmt does not format the bodies of `html!` macros and Biome leaves long strings, template
//! literals and regular expressions as they are, so this test is what keeps them readable.

use std::path::{Path, PathBuf};

const MAX_LINE_CHARS: usize = 120;
const MAX_FILE_LINES: usize = 400;

/// Every file under `dir` whose extension is `ext`, in a stable order (`target/` skipped).
fn files_with(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            files_with(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The files the rules cover, at least `least` of them: `ext` files under each of `dirs`.
fn covered(dirs: &[&str], ext: &str, least: usize) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        files_with(&root.join(dir), ext, &mut files);
    }
    assert!(
        files.len() >= least,
        "found the .{ext} files under {dirs:?} ({} files)",
        files.len()
    );
    files
}

/// Every line over the width and every file over the length, one message each.
fn broken(files: &[PathBuf]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let name = file.strip_prefix(root).unwrap_or(file).display();
        for (i, line) in text.lines().enumerate() {
            let chars = line.chars().count();
            if chars > MAX_LINE_CHARS {
                problems.push(format!(
                    "{name}:{}: {chars} characters (at most {MAX_LINE_CHARS})",
                    i + 1
                ));
            }
        }
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES {
            problems.push(format!("{name}: {lines} lines (at most {MAX_FILE_LINES})"));
        }
    }
    problems
}

#[test]
fn no_line_over_120_characters_and_no_file_over_400_lines() {
    let rust = covered(&["src", "crates", "tests", "benches"], "rs", 50);
    let js = covered(&["tools", "tests/e2e"], "mjs", 25);
    let mut problems = broken(&rust);
    problems.extend(broken(&js));
    assert!(
        problems.is_empty(),
        "house rules broken:\n{}",
        problems.join("\n")
    );
}

/// One name, one idea: no two public types of the workspace share a name (a reader who meets
/// `Series` or `Estimate` knows which one it is).
#[test]
fn no_two_public_types_share_a_name() {
    let mut seen: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for file in covered(&["src", "crates"], "rs", 100) {
        let text = std::fs::read_to_string(&file).unwrap();
        for line in text.lines().map(str::trim_start) {
            for kind in ["pub struct ", "pub enum ", "pub type ", "pub trait "] {
                if let Some(rest) = line.strip_prefix(kind) {
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    seen.entry(name)
                        .or_default()
                        .push(file.display().to_string());
                }
            }
        }
    }
    assert!(seen.len() > 50, "read the types ({})", seen.len());
    let twice: Vec<String> = seen
        .iter()
        .filter(|(_, files)| files.len() > 1)
        .map(|(name, files)| format!("{name}: {}", files.join(", ")))
        .collect();
    assert!(
        twice.is_empty(),
        "public types with one name:\n{}",
        twice.join("\n")
    );
}
