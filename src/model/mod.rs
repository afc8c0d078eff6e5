//! Layer 2: the model. Pure functions from (dataset, assumptions) to projections and derived
//! answers; no browser types, so `cargo test` checks every number natively.

pub mod assumptions;
pub mod capex;
pub mod cloud;
pub mod compute;
pub mod format;
pub mod funding;
pub mod market;
pub mod sustainability;

pub use assumptions::{Assumptions, Key, Origin, Preset, Spec};

use crate::dataset::{Dataset, ProviderId};

/// Everything the page shows that depends on the assumptions, computed in one pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub capex: capex::CapexProjection,
    pub flowback: funding::Flowback,
    pub cloud: cloud::CloudProjection,
    pub market: market::MarketPath,
    pub compute: compute::ComputeLayers,
    pub sustainability: sustainability::Sustainability,
}

impl Report {
    pub fn compute(data: &Dataset, a: &Assumptions) -> Report {
        let capex = capex::project(&capex_inputs(data, a));
        let cloud = cloud::project(data, |id| {
            Some(a.get(match id {
                ProviderId::Aws => Key::AwsGrowth,
                ProviderId::Azure => Key::AzureGrowth,
                ProviderId::Gcp => Key::GcpGrowth,
            }))
        });
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
            flowback: funding::flowback(data, a.get(Key::Flowback)),
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
        band: (e.low, e.high),
    }
}
