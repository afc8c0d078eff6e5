//! The prerendered report as a document: what the app relies on when it takes the page over.

use std::collections::HashMap;

/// Every `id="…"` in `html`, with how often it occurs.
fn ids(html: &str) -> HashMap<&str, usize> {
    let mut seen = HashMap::new();
    for part in html.split(" id=\"").skip(1) {
        let id = part.split('"').next().unwrap_or_default();
        *seen.entry(id).or_insert(0) += 1;
    }
    seen
}

/// The app moves prerendered elements into place by id (`components::kept`), and the charts'
/// downloads and links find their canvas by id: one id used twice takes the wrong element.
#[test]
fn every_element_id_in_the_prerendered_report_is_unique() {
    let html = ai_infra_report::prerender::report_html();
    let seen = ids(&html);
    assert!(seen.len() > 50, "ids found: {}", seen.len());
    let twice: Vec<_> = seen.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "ids used more than once: {twice:?}");
}

#[test]
fn the_id_scan_sees_a_repeated_id() {
    let seen = ids(r#"<p id="a">x</p><canvas id="b"></canvas><div id="a"></div>"#);
    assert_eq!(seen.get("a"), Some(&2));
    assert_eq!(seen.get("b"), Some(&1));
}
