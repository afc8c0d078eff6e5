//! One CSV field, quoted when it has to be (RFC 4180). Shared by the chart downloads
//! (`describe.rs`) and the dataset download that `build.rs` writes (it includes this file).

/// `s` as one CSV field: in double quotes, with quotes doubled, when it holds a comma, a quote
/// or a line break; as it is otherwise.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("Amazon (AWS)"), "Amazon (AWS)");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }
}
