//! The prerendered report as a document: what the app relies on when it takes the page over.

use ai_infra_report::app::query::{to_query, View};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::{Assumptions, Preset};
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

/// The element with id `id` in `html`, start tag to its matching end tag (by name).
fn element<'a>(html: &'a str, id: &str) -> Option<&'a str> {
    let at = html.find(&format!(" id=\"{id}\""))?;
    let start = html[..at].rfind('<')?;
    let name: String = html[start + 1..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let (open, close) = (format!("<{name}"), format!("</{name}>"));
    let (mut depth, mut i) = (0usize, start);
    loop {
        let next_open = html[i + 1..].find(&open).map(|j| j + i + 1);
        let next_close = html[i..].find(&close).map(|j| j + i)?;
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                i = o;
            }
            _ if depth > 0 => {
                depth -= 1;
                i = next_close + 1;
            }
            _ => return Some(&html[start..next_close + close.len()]),
        }
    }
}

/// What the app keeps from the prerender (`components::kept`) is the same in every scenario: the
/// bear's and the bull's addresses render each kept element byte for byte as the article's. A
/// kept paragraph that read an assumption would go stale when a slider moved.
#[test]
fn kept_elements_are_the_same_in_every_scenario() {
    let d = Dataset::embedded();
    let article = Assumptions::article(&d);
    let kept = [
        "funding-rounds",
        "capex-plans",
        "cloud-quarter",
        "market-forecast",
        "compute-view",
        "sustainability-judgment",
        "sustainability-caveat",
        "contents",
        "colophon",
        "week",
        "cards",
        "method",
    ];
    let base = ai_infra_report::prerender::report_at("");
    for preset in [Preset::Bull, Preset::Bear] {
        let bands = ai_infra_report::model::uncertainty::Settings::default();
        let query = to_query(&preset.apply(&d), &article, &bands, &View::default());
        assert!(!query.is_empty(), "{preset:?} differs from the article");
        let other = ai_infra_report::prerender::report_at(&query);
        assert_ne!(
            base, other,
            "{preset:?}: the live sections follow the scenario"
        );
        for id in kept {
            let (a, b) = (element(&base, id), element(&other, id));
            assert!(a.is_some_and(|e| e.len() > 40), "{id} rendered");
            assert_eq!(a, b, "{id} under {preset:?} ({query})");
        }
    }
}

#[test]
fn the_element_scan_finds_the_whole_element() {
    let html = r#"<div><p id="x">a <p>b</p> c</p><p>d</p></div>"#;
    assert_eq!(element(html, "x"), Some(r#"<p id="x">a <p>b</p> c</p>"#));
    assert_eq!(element(html, "y"), None);
}

/// Every figure the prose links to its source (`components::cited`) lands on a record of the
/// sources page, and figures of each data file the prose quotes are linked.
#[test]
fn every_figure_linked_to_its_source_lands_on_a_record_of_the_sources_page() {
    let report = ai_infra_report::prerender::report_html();
    let sources = ai_infra_report::prerender::sources_html();
    let page = ai_infra_report::dataset::SOURCES_PAGE;
    // The records are the table's rows (the page has other ids, like its caption's).
    let records: HashMap<&str, usize> = ids(&sources)
        .into_iter()
        .filter(|(id, _)| sources.contains(&format!("<tr id=\"{id}\"")))
        .collect();
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

/// The app writes the permalink into every element of `cite::ADDRESS_CLASS` (the class is a
/// literal in the markup, so Yew's `Classes` stays out of the wasm): the markup must carry it.
#[test]
fn the_citation_has_the_places_the_app_writes_the_address_into() {
    let html = ai_infra_report::prerender::report_html();
    let class = ai_infra_report::app::pages::report::sections::cite::ADDRESS_CLASS;
    let places = html.matches(&format!("class=\"{class}\"")).count();
    assert!(places >= 2, "{places} elements of class {class}");
}

/// A state the page switches (theme, a prerendered page) is a data attribute the stylesheet
/// reads; the prerendered report starts light and marked prerendered.
#[test]
fn the_prerendered_report_is_marked_for_the_stylesheet() {
    let html = ai_infra_report::prerender::report_html();
    let at = html.find("class=\"report\"").expect("the report's element");
    let start = html[..at].rfind('<').expect("its tag's start");
    let tag = &html[start..at + html[at..].find('>').expect("its tag's end")];
    assert!(tag.contains("data-theme=\"light\""), "{tag}");
    assert!(tag.contains("data-prerendered=\"true\""), "{tag}");
    let css = include_str!("../static/style.css");
    for selector in [
        "[data-theme=dark]",
        "[data-prerendered]",
        "[data-transparent]",
    ] {
        assert!(css.contains(selector), "style.css has no {selector}");
    }
}
