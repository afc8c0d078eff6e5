//! The scorecard: every verdict recomputes from data/reported.toml.

use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::scorecard::claims;

#[test]
fn print_claims() {
    let d = Dataset::embedded();
    for c in claims(&d) {
        println!(
            "{:55} | {:22} | {:34} | {} | {}",
            c.topic,
            c.article,
            c.reported,
            c.verdict.label(),
            c.sources.len()
        );
    }
}
