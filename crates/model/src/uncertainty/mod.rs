//! How sure the answers are: a Monte Carlo over the assumptions, giving bands for the
//! projections and ranges for the headline answers (`sensitivity` has the tornado and the
//! goal seek).
//!
//! Each lever gets a spread: by default a symmetric triangular distribution around the
//! reader's value, most likely at that value and wide enough to hold every preset's value (so
//! the bear and the bull are both inside it, and the reader's line sits inside its band).
//! Paths are drawn with a seeded generator, so the same seed, spreads and assumptions give the
//! same bands on every machine (no `getrandom`, no clock).

use super::assumptions::{Assumptions, Key, KEYS};
use super::capex::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use super::presets::Preset;
use super::{levers, Report};
use ai_infra_dataset::Dataset;

mod quantiles;
mod sampler;
mod settings;
pub mod wire;
pub use quantiles::*;
pub use sampler::*;
pub use settings::*;

/// SplitMix64: small, fast, and good enough to sample a few thousand paths; the same seed
/// gives the same numbers everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// One lever's spread: a triangular distribution from `low` to `high`, most likely at `mode`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub low: f64,
    pub mode: f64,
    pub high: f64,
}

impl Spread {
    /// A draw, by the inverse of the triangular CDF at `u` in [0, 1).
    pub fn sample(&self, u: f64) -> f64 {
        let (a, c, b) = (self.low, self.mode, self.high);
        if b <= a {
            return c;
        }
        let f = (c - a) / (b - a);
        if u < f {
            a + (u * (b - a) * (c - a)).sqrt()
        } else {
            b - ((1.0 - u) * (b - a) * (b - c)).sqrt()
        }
    }

    /// Off: every draw is the mode.
    pub fn is_off(&self) -> bool {
        self.high <= self.low
    }
}

/// Whether a lever is uncertain at all: the reading of Huang's estimate is a choice of
/// meaning, not a quantity, so it gets no spread.
pub fn has_spread(key: Key) -> bool {
    key != Key::HuangReading
}

/// Each lever's spread around the reader's assumptions `a`: as far each way as the preset
/// furthest from the reader's value, scaled by `width[key]` (0 = off, 1 = every preset just
/// inside, 2 = twice as wide), and kept inside the slider's range.
pub fn spreads(data: &Dataset, a: &Assumptions, width: &[f64; KEYS]) -> [Spread; KEYS] {
    let presets: Vec<Assumptions> = Preset::ALL.iter().map(|p| p.apply(data)).collect();
    let mut out = [Spread {
        low: 0.0,
        mode: 0.0,
        high: 0.0,
    }; KEYS];
    for &key in Key::ALL {
        let mode = a.get(key);
        let w = if has_spread(key) {
            super::clamp(width[key as usize], 0.0, MAX_WIDTH)
        } else {
            0.0
        };
        let reach = presets
            .iter()
            .map(|p| (p.get(key) - mode).abs())
            .fold(0.0, f64::max);
        let spec = key.spec();
        out[key as usize] = Spread {
            low: super::clamp(mode - w * reach, spec.min, spec.max),
            mode,
            high: super::clamp(mode + w * reach, spec.min, spec.max),
        };
    }
    out
}

/// The default width of every lever's spread: the presets' range.
pub const DEFAULT_WIDTH: [f64; KEYS] = [1.0; KEYS];

/// One path's assumptions: every lever drawn from its spread (and snapped to its slider's
/// step, like every value the model sees).
pub fn draw(a: &Assumptions, spreads: &[Spread; KEYS], rng: &mut Rng) -> Assumptions {
    let mut out = *a;
    for &key in Key::ALL {
        let s = spreads[key as usize];
        // One draw per lever even when it is off, so switching one lever off leaves the
        // others' draws where they were.
        let u = rng.unit();
        if !s.is_off() {
            out.set(key, s.sample(u));
        }
    }
    out
}

/// A projection with bands: the series the charts draw, year by year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum SeriesId {
    /// The five companies' CapEx in each year.
    Capex,
    /// Their running total from 2025.
    CapexCumulative,
    /// The cloud infrastructure market.
    Market,
    /// The whole cloud's infrastructure revenue, as the sustainability chart sets it against
    /// CapEx.
    Revenue,
    /// CapEx as a share of cloud revenue.
    Ratio,
}

impl SeriesId {
    pub const ALL: &'static [SeriesId] = <SeriesId as strum::VariantArray>::VARIANTS;

    /// The levers whose values (and spreads) move this series' band: a change of any other
    /// leaves it as it was (tested against the model for every lever).
    pub fn inputs(self) -> &'static [Key] {
        match self {
            SeriesId::Capex | SeriesId::CapexCumulative => &levers::CAPEX,
            SeriesId::Market => &levers::MARKET,
            SeriesId::Revenue => &levers::CLOUD,
            SeriesId::Ratio => &levers::CAPEX_AND_CLOUD,
        }
    }

    /// The series' value in each year 2025..=2035 of a report.
    pub fn values(self, r: &Report) -> Vec<f64> {
        let years = FIRST_YEAR..=LAST_YEAR;
        match self {
            SeriesId::Capex => r.capex.annual.clone(),
            SeriesId::CapexCumulative => r.capex.cumulative.clone(),
            SeriesId::Market => years.map(|y| r.market.at(y)).collect(),
            SeriesId::Revenue => sustainability_years(r, years, &r.sustainability.revenue),
            SeriesId::Ratio => sustainability_years(r, years, &r.sustainability.ratio),
        }
    }
}

/// `values` (one per sustainability year) on the years 2025..=2035, NaN where it has none.
fn sustainability_years(
    r: &Report,
    years: std::ops::RangeInclusive<i32>,
    values: &[f64],
) -> Vec<f64> {
    let s = &r.sustainability;
    years
        .map(|y| {
            s.years
                .iter()
                .position(|&x| x == y)
                .map_or(f64::NAN, |i| values[i])
        })
        .collect()
}

/// A headline answer: the numbers the article's argument turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum Answer {
    /// The five companies' CapEx from 2025 to 2030, $B.
    CumulativeCapex2030,
    /// CapEx / cloud revenue in 2030.
    Ratio2030,
    /// The year Azure passes AWS (`None`: not by 2035).
    AzurePassesAws,
    /// The cloud market in 2030, $B.
    Market2030,
}

impl Answer {
    pub const ALL: &'static [Answer] = <Answer as strum::VariantArray>::VARIANTS;

    /// The levers whose values (and spreads) move this answer's range (see [`SeriesId::inputs`]).
    pub fn inputs(self) -> &'static [Key] {
        match self {
            Answer::CumulativeCapex2030 => &levers::CAPEX,
            Answer::Ratio2030 => &levers::CAPEX_AND_CLOUD,
            Answer::AzurePassesAws => &levers::AZURE_AND_AWS,
            Answer::Market2030 => &levers::MARKET,
        }
    }

    /// The answer in a report; `None` when it does not happen by 2035.
    pub fn of(self, r: &Report) -> Option<f64> {
        let at = |series: SeriesId| {
            Some(series.values(r)[(HEADLINE_YEAR - FIRST_YEAR) as usize]).filter(|v| v.is_finite())
        };
        match self {
            Answer::CumulativeCapex2030 => at(SeriesId::CapexCumulative),
            Answer::Ratio2030 => at(SeriesId::Ratio),
            // The model looks for the crossing up to 2100; the page's answer is by 2035.
            Answer::AzurePassesAws => r
                .cloud
                .azure_passes_aws
                .filter(|c| c.year <= LAST_YEAR)
                .map(|c| f64::from(c.year)),
            Answer::Market2030 => at(SeriesId::Market),
        }
    }

    /// The answer as a number to sort and compare by: "not by 2035" counts as the year after.
    pub fn value(self, r: &Report) -> f64 {
        self.of(r).unwrap_or(f64::from(LAST_YEAR + 1))
    }
}

/// A derived answer's range over the paths.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// p10..p90 over the paths in which it happens.
    pub quantiles: Quantiles,
    /// The share of paths in which it does not happen by 2035 (0 for amounts).
    pub never: f64,
}

/// What a Monte Carlo run gives: bands for every series, ranges for every answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    pub paths: usize,
    /// Per series, per year 2025..=2035: p10, p25, p50, p75, p90.
    pub by_series: Vec<(SeriesId, Vec<Quantiles>)>,
    pub ranges: Vec<(Answer, Range)>,
    /// The share of paths in which the five's spend reaches the low end of Huang's estimate
    /// by 2030, in the reader's reading.
    pub estimate_reached: f64,
}

impl Simulation {
    /// This run, but with `old`'s band or range wherever it depends on none of the `changed`
    /// levers: `old` was run around the same values of those inputs, with the same seed (and
    /// perhaps more paths), so a chart whose inputs stayed put keeps exactly its bands and is
    /// not redrawn.
    pub fn keep_unchanged(mut self, old: &Simulation, changed: &[Key]) -> Simulation {
        let still = |inputs: &[Key]| !inputs.iter().any(|k| changed.contains(k));
        for (s, years) in &mut self.by_series {
            if still(s.inputs()) {
                *years = old.series(*s).to_vec();
            }
        }
        for (a, range) in &mut self.ranges {
            if let Some(kept) = old.range(*a).filter(|_| still(a.inputs())) {
                *range = *kept;
            }
        }
        if still(&levers::CAPEX_READ) {
            self.estimate_reached = old.estimate_reached;
        }
        self
    }

    pub fn series(&self, series: SeriesId) -> &[Quantiles] {
        self.by_series
            .iter()
            .find(|b| b.0 == series)
            .map_or(&[], |b| &b.1)
    }

    pub fn range(&self, answer: Answer) -> Option<&Range> {
        self.ranges.iter().find(|r| r.0 == answer).map(|r| &r.1)
    }
}
