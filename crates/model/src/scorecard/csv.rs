//! The scorecard as a download.

use super::{claims, held};
use ai_infra_dataset::Dataset;

/// The scorecard as CSV: one row per claim (topic, the article, what was reported, the
/// verdict, the day it was checked, the pages), then one per projection held against what
/// happened.
pub fn csv(data: &Dataset) -> String {
    use ai_infra_dataset::csv_field::row;
    let checked = data.reported.checked.to_string();
    let mut out = row([
        "claim",
        "article",
        "reported",
        "verdict",
        "verdict_id",
        "checked",
        "sources",
    ]) + "\n";
    for c in claims(data) {
        let urls: Vec<&str> = c.sources.iter().map(|s| s.url.as_str()).collect();
        let cells = [
            c.topic,
            c.article,
            c.reported,
            c.verdict.label(),
            c.verdict.id().to_string(),
            checked.clone(),
            urls.join(" "),
        ];
        out.push_str(&row(cells));
        out.push('\n');
    }
    out.push_str(&row([
        "projection",
        "period",
        "reported_low",
        "reported_high",
        "projected",
        "p10",
        "p90",
    ]));
    out.push('\n');
    let n = |v: f64| crate::format::trim(v, 2);
    for h in held(data) {
        let (lo, hi) = h
            .range
            .map_or((String::new(), String::new()), |(a, b)| (n(a), n(b)));
        let cells = [
            h.what,
            h.period.label(),
            n(h.reported.0),
            n(h.reported.1),
            n(h.projected),
            lo,
            hi,
        ];
        out.push_str(&row(cells));
        out.push('\n');
    }
    out
}
