//! The levers grouped by what they move: the one list that the sections' sliders, the charts'
//! inputs and the Monte Carlo's dependencies are composed from. A lever's spec (its id, range
//! and default) is in [`crate::assumptions`]; which of them a number depends on is here.

use crate::assumptions::Key::{self, *};

/// The five companies' CapEx: its growth, its slowdown and its plateau.
pub const CAPEX: [Key; 4] = [CapexGrowth, CapexSlowdown, PlateauYear, PostPlateau];
/// Where OpenAI's round flows back to: Azure, Amazon and Nvidia.
pub const FUNDING: [Key; 2] = [Flowback, AzureFlowback];
/// The three largest clouds' growth, with the slowdown all providers share.
pub const BIG_THREE: [Key; 4] = [AwsGrowth, AzureGrowth, GcpGrowth, CloudSlowdown];
/// Azure's race with AWS: their growth and the slowdown they share.
pub const AZURE_AND_AWS: [Key; 3] = [AwsGrowth, AzureGrowth, CloudSlowdown];
/// Every provider's cloud revenue: the big three's levers and everyone else's growth.
pub const CLOUD: [Key; 5] = [
    AwsGrowth,
    AzureGrowth,
    GcpGrowth,
    OthersGrowth,
    CloudSlowdown,
];
/// The cloud market's path to the article's 2030 forecast.
pub const MARKET: [Key; 1] = [MarketCagr];
/// How the CapEx is split between training, inference and the edge.
pub const COMPUTE: [Key; 3] = [InferenceShare, InferenceRatio, EdgeShare];

/// CapEx, with how Huang's estimate is read against it.
pub const CAPEX_READ: [Key; 5] = join(&CAPEX, &[HuangReading]);
/// CapEx against the whole cloud's revenue.
pub const CAPEX_AND_CLOUD: [Key; 9] = join(&CAPEX, &CLOUD);
/// CapEx split into compute.
pub const CAPEX_AND_COMPUTE: [Key; 7] = join(&CAPEX, &COMPUTE);

/// `a` then `b`, as one array (a compile error if `N` is not their total length).
const fn join<const N: usize>(a: &[Key], b: &[Key]) -> [Key; N] {
    let mut out = [CapexGrowth; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    assert!(a.len() + b.len() == N, "join: N must be the total length");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each lever sets one thing, so the groups a section shows its sliders from cover every
    /// lever once (Huang's reading is set beside the CapEx chart).
    #[test]
    fn the_sections_groups_cover_every_lever_once() {
        let mut all: Vec<Key> = [
            &CAPEX[..],
            &FUNDING,
            &CLOUD,
            &MARKET,
            &COMPUTE,
            &[HuangReading],
        ]
        .concat();
        all.sort_by_key(|k| *k as usize);
        assert_eq!(all, Key::ALL);
    }
}
