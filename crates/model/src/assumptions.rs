//! The reader's assumptions: one table of slider specs, the article's defaults, and presets.
//!
//! Every assumption is an `f64` in an array indexed by [`Key`], so sliders, presets, reset,
//! the permalink and the build's manifest all work on the same table instead of eleven
//! hand-written fields. A slider's URL key is spelled once, in the spec table below.

pub use super::capex::HuangReading;
use crate::horizon::{FIRST_YEAR, HEADLINE_YEAR};
use ai_infra_dataset::{Dataset, ProviderId};
use const_format::formatcp;

/// One projection assumption the reader can change, in slider order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::VariantArray)]
pub enum Key {
    CapexGrowth,
    CapexSlowdown,
    PlateauYear,
    PostPlateau,
    Flowback,
    AzureFlowback,
    AwsGrowth,
    AzureGrowth,
    GcpGrowth,
    OthersGrowth,
    CloudSlowdown,
    MarketCagr,
    InferenceShare,
    InferenceRatio,
    EdgeShare,
    HuangReading,
}

/// How many assumptions there are.
pub const KEYS: usize = <Key as strum::VariantArray>::VARIANTS.len();

impl Key {
    /// Every assumption, in slider order.
    pub const ALL: &'static [Key] = <Key as strum::VariantArray>::VARIANTS;

    pub fn spec(self) -> &'static Spec {
        &SPECS[self as usize]
    }
}

/// How a value is shown next to its slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SliderUnit {
    /// "39 %"
    Percent,
    /// "5 pp/yr": percentage points per year.
    PointsPerYear,
    /// "−15 %/yr": a yearly change.
    PercentPerYear,
    /// "2029"; the slider's maximum reads "none by 2035".
    Year,
    /// "10×"
    Times,
    /// A choice between two readings: 0 and 1, shown in words.
    Reading,
}

/// Where a default comes from; shown on the slider, in the Method section and in every CSV,
/// so nobody mistakes our reading or our assumption for the article's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A figure the article states.
    Article,
    /// Worked out from the article's figures (the rate its forecast implies, say).
    Derived,
    /// A claim of the article, read our way (a date for "2–3 years", say).
    Reading,
    /// Ours: the article gives no number.
    Assumption,
}

impl Origin {
    /// Short words on the slider ("article figure").
    pub fn label(self) -> &'static str {
        match self {
            Origin::Article => "article figure",
            Origin::Derived => "derived from article figures",
            Origin::Reading => "article, read our way",
            Origin::Assumption => "our assumption",
        }
    }

    /// The id in class names and the manifest.
    pub fn id(self) -> &'static str {
        match self {
            Origin::Article => "article",
            Origin::Derived => "derived",
            Origin::Reading => "reading",
            Origin::Assumption => "assumption",
        }
    }
}

/// A slider's range, unit and meaning.
#[derive(Debug)]
pub struct Spec {
    pub key: Key,
    /// Short, stable id for element ids and URL keys.
    pub id: &'static str,
    pub label: &'static str,
    pub unit: SliderUnit,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub origin: Origin,
    /// Where the default comes from, in words.
    pub why: &'static str,
}

/// The plateau slider's maximum: "no plateau before the end of the projection".
pub const NO_PLATEAU: f64 = (super::capex::LAST_YEAR + 1) as f64;

const SPECS: [Spec; KEYS] = [
    Spec {
        key: Key::CapexGrowth,
        id: "g",
        label: "CapEx growth after 2026",
        unit: SliderUnit::Percent,
        min: -30.0,
        max: 80.0,
        step: 1.0,
        origin: Origin::Reading,
        why: "The five companies' combined 2026 growth (from their plans), carried into 2027: our reading.",
    },
    Spec {
        key: Key::CapexSlowdown,
        id: "sd",
        label: "Growth fades by (points a year): more fade, less CapEx",
        unit: SliderUnit::PointsPerYear,
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
        unit: SliderUnit::Year,
        min: 2027.0,
        max: NO_PLATEAU,
        step: 1.0,
        origin: Origin::Reading,
        why: "\"2–3 years away\" from March 2026: we take the later end, 2029. CapEx grows until the \
              plateau year and reaches its plateau then; after it, CapEx changes only by the yearly change \
              after the plateau, so with 0 it holds the plateau year's level.",
    },
    Spec {
        key: Key::PostPlateau,
        id: "pp",
        label: "CapEx change a year after the plateau",
        unit: SliderUnit::PercentPerYear,
        min: -30.0,
        max: 20.0,
        step: 1.0,
        origin: Origin::Reading,
        why: "A plateau read as flat CapEx (0 %/yr); below zero, an overbuild is cut back.",
    },
    Spec {
        key: Key::Flowback,
        id: "fb",
        label: "Share of the round spent on cloud and chips",
        unit: SliderUnit::Percent,
        min: 0.0,
        max: 100.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "The article says every dollar raised \"eventually flows back\" but gives no share.",
    },
    Spec {
        key: Key::AzureFlowback,
        id: "azf",
        label: "Part of that spend going to Azure",
        unit: SliderUnit::Percent,
        min: 0.0,
        max: 100.0,
        step: 5.0,
        origin: Origin::Assumption,
        why: "The article names Azure among the clouds OpenAI buys from but gives no split; \
              the rest goes to Amazon and Nvidia in proportion to their stakes.",
    },
    Spec {
        key: Key::AwsGrowth,
        id: "aws",
        label: "AWS yearly growth",
        unit: SliderUnit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth, which the article gives as approximate (\"~\").",
    },
    Spec {
        key: Key::AzureGrowth,
        id: "az",
        label: "Azure yearly growth",
        unit: SliderUnit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth, which the article gives as approximate (\"~\").",
    },
    Spec {
        key: Key::GcpGrowth,
        id: "gcp",
        label: "Google Cloud yearly growth",
        unit: SliderUnit::Percent,
        min: -10.0,
        max: 60.0,
        step: 1.0,
        origin: Origin::Article,
        why: "Q4 2025 year-over-year growth, which the article gives as approximate (\"~\").",
    },
    Spec {
        key: Key::OthersGrowth,
        id: "og",
        label: "Everyone else's yearly growth",
        unit: SliderUnit::Percent,
        min: -10.0,
        max: 60.0,
        step: 0.1,
        origin: Origin::Derived,
        why: "The rate the article's figures imply for the rest of the market (its total growth \
              with the big three's shares and rates).",
    },
    Spec {
        key: Key::CloudSlowdown,
        id: "cs",
        label: "Cloud growth fades by (points a year)",
        unit: SliderUnit::PointsPerYear,
        min: 0.0,
        max: 10.0,
        step: 0.5,
        origin: Origin::Reading,
        why: "The article compares rates as they are (\"if each keeps its growth\"): no fade.",
    },
    Spec {
        key: Key::MarketCagr,
        id: "cagr",
        label: "Cloud market growth a year (CAGR)",
        unit: SliderUnit::Percent,
        min: 0.0,
        max: 50.0,
        step: 0.1,
        origin: Origin::Derived,
        why: formatcp!(
            "The growth rate that takes the article's {FIRST_YEAR} market to its {HEADLINE_YEAR} forecast."
        ),
    },
    Spec {
        key: Key::InferenceShare,
        id: "inf",
        label: "Inference share of AI compute in 2026",
        unit: SliderUnit::Percent,
        min: 5.0,
        max: 95.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "The article gives no split for today: the default is our assumption.",
    },
    Spec {
        key: Key::InferenceRatio,
        id: "ratio",
        label: formatcp!("Inference-to-training ratio by {HEADLINE_YEAR}"),
        unit: SliderUnit::Times,
        min: 0.5,
        max: 20.0,
        step: 0.5,
        origin: Origin::Reading,
        why: formatcp!(
            "\"Inference workloads will 10x training workloads\": the article gives no date; \
             by {HEADLINE_YEAR} is ours."
        ),
    },
    Spec {
        key: Key::EdgeShare,
        id: "edge",
        label: "Edge share of AI compute",
        unit: SliderUnit::Percent,
        min: 0.0,
        max: 30.0,
        step: 1.0,
        origin: Origin::Assumption,
        why: "Edge inference is \"emerging\"; the article gives no size.",
    },
    Spec {
        key: Key::HuangReading,
        id: "hr",
        label: "Reading of the $3–4T estimate",
        unit: SliderUnit::Reading,
        min: 0.0,
        max: 1.0,
        step: 1.0,
        origin: Origin::Reading,
        why: formatcp!(
            "Huang's figure is industry-wide. We compare it with the five's running total from \
             {FIRST_YEAR} (our reading); the other reading is one year's spend, in {HEADLINE_YEAR}."
        ),
    },
];

/// A value for every [`Key`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assumptions([f64; KEYS]);

impl Assumptions {
    /// Every lever at the low end of its range: a start that [`Assumptions::set`] moves.
    pub fn lowest() -> Assumptions {
        Assumptions(std::array::from_fn(|i| Key::ALL[i].spec().min))
    }

    /// The article's view: its numbers where it gives them, our labelled assumptions elsewhere.
    pub fn article(data: &Dataset) -> Assumptions {
        let st = &data.capex.stated;
        let growth_2026 = (st.total_2026 / st.total_2025 - 1.0) * 100.0;
        let m = &data.cloud.market;
        let years = super::capex::HEADLINE_YEAR - super::capex::FIRST_YEAR;
        let cagr = super::market::implied_cagr_pct(m.value_2025, m.value_2030, years);
        let provider = |id: ProviderId| {
            data.cloud
                .providers
                .iter()
                .find(|p| p.id == id)
                .map_or(0.0, |p| p.yoy_growth_pct)
        };
        let plateau = data.meta.article.published.year + data.narrative.plateau.years_away_max;
        let mut a = Assumptions([0.0; KEYS]);
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
        a.set(Key::PostPlateau, 0.0);
        a.set(Key::AzureFlowback, 0.0);
        a.set(Key::OthersGrowth, super::cloud::implied_others_growth(data));
        a.set(Key::CloudSlowdown, 0.0);
        a.set(Key::HuangReading, f64::from(HuangReading::Cumulative as u8));
        a
    }

    /// How Huang's $3–4T is read.
    pub fn huang_reading(&self) -> HuangReading {
        if self.get(Key::HuangReading) >= 0.5 {
            HuangReading::AnnualIn2030
        } else {
            HuangReading::Cumulative
        }
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

    /// The plateau year, or `None` for "no plateau before the end of the projection".
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
    let v = super::clamp(value, spec.min, spec.max);
    let steps = ((v - spec.min) / spec.step).round();
    // Round away float noise (0.1 steps) so 26.000000000000004 prints and compares as 26.
    let snapped = ((spec.min + steps * spec.step) * 1e6).round() / 1e6;
    Some(super::clamp(snapped, spec.min, spec.max))
}
