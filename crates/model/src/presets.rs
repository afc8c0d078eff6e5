//! Named scenarios a reader can jump to. Each sets every lever, so that a scenario tells one
//! coherent story (tests/model.rs checks each story).

use super::assumptions::{Assumptions, HuangReading, Key, KEYS, NO_PLATEAU};
use ai_infra_dataset::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum Preset {
    Article,
    Bull,
    Bear,
}

impl Preset {
    /// Every preset, in button order.
    pub const ALL: &'static [Preset] = <Preset as strum::VariantArray>::VARIANTS;

    /// The id in element ids ("bull").
    pub fn id(self) -> &'static str {
        self.into()
    }

    pub fn label(self) -> &'static str {
        match self {
            Preset::Article => "The article's view",
            Preset::Bull => "Bull: no plateau",
            Preset::Bear => "Bear: overbuild",
        }
    }

    /// The label on a phone's one-row scenario bar.
    pub fn short_label(self) -> &'static str {
        match self {
            Preset::Article => "Article",
            Preset::Bull => "Bull",
            Preset::Bear => "Bear",
        }
    }

    /// The scenario's story, in one sentence.
    pub fn describe(self) -> &'static str {
        match self {
            Preset::Article => "The article's numbers, with our labelled readings and assumptions where it gives none.",
            Preset::Bull => "Demand never plateaus: CapEx and cloud growth hold, inference takes over fast.",
            Preset::Bear => "An overbuild: demand plateaus in 2028 and CapEx is cut after it, while cloud \
                growth cools for everyone.",
        }
    }

    /// The preset's value of every lever (the article's view for the article).
    pub fn apply(self, data: &Dataset) -> Assumptions {
        let a = Assumptions::article(data);
        let cumulative = f64::from(HuangReading::Cumulative as u8);
        let levers: [(Key, f64); KEYS] = match self {
            Preset::Article => return a,
            Preset::Bull => [
                (Key::CapexGrowth, a.get(Key::CapexGrowth)),
                (Key::CapexSlowdown, 0.0),
                (Key::PlateauYear, NO_PLATEAU),
                (Key::PostPlateau, 0.0),
                (Key::Flowback, 70.0),
                (Key::AzureFlowback, 0.0),
                (Key::AwsGrowth, 25.0),
                (Key::AzureGrowth, 40.0),
                (Key::GcpGrowth, 35.0),
                (Key::OthersGrowth, a.get(Key::OthersGrowth)),
                (Key::CloudSlowdown, 0.0),
                (Key::MarketCagr, 30.0),
                (Key::InferenceShare, 45.0),
                (Key::InferenceRatio, 15.0),
                (Key::EdgeShare, 5.0),
                (Key::HuangReading, cumulative),
            ],
            Preset::Bear => [
                (Key::CapexGrowth, 10.0),
                (Key::CapexSlowdown, 5.0),
                (Key::PlateauYear, 2028.0),
                (Key::PostPlateau, -15.0),
                (Key::Flowback, 30.0),
                (Key::AzureFlowback, 0.0),
                (Key::AwsGrowth, 10.0),
                (Key::AzureGrowth, 20.0),
                (Key::GcpGrowth, 15.0),
                (Key::OthersGrowth, 15.0),
                (Key::CloudSlowdown, 2.0),
                (Key::MarketCagr, 15.0),
                (Key::InferenceShare, 25.0),
                (Key::InferenceRatio, 3.0),
                (Key::EdgeShare, 5.0),
                (Key::HuangReading, cumulative),
            ],
        };
        levers.iter().fold(a, |a, (k, v)| a.with(*k, *v))
    }
}
