//! The query's text: escapes decoded, and bad values echoed back short and clean.

/// Longest piece of a bad value echoed back in a notice.
pub(super) const ECHO: usize = 24;

pub(super) fn echo(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(ECHO).collect();
    if s.chars().count() > ECHO {
        format!("{clean}…")
    } else {
        clean
    }
}

/// Decodes `%xx` and `+`; invalid escapes are kept as they are.
pub(super) fn decode(s: &str) -> String {
    let hex = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let escaped = match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => Some(h * 16 + l),
            _ => None,
        };
        match (escaped, b[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, c) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
