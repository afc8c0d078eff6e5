//! Section 6: the three layers of AI compute — training, inference at scale, edge.
//!
//! AI compute spend each year is the five companies' projected CapEx. Edge takes a fixed share;
//! the rest splits between training and inference by a ratio that moves geometrically from
//! today's (from the inference-share slider) to the 2030 ratio (the article's "10x").

use super::capex::{CapexProjection, HEADLINE_YEAR, LAST_YEAR};

pub const START_YEAR: i32 = 2026;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ComputeInputs {
    /// Inference as a share of training + inference in 2026, percent.
    pub inference_share_pct: f64,
    /// Inference ÷ training in 2030.
    pub ratio_2030: f64,
    /// Edge as a share of all AI compute, percent.
    pub edge_share_pct: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComputeLayers {
    pub years: Vec<i32>,
    pub training: Vec<f64>,
    pub inference: Vec<f64>,
    pub edge: Vec<f64>,
    /// Inference ÷ training each year.
    pub ratio: Vec<f64>,
    /// First year inference spend is at least training spend; `None` if not by 2030.
    pub inference_passes_training: Option<i32>,
}

/// Inference ÷ training in `year`: geometric path from the 2026 ratio to the 2030 ratio.
pub fn ratio_in(i: &ComputeInputs, year: i32) -> f64 {
    let share = i.inference_share_pct / 100.0;
    let r0 = share / (1.0 - share);
    // The ratio reaches the 2030 value in 2030 and holds it after.
    let span = HEADLINE_YEAR - START_YEAR;
    r0 * super::pow_ratio(i.ratio_2030 / r0, (year - START_YEAR).min(span), span)
}

pub fn project(i: &ComputeInputs, capex: &CapexProjection) -> ComputeLayers {
    let years: Vec<i32> = (START_YEAR..=LAST_YEAR).collect();
    let ratio: Vec<f64> = years.iter().map(|y| ratio_in(i, *y)).collect();
    let edge_share = i.edge_share_pct / 100.0;
    let (mut training, mut inference, mut edge) = (vec![], vec![], vec![]);
    for (y, r) in years.iter().zip(&ratio) {
        let total = capex.at(*y);
        let core = total * (1.0 - edge_share);
        edge.push(total * edge_share);
        training.push(core / (1.0 + r));
        inference.push(core * r / (1.0 + r));
    }
    // Compare the ratio itself (not the rounded spends) so a tie at exactly 1 counts as passed.
    let inference_passes_training = years
        .iter()
        .zip(&ratio)
        .find(|(_, r)| **r >= 1.0 - 1e-12)
        .map(|(y, _)| *y);
    ComputeLayers {
        years,
        training,
        inference,
        edge,
        ratio,
        inference_passes_training,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capex::{project as capex, CapexInputs};

    fn flat_capex() -> CapexProjection {
        capex(&CapexInputs {
            base_2025: 255.0,
            base_2026: 355.0,
            growth_pct: 0.0,
            slowdown_pp: 0.0,
            plateau_year: None,
            post_plateau_pct: 0.0,
            estimate: (3000.0, 4000.0),
            reading: crate::HuangReading::Cumulative,
        })
    }

    #[test]
    fn article_view_inference_passes_training_in_2027() {
        // 35 % share → r0 = 0.35/0.65 = 0.53846; to 10 in 4 years: factor (10/0.53846)^(1/4)
        // = 18.571^0.25 = 2.0759 a year → 2027: 1.1178 ≥ 1.
        let l = project(
            &ComputeInputs {
                inference_share_pct: 35.0,
                ratio_2030: 10.0,
                edge_share_pct: 5.0,
            },
            &flat_capex(),
        );
        assert!((l.ratio[1] - 1.1178).abs() < 1e-3, "{}", l.ratio[1]);
        assert!((l.ratio[4] - 10.0).abs() < 1e-9);
        assert_eq!(l.inference_passes_training, Some(2027));
        // Spend adds back up to CapEx: 355 × 0.95 split 1 : 10 in 2030, edge 17.75.
        assert!((l.training[4] + l.inference[4] + l.edge[4] - 355.0).abs() < 1e-9);
        assert!((l.inference[4] - 355.0 * 0.95 * 10.0 / 11.0).abs() < 1e-9);
    }

    #[test]
    fn a_tie_counts_as_inference_passing_training() {
        // Half of today's spend and a 2030 ratio of 1: inference equals training every year,
        // which the page reads as passed (in the first year), not as never.
        let l = project(
            &ComputeInputs {
                inference_share_pct: 50.0,
                ratio_2030: 1.0,
                edge_share_pct: 5.0,
            },
            &flat_capex(),
        );
        assert!(
            l.ratio.iter().all(|r| (r - 1.0).abs() < 1e-12),
            "{:?}",
            l.ratio
        );
        assert_eq!(l.inference_passes_training, Some(START_YEAR));
    }

    #[test]
    fn never_passes_when_ratio_stays_below_one() {
        let l = project(
            &ComputeInputs {
                inference_share_pct: 20.0,
                ratio_2030: 0.5,
                edge_share_pct: 0.0,
            },
            &flat_capex(),
        );
        assert_eq!(l.inference_passes_training, None);
    }

    #[test]
    fn already_passed_when_inference_is_the_majority_today() {
        let l = project(
            &ComputeInputs {
                inference_share_pct: 60.0,
                ratio_2030: 0.5,
                edge_share_pct: 0.0,
            },
            &flat_capex(),
        );
        assert_eq!(l.inference_passes_training, Some(2026));
    }
}
