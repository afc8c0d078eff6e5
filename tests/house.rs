//! House rules for the source: no line of a `.rs` file under `src/` or `crates/` is longer
//! than 120 characters (characters, not bytes: the prose holds “ ” – ×), and no such file is
//! longer than 400 lines. rustfmt does not format the bodies of `html!` macros, so this test
//! is what keeps them readable.

use std::path::{Path, PathBuf};

const MAX_LINE_CHARS: usize = 120;
const MAX_FILE_LINES: usize = 400;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
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
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_line_over_120_characters_and_no_file_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates"] {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() > 30,
        "found the sources ({} files)",
        files.len()
    );
    let mut problems = Vec::new();
    for file in &files {
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
    assert!(
        problems.is_empty(),
        "house rules broken:\n{}",
        problems.join("\n")
    );
}
