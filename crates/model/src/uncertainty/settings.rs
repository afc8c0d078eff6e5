//! What the reader sets for the bands (on or off, the seed, each lever's spread), the limits
//! the page and the permalink hold them to, and how many paths a run takes.

use super::{spreads, Sampler, Simulation, DEFAULT_WIDTH, QUANTILES};
use crate::assumptions::{Assumptions, KEYS};
use ai_infra_dataset::Dataset;

/// What the reader set for the bands: whether they are shown, the generator's seed and each
/// lever's spread as a multiple of the presets' range. The permalink keeps all three.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub on: bool,
    pub seed: u64,
    pub width: [f64; KEYS],
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            on: true,
            seed: DEFAULT_SEED,
            width: DEFAULT_WIDTH,
        }
    }
}

impl Settings {
    /// The bands and ranges at assumptions `a`, with `paths` draws; `None` when switched off.
    pub fn simulate(&self, data: &Dataset, a: &Assumptions, paths: usize) -> Option<Simulation> {
        let mut sampler = self.sampler(data, a)?;
        sampler.run(data, paths);
        Some(sampler.finish())
    }

    /// No paths yet at assumptions `a`, for a run made in steps; `None` when switched off.
    pub fn sampler(&self, data: &Dataset, a: &Assumptions) -> Option<Sampler> {
        self.on
            .then(|| Sampler::new(a, &spreads(data, a, &self.width), self.seed))
    }
}

/// The seed a page starts with (any fixed number would do; the permalink can change it).
pub const DEFAULT_SEED: u64 = 1;

/// The largest seed the page accepts: every seed up to it is exact as a JavaScript number.
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// The widest spread, as a multiple of the presets' range.
pub const MAX_WIDTH: f64 = 2.0;

/// A spread as the page keeps it: within 0..=[`MAX_WIDTH`], to the hundredth (so the
/// permalink writes it exactly and reads the same value back).
pub fn snap_width(w: f64) -> f64 {
    (crate::clamp(w, 0.0, MAX_WIDTH) * 100.0).round() / 100.0
}

/// Paths behind the bands once a change settles, as first drawn: p10 and p90 then sit within
/// about 1.3 percentiles of where infinitely many paths would put them (one standard error,
/// [`sampling_error`]). Also what the main thread runs before the worker is up: 1,000 paths
/// took one task long enough to block a phone for 60 ms when the page starts (Lighthouse TBT
/// 79–106 ms against 15–17 ms with 500).
pub const SETTLED_PATHS: usize = 500;

/// Paths the worker goes on to once it has answered with [`SETTLED_PATHS`], in steps of
/// [`REFINE_STEP`], answering again at the end: p10 and p90 within about 0.7 percentiles.
pub const REFINED_PATHS: usize = 2000;

/// Paths per step of a refinement: between steps the worker reads its messages, so a newer
/// request waits for one step at most (about a fifth of the first answer's time).
pub const REFINE_STEP: usize = 100;

/// One standard error of the p10 or p90 of `paths` runs, in percentiles: √(0.1 · 0.9 / n) · 100.
pub fn sampling_error(paths: usize) -> f64 {
    let p = QUANTILES[0];
    (p * (1.0 - p) / paths.max(1) as f64).sqrt() * 100.0
}

/// Paths while a slider moves: the first of the same draws, so the bands follow the line at
/// once and settle onto the full run's without a jump in their shape.
pub const DRAG_PATHS: usize = 64;

/// The share of runs between p10 and p90 (the outer band, and every range the page gives):
/// "80 %".
pub fn outer_share() -> String {
    crate::format::pct(((QUANTILES[4] - QUANTILES[0]) * 100.0).round())
}

/// What every range on the page is: "middle 80 % of runs".
pub fn middle_runs() -> String {
    format!("middle {} of runs", outer_share())
}

/// The share of runs between p25 and p75 (the inner band): "50 %".
pub fn inner_share() -> String {
    crate::format::pct(((QUANTILES[3] - QUANTILES[1]) * 100.0).round())
}
