//! Layer 2: the model. Pure functions from (dataset, assumptions) to projections and derived
//! answers; no browser types, so `cargo test` checks every number natively. The page, the
//! prerender and the tests all use it; it knows nothing of them.

/// The report's name, as its masthead, embeds, downloads, sources page and citation give it.
pub const REPORT_TITLE: &str = "The trillion-dollar AI infrastructure race";

pub mod assumptions;
pub mod capex;
pub mod cloud;
pub mod compute;
pub mod format;
pub mod funding;
pub mod horizon;
pub mod levers;
pub mod market;
pub mod presets;
pub mod projections;
pub mod reported;
pub mod scorecard;
pub mod sensitivity;
pub mod sustainability;
pub mod uncertainty;

pub use assumptions::{Assumptions, HuangReading, Key, Origin, Spec};
pub use presets::Preset;

/// `v` held within `lo..=hi` (`lo` for NaN). Not `f64::clamp`: its check that `lo <= hi` formats
/// both bounds with `{:?}` when it fails, which links Rust's float formatting into the wasm.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// `x` to the power `p / q` (`q` > 0): the model's only fractional powers, a growth rate over
/// whole years and a ratio's path in whole years. The `q`th root by Newton's method instead of
/// `f64::powf`, whose libm routine is about 0.5 KB of the wasm; it agrees with `powf` to within
/// 8 ulps for p ≤ q (tested), and the page rounds far coarser.
pub fn pow_ratio(x: f64, p: i32, q: i32) -> f64 {
    root(x, q).powi(p)
}

/// The positive `n`th root of `x`: NaN below zero (and for `n` < 1), `x` itself at 0, infinity
/// and NaN.
fn root(x: f64, n: i32) -> f64 {
    if n == 1 || x == 0.0 || x.is_infinite() || x.is_nan() {
        return x;
    }
    if x < 0.0 || n < 1 {
        return f64::NAN;
    }
    // From a power of two at or above the root (x < 2^e, so x^(1/n) < 2^ceil(e/n)), Newton's
    // steps descend to the root; the first that does not is rounding at the root.
    let e = ((x.to_bits() >> 52) & 0x7ff) as i32 - 1022;
    let mut y = 2f64.powi(e.div_euclid(n) + 1);
    loop {
        let next = (f64::from(n - 1) * y + x / y.powi(n - 1)) / f64::from(n);
        if next >= y {
            return y;
        }
        y = next;
    }
}

use ai_infra_dataset::{Dataset, ProviderId};
use cloud::Segment;

/// Everything the page shows that depends on the assumptions, computed in one pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub capex: capex::CapexProjection,
    pub flowback: funding::Flowback,
    pub cloud: cloud::CloudProjection,
    pub market: market::MarketPath,
    pub compute: compute::ComputeLayers,
    pub sustainability: sustainability::Sustainability,
    /// The article's earlier end of "2–3 years" (2028), and the first year the estimate is
    /// reached with that plateau instead of the reader's, in the chosen reading.
    pub early_plateau_year: i32,
    pub early_plateau_estimate_year: Option<i32>,
    /// The assumptions it was computed at (what the tornado varies one lever of).
    pub assumptions: Assumptions,
}

impl Report {
    pub fn compute(data: &Dataset, a: &Assumptions) -> Report {
        let capex = capex::project(&capex_inputs(data, a));
        let early_plateau_year =
            data.meta.article.published.year + data.narrative.plateau.years_away_min;
        let early = capex::project(&capex::CapexInputs {
            plateau_year: Some(early_plateau_year),
            ..capex_inputs(data, a)
        });
        let cloud = cloud::project(
            data,
            |segment| {
                Some(a.get(match segment {
                    Segment::Provider(ProviderId::Aws) => Key::AwsGrowth,
                    Segment::Provider(ProviderId::Azure) => Key::AzureGrowth,
                    Segment::Provider(ProviderId::Gcp) => Key::GcpGrowth,
                    Segment::Others => Key::OthersGrowth,
                }))
            },
            a.get(Key::CloudSlowdown),
        );
        let m = &data.cloud.market;
        let market = market::project(m.value_2025, a.get(Key::MarketCagr), (2030, m.value_2030));
        let compute = compute::project(
            &compute::ComputeInputs {
                inference_share_pct: a.get(Key::InferenceShare),
                ratio_2030: a.get(Key::InferenceRatio),
                edge_share_pct: a.get(Key::EdgeShare),
            },
            &capex,
        );
        let sustainability =
            sustainability::compare(&capex, &cloud, data.cloud.full_year_2025.revenue);
        Report {
            assumptions: *a,
            flowback: funding::flowback(data, a.get(Key::Flowback), a.get(Key::AzureFlowback)),
            early_plateau_year,
            early_plateau_estimate_year: early.estimate_low_year,
            capex,
            cloud,
            market,
            compute,
            sustainability,
        }
    }
}

/// The CapEx projection's inputs: the data's 2025/2026 totals and the reader's sliders.
pub fn capex_inputs(data: &Dataset, a: &Assumptions) -> capex::CapexInputs {
    let (base_2025, base_2026) = capex::totals(data);
    let e = &data.capex.estimate_2030;
    capex::CapexInputs {
        base_2025,
        base_2026,
        growth_pct: a.get(Key::CapexGrowth),
        slowdown_pp: a.get(Key::CapexSlowdown),
        plateau_year: a.plateau_year(),
        post_plateau_pct: a.get(Key::PostPlateau),
        estimate: (e.low, e.high),
        reading: a.huang_reading(),
    }
}
