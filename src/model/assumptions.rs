//! The reader's assumptions: one table of slider specs, the article's defaults, and presets.
//!
//! Every assumption is an `f64` in an array indexed by [`Key`], so sliders, presets, reset,
//! the permalink and the build's manifest all work on the same table instead of eleven
//! hand-written fields. A slider's URL key is spelled once, in the spec table below.

use crate::dataset::{Dataset, ProviderId};

/// One projection assumption the reader can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum Key {
    CapexGrowth,
    CapexSlowdown,
    PlateauYear,
    Flowback,
    AwsGrowth,
    AzureGrowth,
    GcpGrowth,
    MarketCagr,
    InferenceShare,
    InferenceRatio,
    EdgeShare,
}

impl Key {
    /// Every assumption, in slider order.
    pub const ALL: &'static [Key] = <Key as strum::VariantArray>::VARIANTS;

    pub fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }
}

/// How a value is shown next to its slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// "39 %"
    Percent,
    /// "5 pp/yr": percentage points per year.
    PointsPerYear,
    /// "2029"; the slider's maximum reads "none by 2030".
    Year,
    /// "10×"
    Times,
}

/// Where a default comes from; shown on the page so nobody mistakes an assumption for data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Stated in the article.
    Article,
    /// Worked out from the article's figures.
    Derived,
    /// Ours: the article gives no number.
    Assumption,
}

/// A slider's range, unit and meaning.
#[derive(Debug)]
pub struct Spec {
    pub key: Key,
    /// Short, stable id for element ids and URL keys.
    pub id: &'static str,
    pub label: &'static str,
    pub unit: Unit,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub origin: Origin,
    /// Where the default comes from, in words.
    pub why: &'static str,
}

/// The plateau slider's maximum: "no plateau before the end of the projection".
pub const NO_PLATEAU: f64 = 2031.0;

const SPECS: [Spec; 11] = [
    Spec {
        key: Key::CapexGrowth,
        id: "g",
        label: "CapEx growth after 2026",
        unit: Unit::Percent,
        min: -30.0,
        max: 80.0,
        step: 1.0,
        origin: Origin::Derived,
        why: "The five companies' combined 2026 growth (255 → 355 $B), carried into 2027.",
    },
    Spec {
        key: Key::CapexSlowdown,
        id: "sd",
        label: "Yearly slowdown of that growth",
        unit: Unit::PointsPerYear,
        min: 0.0,
        max: 20.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "Growth moves this many points towards zero each year after 2027.",
    },
    Spec {
        key: Key::PlateauYear,
        id: "py",
        label: "Year demand plateaus",
        unit: Unit::Year,
        min: 2027.0,
        max: NO_PLATEAU,
        step: 1.0,
        origin: Origin::Article,
        why: "\"2–3 years away\" from March 2026: we take the later end, 2029. From this year on CapEx stays flat.",
    },
    Spec {
        key: Key::Flowback,
        id: "fb",
        label: "Share of raised money spent on cloud and chips",
        unit: Unit::Percent,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "The article says every dollar raised \"eventually flows back\" but gives no share.",
    },
    Spec {
        key: Key::AwsGrowth,
        id: "aws",
        label: "AWS yearly growth",
        unit: Unit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth (~19 %).",
    },
    Spec {
        key: Key::AzureGrowth,
        id: "az",
        label: "Azure yearly growth",
        unit: Unit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth (~35 %).",
    },
    Spec {
        key: Key::GcpGrowth,
        id: "gcp",
        label: "Google Cloud yearly growth",
        unit: Unit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth (~30 %).",
    },
    Spec {
        key: Key::MarketCagr,
        id: "cagr",
        label: "Cloud market yearly growth (CAGR)",
        unit: Unit::Percent,
        min: 0.0,
        max: 50.0,
        step: 0.1,
        origin: Origin::Derived,
        why: "The growth rate that takes $752B (2025) to $2.39T (2030).",
    },
    Spec {
        key: Key::InferenceShare,
        id: "inf",
        label: "Inference share of AI compute in 2026",
        unit: Unit::Percent,
        min: 5.0,
        max: 95.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "The article gives no split for today; 35 % is our assumption.",
    },
    Spec {
        key: Key::InferenceRatio,
        id: "ratio",
        label: "Inference-to-training ratio by 2030",
        unit: Unit::Times,
        min: 0.5,
        max: 20.0,
        step: 0.5,
        origin: Origin::Article,
        why: "\"Inference workloads will 10x training workloads.\"",
    },
    Spec {
        key: Key::EdgeShare,
        id: "edge",
        label: "Edge share of AI compute",
        unit: Unit::Percent,
        min: 0.0,
        max: 30.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "Edge inference is \"emerging\"; the article gives no size.",
    },
];

/// A value for every [`Key`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assumptions([f64; 11]);

impl Assumptions {
    /// The article's view: its numbers where it gives them, our labelled assumptions elsewhere.
    pub fn article(data: &Dataset) -> Assumptions {
        let st = &data.capex.stated;
        let growth_2026 = (st.total_2026 / st.total_2025 - 1.0) * 100.0;
        let m = &data.cloud.market;
        let cagr = super::market::implied_cagr_pct(m.value_2025, m.value_2030, 5);
        let provider = |id: ProviderId| {
            data.cloud
                .providers
                .iter()
                .find(|p| p.id == id)
                .map_or(0.0, |p| p.yoy_growth_pct)
        };
        let plateau = data.meta.article.published.year + data.narrative.plateau.years_away_max;
        let mut a = Assumptions([0.0; 11]);
        a.set(Key::CapexGrowth, growth_2026);
        a.set(Key::CapexSlowdown, 5.0);
        a.set(Key::PlateauYear, f64::from(plateau));
        a.set(Key::Flowback, 50.0);
        a.set(Key::AwsGrowth, provider(ProviderId::Aws));
        a.set(Key::AzureGrowth, provider(ProviderId::Azure));
        a.set(Key::GcpGrowth, provider(ProviderId::Gcp));
        a.set(Key::MarketCagr, cagr);
        a.set(Key::InferenceShare, 35.0);
        a.set(
            Key::InferenceRatio,
            data.narrative.compute.inference_to_training_ratio,
        );
        a.set(Key::EdgeShare, 5.0);
        a
    }

    pub fn get(&self, key: Key) -> f64 {
        self.0[key as usize]
    }

    /// Sets a value, clamped to the slider's range and snapped to its step, so every value
    /// the model ever sees is one a slider could show. NaN is ignored.
    pub fn set(&mut self, key: Key, value: f64) {
        if let Some(v) = snap(key.spec(), value) {
            self.0[key as usize] = v;
        }
    }

    pub fn with(mut self, key: Key, value: f64) -> Assumptions {
        self.set(key, value);
        self
    }

    /// The plateau year, or `None` for "no plateau before 2030".
    pub fn plateau_year(&self) -> Option<i32> {
        let y = self.get(Key::PlateauYear);
        (y < NO_PLATEAU).then_some(y as i32)
    }
}

/// Clamps to the spec's range and rounds to its step; `None` for NaN.
pub fn snap(spec: &Spec, value: f64) -> Option<f64> {
    if value.is_nan() {
        return None;
    }
    let v = value.clamp(spec.min, spec.max);
    let steps = ((v - spec.min) / spec.step).round();
    // Round away float noise (0.1 steps) so 26.000000000000004 prints and compares as 26.
    let snapped = ((spec.min + steps * spec.step) * 1e6).round() / 1e6;
    Some(snapped.clamp(spec.min, spec.max))
}

/// Named scenarios a reader can jump to.
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

    pub fn describe(self) -> &'static str {
        match self {
            Preset::Article => "The article's numbers, with our labelled assumptions where it gives none.",
            Preset::Bull => "Demand never plateaus before 2030, growth does not slow, inference takes over fast.",
            Preset::Bear => "An overbuild: growth fades fast, demand plateaus in 2027, cloud growth cools.",
        }
    }

    pub fn apply(self, data: &Dataset) -> Assumptions {
        let a = Assumptions::article(data);
        match self {
            Preset::Article => a,
            Preset::Bull => a
                .with(Key::CapexSlowdown, 0.0)
                .with(Key::PlateauYear, NO_PLATEAU)
                .with(Key::Flowback, 70.0)
                .with(Key::AwsGrowth, 25.0)
                .with(Key::AzureGrowth, 40.0)
                .with(Key::GcpGrowth, 35.0)
                .with(Key::MarketCagr, 30.0)
                .with(Key::InferenceShare, 45.0)
                .with(Key::InferenceRatio, 15.0),
            Preset::Bear => a
                .with(Key::CapexGrowth, 10.0)
                .with(Key::CapexSlowdown, 10.0)
                .with(Key::PlateauYear, 2027.0)
                .with(Key::Flowback, 30.0)
                .with(Key::AwsGrowth, 10.0)
                .with(Key::AzureGrowth, 20.0)
                .with(Key::GcpGrowth, 15.0)
                .with(Key::MarketCagr, 15.0)
                .with(Key::InferenceShare, 25.0)
                .with(Key::InferenceRatio, 3.0),
        }
    }
}
