//! The dataset's records, one struct per table of `data/*.toml`.
//!
//! Field names are the TOML keys; `deny_unknown_fields` makes a typo in a data file an error
//! that names the key instead of a silently missing number.
//!
//! `build.rs` compiles this file too (with `date.rs` and `validate.rs`): it reads
//! `data/*.toml` into these types, validates them, and writes them out as a Rust expression
//! that the app compiles in — so the wasm holds the data, not a parser for it.

use super::{CompanyId, Date, ProviderId, Quote};
use serde::Deserialize;
use std::borrow::Cow;

/// A text of the data: borrowed from the program for the compiled-in dataset (a constant, no
/// code to build it), owned when parsed from TOML.
pub type Text = Cow<'static, str>;
/// A list of records: borrowed for the compiled-in dataset, owned when parsed.
pub type List<T> = Cow<'static, [T]>;

/// The unit every amount is stated in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Unit {
    #[serde(rename = "USD bn")]
    UsdBn,
    #[serde(rename = "EUR bn")]
    EurBn,
}

impl Unit {
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::UsdBn => "$",
            Unit::EurBn => "€",
        }
    }
}

/// Every figure in the article, typed; `validate` checks it before anything else sees it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Dataset {
    pub meta: MetaFile,
    pub events: EventsFile,
    pub funding: FundingFile,
    pub capex: CapexFile,
    pub cloud: CloudFile,
    pub narrative: NarrativeFile,
    /// What was reported after (or apart from) the article: `data/reported.toml`.
    pub reported: crate::ReportedFile,
}

impl Dataset {
    /// Display name of a company ("amazon" → "Amazon (AWS)"); validation makes sure every
    /// company the data names has one, so the id is only a fallback.
    pub fn company_name(&self, id: CompanyId) -> &str {
        self.meta
            .companies
            .iter()
            .find(|c| c.id == id)
            .map_or(id.as_str(), |c| c.name.as_ref())
    }
}

// ---------- meta.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetaFile {
    pub article: Article,
    pub sources: List<Source>,
    pub companies: List<Company>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub title: Text,
    pub published: Date,
    pub as_of: Date,
    pub week_start: Date,
    pub week_end: Date,
    pub attribution: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Text,
    pub name: Text,
    pub note: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: CompanyId,
    pub name: Text,
    pub kind: Text,
}

// ---------- events.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsFile {
    pub events: List<Event>,
    pub aws_spain: AwsSpain,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Text,
    pub date: Date,
    /// Set when the article only says the event fell within a window.
    pub date_end: Option<Date>,
    pub headline: Text,
    pub company: CompanyId,
    pub amount: Option<f64>,
    pub unit: Option<Unit>,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwsSpain {
    pub expansion: f64,
    pub total_committed: f64,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

// ---------- funding.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingFile {
    pub rounds: List<Round>,
    pub stated: FundingStated,
    pub valuations: List<Valuation>,
    pub ipos: List<Ipo>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Round {
    pub id: Text,
    pub company: CompanyId,
    pub amount: f64,
    pub unit: Unit,
    pub date: Date,
    pub valuation: Option<f64>,
    #[serde(default)]
    pub investors: List<Investment>,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub company: CompanyId,
    pub amount: f64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingStated {
    pub openai_total: f64,
    pub combined_at_least: f64,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Valuation {
    pub company: CompanyId,
    pub value: f64,
    pub unit: Unit,
    pub approximate: bool,
    pub note: Text,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ipo {
    pub company: CompanyId,
    pub expected: Text,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

// ---------- capex.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapexFile {
    pub companies: List<CompanyCapex>,
    pub stated: CapexStated,
    pub estimate_2030: Estimate,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompanyCapex {
    pub company: CompanyId,
    pub capex_2025: f64,
    pub capex_2026: f64,
    /// The article's "+": the 2026 figure is a floor ("$100B+").
    pub at_least_2026: bool,
    pub stated_growth_pct: f64,
    /// What the figures cover, where it is not the calendar year ("FY to June 2025").
    #[serde(default)]
    pub period_note: Option<Text>,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

impl CompanyCapex {
    /// Growth from 2025 to 2026 in percent, computed from the two amounts.
    pub fn growth_pct(&self) -> f64 {
        (self.capex_2026 / self.capex_2025 - 1.0) * 100.0
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapexStated {
    pub total_2025: f64,
    pub total_2026: f64,
    /// The article's "$355B+": the 2026 total is a floor.
    pub total_2026_at_least: bool,
    pub increase: f64,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    pub low: f64,
    pub high: f64,
    pub by_year: i32,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

// ---------- cloud.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CloudFile {
    pub q4_2025: QuarterRevenue,
    pub full_year_2025: YearRevenue,
    pub providers: List<Provider>,
    pub market: Market,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuarterRevenue {
    pub revenue: f64,
    pub yoy_growth_pct: f64,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRevenue {
    pub revenue: f64,
    /// "surpassed $419 billion".
    pub at_least: bool,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    pub id: ProviderId,
    pub company: CompanyId,
    pub name: Text,
    pub share_pct: f64,
    pub yoy_growth_pct: f64,
    /// The article's "~": the growth rate is approximate ("~19%").
    #[serde(default)]
    pub growth_approximate: bool,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Market {
    pub value_2025: f64,
    pub value_2030: f64,
    pub unit: Unit,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

// ---------- narrative.toml ----------

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NarrativeFile {
    pub compute: ComputeClaims,
    pub plateau: PlateauClaim,
    pub winners: List<Card>,
    pub at_risk: List<Card>,
    pub takeaways: List<Takeaway>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComputeClaims {
    pub inference_to_training_ratio: f64,
    pub inference_biggest_by: i32,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlateauClaim {
    pub years_away_min: i32,
    pub years_away_max: i32,
    /// The article's words these figures come from.
    pub quote: Quote,
    pub source: Text,
    pub as_of: Date,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub name: Text,
    pub why: Text,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Takeaway {
    pub title: Text,
    pub text: Text,
}
