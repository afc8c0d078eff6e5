//! What was reported after (or apart from) the article: the companies' and Synergy's own
//! figures, each with the page it was read on, the date that page gave it and a note in our
//! own words. `data/reported.toml` holds one record per page; a record lists the figures that
//! page states. The report draws them as history behind its projections, holds the
//! projections against them, and scores the article's claims with them.

use crate::{Date, List, NativeText, Text};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// An enum the data files spell in lower case, whose `Debug` is its path (`Metric::Capex`):
/// build.rs writes the dataset out through `Debug`, and these variants' names would clash
/// with each other's (and the company ids') if imported bare.
macro_rules! spelled {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)*
        }

        impl $name {
            /// Every variant, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The id as the data file spells it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)*
                }
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $($name::$variant => f.write_str(concat!(stringify!($name), "::", stringify!($variant))),)*
                }
            }
        }
    };
}

spelled! {
    /// What a figure measures.
    Metric {
        /// Synergy's worldwide cloud infrastructure services revenue (a quarter or a year).
        CloudRevenue = "cloud_revenue",
        /// Its growth on the same period a year before, percent.
        CloudGrowth = "cloud_growth",
        /// A provider's share of it, percent.
        CloudShare = "cloud_share",
        /// A company's own cloud segment revenue (AWS, Google Cloud).
        SegmentRevenue = "segment_revenue",
        /// A company's own cloud segment growth, percent.
        SegmentGrowth = "segment_growth",
        /// Capital expenditure actually spent.
        Capex = "capex",
        /// A company's plan or guidance for its capital expenditure.
        CapexGuide = "capex_guide",
        /// A funding round's size.
        Round = "round",
        /// A company's valuation (post-money unless its note says otherwise).
        Valuation = "valuation",
        /// A market-size figure of a research firm.
        Market = "market",
        /// An investment a company pledges (AWS's in Spain), and the total it brings a plan to.
        Commitment = "commitment",
        CommitmentTotal = "commitment_total",
        /// A forecast someone made (Huang's $3–4T), dated the day it was made.
        Estimate = "estimate",
        /// These happened on a day and carry no number: a company's shares start trading; it
        /// files (confidentially or not) to list; a product is unveiled; an acquisition,
        /// merger or licence; a government order or a court's ruling; anything else.
        Listing = "listing",
        IpoFiling = "ipo_filing",
        Launch = "launch",
        Deal = "deal",
        Ruling = "ruling",
        Event = "event",
    }
}

spelled! {
    /// Who or what a figure is about.
    Subject {
        Market = "market",
        Aws = "aws",
        Azure = "azure",
        Gcp = "gcp",
        Amazon = "amazon",
        Microsoft = "microsoft",
        Google = "google",
        Meta = "meta",
        CoreWeave = "coreweave",
        Oracle = "oracle",
        OpenAi = "openai",
        Anthropic = "anthropic",
        XAi = "xai",
        SpaceX = "spacex",
        Nvidia = "nvidia",
        Groq = "groq",
    }
}

spelled! {
    /// What kind of page a figure was read on: the first two are the figure's own source.
    Kind {
        /// The company's own release, filing, call or blog.
        Company = "company",
        /// Synergy Research Group's own release (or its wire copy).
        Synergy = "synergy",
        /// Anyone else reporting the figure.
        News = "news",
    }
}

spelled! {
    /// Whose figure it is, whatever page carried it.
    Whose {
        Synergy = "synergy",
        Company = "company",
        /// Another analyst or research firm.
        Market = "market",
    }
}

/// The period a figure covers.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    /// A calendar quarter: year and quarter (1–4). Written "2025-Q4".
    Quarter(i32, u8),
    /// A calendar year. Written "2025".
    Year(i32),
    /// A fiscal year and the month it ends (1–11). Written "FY2025-06".
    Fiscal(i32, u8),
    /// One day: an event, a round's close. Written "2026-03-16".
    Day(Date),
}

impl Period {
    /// Parses the forms above; `None` for anything else.
    pub fn parse(s: &str) -> Option<Period> {
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if let Some((y, q)) = s.split_once("-Q") {
            let q = q
                .parse::<u8>()
                .ok()
                .filter(|q| (1..=4).contains(q) && digits(y))?;
            return Some(Period::Quarter(y.parse().ok().filter(|_| y.len() == 4)?, q));
        }
        if let Some(rest) = s.strip_prefix("FY") {
            let (y, m) = rest.split_once('-')?;
            let ok = digits(y) && y.len() == 4 && digits(m) && m.len() == 2;
            let m = m
                .parse::<u8>()
                .ok()
                .filter(|m| ok && (1..=11).contains(m))?;
            return Some(Period::Fiscal(y.parse().ok()?, m));
        }
        if s.len() == 4 && digits(s) {
            return Some(Period::Year(s.parse().ok()?));
        }
        Date::parse(s).filter(|d| d.day.is_some()).map(Period::Day)
    }

    /// The last day it covers.
    pub fn end(self) -> Date {
        let last = |year: i32, month: u8| Date {
            year,
            month,
            day: Some(crate::date::days_in_month(year, month)),
        };
        match self {
            Period::Quarter(y, q) => last(y, q * 3),
            Period::Year(y) => last(y, 12),
            Period::Fiscal(y, m) => last(y, m),
            Period::Day(d) => d,
        }
    }

    /// Where it sits on a chart's axis of years, whose year `y` is that year's fourth quarter
    /// (the cloud charts' Q4 run rate) or the whole year: a quarter `q` of `y` is at
    /// `y - (4 - q) / 4`, so Q1 2026 lies a quarter of the way from 2025 to 2026.
    pub fn x(self) -> f64 {
        match self {
            Period::Quarter(y, q) => f64::from(y) - f64::from(4 - q) / 4.0,
            Period::Year(y) | Period::Fiscal(y, _) => f64::from(y),
            Period::Day(d) => f64::from(d.year) + f64::from(d.month - 1) / 12.0,
        }
    }

    /// "Q4 2025", "2025", "FY to Jun 2025", "Mar 16, 2026".
    pub fn label(self) -> String {
        match self {
            Period::Quarter(y, q) => format!("Q{q} {y}"),
            Period::Year(y) => y.to_string(),
            Period::Fiscal(y, m) => {
                let month = Date {
                    year: y,
                    month: m,
                    day: None,
                };
                format!("FY to {}", month.human())
            }
            Period::Day(d) => d.human(),
        }
    }
}

impl fmt::Debug for Period {
    /// A Rust expression of the value (see [`spelled`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Quarter(y, q) => write!(f, "Period::Quarter({y}, {q})"),
            Period::Year(y) => write!(f, "Period::Year({y})"),
            Period::Fiscal(y, m) => write!(f, "Period::Fiscal({y}, {m})"),
            Period::Day(d) => write!(f, "Period::Day({d:?})"),
        }
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let s = String::deserialize(de)?;
        Period::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{s}` is no period (2025-Q4, 2025, FY2025-06 or 2026-03-16)"
            ))
        })
    }
}

spelled! {
    /// The unit of a reported figure.
    FigureUnit {
        UsdBn = "USD bn",
        EurBn = "EUR bn",
        Percent = "%",
    }
}

/// data/reported.toml.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedFile {
    /// The day the pages were last read and their figures checked.
    pub checked: Date,
    pub reports: List<Reported>,
}

/// One page and the figures it states.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reported {
    pub id: Text,
    /// The day the page (or the release it carries) was published.
    pub reported: Date,
    /// Its address (native only: the wasm prints no page).
    pub url: NativeText,
    pub kind: Kind,
    pub of: Whose,
    /// What the page says, in our own words (native only, as `url`).
    pub note: NativeText,
    pub figures: List<ReportedFigure>,
}

/// One figure of a page: a value, or a low–high range where the page gives one (or where
/// sources disagree); none for an event.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedFigure {
    pub metric: Metric,
    pub subject: Subject,
    pub period: Period,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub low: Option<f64>,
    #[serde(default)]
    pub high: Option<f64>,
    #[serde(default)]
    pub unit: Option<FigureUnit>,
}

impl Metric {
    /// Something that happened on a day, with no number.
    pub fn is_event(self) -> bool {
        matches!(
            self,
            Metric::Listing
                | Metric::IpoFiling
                | Metric::Launch
                | Metric::Deal
                | Metric::Ruling
                | Metric::Event
        )
    }

    /// A plan or forecast: stated before the period it covers ends.
    pub fn is_plan(self) -> bool {
        matches!(
            self,
            Metric::CapexGuide
                | Metric::Market
                | Metric::Estimate
                | Metric::Commitment
                | Metric::CommitmentTotal
        )
    }
}

impl ReportedFigure {
    /// Its low and high end (equal for a single value); `None` for an event.
    pub fn range(&self) -> Option<(f64, f64)> {
        match (self.value, self.low, self.high) {
            (Some(v), _, _) => Some((v, v)),
            (None, Some(l), Some(h)) => Some((l, h)),
            _ => None,
        }
    }

    /// The value, or the middle of its range.
    pub fn mid(&self) -> Option<f64> {
        self.range().map(|(l, h)| (l + h) / 2.0)
    }
}
