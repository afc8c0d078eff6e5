//! CSV fields and rows, quoted where they have to be (RFC 4180). Shared by every CSV the
//! report writes: the dataset downloads (`build.rs`), the chart and projection downloads.

/// `s` as one CSV field: in double quotes, with quotes doubled, when it holds a comma, a quote
/// or a line break; as it is otherwise.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One CSV line (without its line break): each cell quoted as [`field`] does.
pub fn row<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> String {
    let cells: Vec<String> = cells.into_iter().map(|c| field(c.as_ref())).collect();
    cells.join(",")
}

#[cfg(test)]
mod tests {
    use super::{field, row};

    #[test]
    fn rows_quote_each_cell() {
        assert_eq!(row(["a", "b, c", ""]), "a,\"b, c\",");
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("Amazon (AWS)"), "Amazon (AWS)");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }
}
