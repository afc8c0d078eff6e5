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

/// Every figure the prose links to its source (`components::source`) lands on a record of the
/// sources page, and the prose has such links in each section the build keeps.
#[test]
fn every_figure_linked_to_its_source_lands_on_a_record_of_the_sources_page() {
    let report = ai_infra_report::prerender::report_html();
    let sources = ai_infra_report::prerender::sources_html();
    let page = ai_infra_report::dataset::SOURCES_PAGE;
    let records = ids(&sources);
    let links: Vec<&str> = report
        .split(&format!("href=\"{page}#"))
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap_or_default())
        .collect();
    assert!(links.len() >= 15, "{links:?}");
    let missing: Vec<_> = links.iter().filter(|a| !records.contains_key(*a)).collect();
    assert!(missing.is_empty(), "no such record on {page}: {missing:?}");
    for file in ["funding", "capex", "cloud", "narrative"] {
        assert!(
            links.iter().any(|a| a.starts_with(file)),
            "{file}: {links:?}"
        );
    }
}
