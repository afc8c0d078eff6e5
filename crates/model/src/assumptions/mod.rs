//! The reader's assumptions: one table of slider specs, the article's defaults, and presets.
//!
//! Every assumption is an `f64` in an array indexed by [`Key`], so sliders, presets, reset,
//! the permalink and the build's manifest all work on the same table instead of eleven
//! hand-written fields. A slider's URL key is spelled once, in the spec table (`specs.rs`).

pub use super::capex::HuangReading;
use ai_infra_dataset::{Dataset, ProviderId};

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
    /// A chart's category name (the tornado's): two words at most.
    pub short: &'static str,
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

mod specs;
use specs::SPECS;

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
