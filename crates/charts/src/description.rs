//! What a chart shows, as data: lines or stacked areas over years, or grouped bars over
//! categories, with units, uncertainty, estimates and markers. Built from the model by `catalog`, drawn by
//! `draw`, and read by `describe` (table, summary, CSV) and `tooltip`: one description feeds
//! them all, so they can't disagree.

use ai_infra_model::uncertainty::Quantiles;

/// What a number on an axis means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueUnit {
    /// Billions of US dollars.
    UsdBn,
    /// Percent.
    Percent,
    /// A change in billions of US dollars, signed: "+$120B", "−$80B".
    UsdBnChange,
    /// A change in a ratio, signed: "+0.12×".
    RatioChange,
    /// A change in years, signed: "+2 years" ("−1 yr" on an axis).
    YearsChange,
}

/// "+" or "−" (the minus sign) before a change, none for zero.
fn sign(v: f64) -> &'static str {
    if v > 0.0 {
        "+"
    } else if v < 0.0 {
        "−"
    } else {
        ""
    }
}

impl ValueUnit {
    /// Axis tick label: "$500B", "$1.5T", "30 %".
    pub fn tick(self, v: f64) -> String {
        use ai_infra_model::format::{fixed, trim, usd_bn};
        match self {
            ValueUnit::UsdBn => usd_bn(v),
            ValueUnit::Percent => format!("{} %", fixed(v, 0)),
            ValueUnit::UsdBnChange => format!("{}{}", sign(v), usd_bn(v.abs())),
            ValueUnit::RatioChange => format!("{}{}×", sign(v), trim(v.abs(), 2)),
            ValueUnit::YearsChange => format!("{}{} yr", sign(v), trim(v.abs(), 1)),
        }
    }

    /// A value with its unit, for tooltips and tables.
    pub fn value(self, v: f64) -> String {
        use ai_infra_model::format::{pct, trim, usd_bn};
        match self {
            ValueUnit::UsdBn => usd_bn(v),
            ValueUnit::Percent => pct(v),
            ValueUnit::YearsChange if v.abs() == 1.0 => format!("{}1 year", sign(v)),
            ValueUnit::YearsChange => format!("{}{} years", sign(v), trim(v.abs(), 1)),
            _ => self.tick(v),
        }
    }
}

/// How a series is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// Projected values: dashed after the last year of data.
    Projected,
    /// Plans, not yet spent (bars: a dashed outline).
    Plan,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Its full name, for the table, the CSV and tooltips: "Five companies' CapEx".
    pub name: String,
    /// The direct label at its end on the chart ("CapEx"), or empty for the name.
    pub label: String,
    pub values: Vec<f64>,
    /// Palette slot: `theme::Entity::slot` of what the series is.
    pub color: usize,
    pub stroke: Stroke,
    /// How sure the values are: p10, p25, p50, p75 and p90 over the Monte Carlo's paths, one
    /// row per value; empty when the series has no band (data, or the bands switched off).
    pub quantiles: Vec<Quantiles>,
}

impl Series {
    /// The 80 % range (p10, p90) at value `i`, when the series has a band.
    pub fn range(&self, i: usize) -> Option<(f64, f64)> {
        self.quantiles
            .get(i)
            .map(|q| q.outer())
            .filter(|r| r.0.is_finite() && r.1.is_finite())
    }

    /// What the chart writes beside the series.
    pub fn label(&self) -> &str {
        if self.label.is_empty() {
            &self.name
        } else {
            &self.label
        }
    }
}

/// A shaded range of values someone estimated, like Huang's $3–4T.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateRange {
    pub low: f64,
    pub high: f64,
    pub label: String,
    /// The years it spans (the whole chart when `None`).
    pub years: Option<(f64, f64)>,
}

/// A labelled vertical line at a year, like the plateau.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub year: i32,
    pub label: String,
}

/// A labelled point, like the $2.39T forecast for 2030 or the year Azure passes AWS.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    /// The year it marks; fractional for a point between two years (a crossing).
    pub x: f64,
    pub value: f64,
    pub label: String,
}

/// Figures reported by Synergy or the companies, drawn as what happened: behind a projection
/// (its history) and on it (a point within its years, held against the line there).
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// "AWS, reported": for the table, the CSV, tooltips and descriptions.
    pub name: String,
    /// Palette slot: the colour of what it reports on.
    pub color: usize,
    /// The series it is held against, where a point falls within the chart's years.
    pub series: Option<usize>,
    /// In order of `x`.
    pub points: Vec<ReportedPoint>,
}

/// One reported figure on a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportedPoint {
    /// On the chart's axis of years: year `y` is its Q4 (or the whole year), a quarter lies
    /// between ([`ai_infra_dataset::Period::x`]).
    pub x: f64,
    /// "Q1 2026", "2024".
    pub period: String,
    /// The figure, or the span of the reports that disagree (equal ends for one value).
    pub low: f64,
    pub high: f64,
    /// Where the point falls within the projection: the line's value at it (straight between
    /// the years, as drawn) and, with bands, the runs' 80 % range there.
    pub projected: Option<(f64, Option<(f64, f64)>)>,
}

impl ReportedPoint {
    /// The figure (the middle of its span).
    pub fn value(&self) -> f64 {
        (self.low + self.high) / 2.0
    }
}

/// Lines (or stacked areas) over years. The default is an empty chart of actual figures up
/// to 2025 with no band, markers or rules: charts name only what differs.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// The headline: what the chart shows, in the numbers of the current assumptions.
    pub title: String,
    /// The measure, unit and scope: "Q4 revenue, $ billions; AWS, Azure and Google Cloud".
    pub subtitle: String,
    pub unit: ValueUnit,
    pub years: Vec<i32>,
    pub series: Vec<Series>,
    /// Draw the series as stacked areas (the first at the bottom).
    pub stacked: bool,
    /// Years up to this one are actual figures (solid).
    pub last_actual: i32,
    /// Years after `last_actual` up to this one are plans (dotted); later ones projections
    /// (dashed). Equal to `last_actual` when there are no plan years.
    pub plan_until: i32,
    pub estimate: Option<EstimateRange>,
    pub markers: Vec<Marker>,
    pub rules: Vec<Rule>,
    /// What was reported, behind and on the lines.
    pub history: Vec<History>,
    /// The scenario the reader pinned, where it differs from theirs: a quiet line per series
    /// (no direct label; one key names them), in the table beside the reader's.
    pub pinned: Vec<Series>,
}

impl LineChart {
    /// The first x the chart shows: its first year, or its earliest reported figure.
    pub fn x_start(&self) -> f64 {
        let first = self.years.first().map_or(0.0, |y| f64::from(*y));
        self.history
            .iter()
            .flat_map(|h| h.points.iter().map(|p| p.x))
            .fold(first, f64::min)
    }

    /// Whether no year of it is the article's own: stacked layers are a modelled split, and a
    /// chart that starts after the last actual year is projection throughout. Its line styles
    /// and zone labels then say nothing of plans and projections (its subtitle does).
    pub fn modelled(&self) -> bool {
        self.stacked || self.years.first().is_some_and(|y| *y > self.last_actual)
    }
}

impl Default for LineChart {
    fn default() -> Self {
        LineChart {
            title: String::new(),
            subtitle: String::new(),
            unit: ValueUnit::UsdBn,
            years: Vec::new(),
            series: Vec::new(),
            stacked: false,
            last_actual: ai_infra_model::capex::FIRST_YEAR,
            plan_until: ai_infra_model::capex::FIRST_YEAR,
            estimate: None,
            markers: Vec::new(),
            rules: Vec::new(),
            history: Vec::new(),
            pinned: Vec::new(),
        }
    }
}

/// Grouped vertical bars over named categories.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// The headline (see [`LineChart::title`]).
    pub title: String,
    /// The measure, unit and scope (see [`LineChart::subtitle`]).
    pub subtitle: String,
    pub unit: ValueUnit,
    pub categories: Vec<String>,
    /// One value per category in each series.
    pub series: Vec<Series>,
    /// Text over each category's group (e.g. "+33 %"), or empty.
    pub notes: Vec<String>,
    /// With one series: each category's own palette slot (its company), or empty for the
    /// series' colour.
    pub colors: Vec<usize>,
}

impl BarChart {
    /// What category `i` is called in words (table, tooltip, descriptions, outline): its name,
    /// with its note where another category has the same name ("OpenAI, Feb 2026"), so that
    /// a listener can tell the two apart as a reader of the chart does.
    pub fn key(&self, i: usize) -> String {
        let name = self.categories.get(i).cloned().unwrap_or_default();
        let note = self.notes.get(i).filter(|n| !n.is_empty());
        match note {
            Some(n) if self.categories.iter().filter(|c| **c == name).count() > 1 => {
                format!("{name}, {n}")
            }
            _ => name,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    Line(LineChart),
    Bar(BarChart),
}

impl Chart {
    /// The chart without its bands: what the prerendered page's tables show (its first round
    /// trip has no room for the bands' columns; the app's tables have them).
    pub fn central(&self) -> Chart {
        let mut c = self.clone();
        if let Chart::Line(l) = &mut c {
            for s in &mut l.series {
                s.quantiles.clear();
            }
        }
        c
    }

    /// The headline: what the chart shows ("Azure passes AWS in 2028 if each keeps its growth").
    pub fn title(&self) -> &str {
        match self {
            Chart::Line(c) => &c.title,
            Chart::Bar(c) => &c.title,
        }
    }

    /// The measure, unit and scope ("Q4 revenue, $ billions; AWS, Azure and Google Cloud").
    pub fn subtitle(&self) -> &str {
        match self {
            Chart::Line(c) => &c.subtitle,
            Chart::Bar(c) => &c.subtitle,
        }
    }

    /// Where point `i` of series `series` comes from, as its line or bar style shows it: the
    /// article (solid), a company plan (dotted lines, dashed bars) or this report's model
    /// (dashed; every year of a chart modelled throughout). Said in tooltips, the keyboard's
    /// announcements and the outline. `None` for a bar the source line covers.
    pub fn origin(&self, series: usize, i: usize) -> Option<&'static str> {
        match self {
            Chart::Line(c) => {
                let year = *c.years.get(i)?;
                Some(if c.modelled() {
                    "modelled"
                } else if year > c.plan_until.max(c.last_actual) {
                    "projection"
                } else if year > c.last_actual {
                    "plan"
                } else {
                    "from the article"
                })
            }
            Chart::Bar(c) => (c.series.get(series)?.stroke == Stroke::Plan).then_some("plan"),
        }
    }

    /// Every series, for colour checks and keys.
    pub fn series(&self) -> &[Series] {
        match self {
            Chart::Line(c) => &c.series,
            Chart::Bar(c) => &c.series,
        }
    }
}
