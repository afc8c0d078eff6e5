//! How the article holds up: each checkable claim beside what was reported, with a verdict
//! computed from `data/reported.toml`, never written by hand. A new record there changes the
//! verdicts it bears on; nothing here names a figure or a date of what was reported.

use super::reported::{find, sum_ranges, Found};

mod claims;
mod csv;
mod days;
pub use csv::csv;
use days::days_off;
mod held;
use crate::format::{fixed, signed, usd_bn};
use ai_infra_dataset::{Dataset, Date, FigureUnit, Metric, Period, Subject};
pub use claims::claims;
pub use held::{calibration, held, held_at, Calibration, Held};

/// How far a money figure may be from what was reported and still count as confirmed: the
/// article rounds to the nearest $5–10B and "~".
pub const MONEY_TOLERANCE_PCT: f64 = 5.0;
/// How far a share or growth rate may be: the article gives whole percent, some of them "~".
pub const POINTS_TOLERANCE: f64 = 1.0;
/// How many days a date may be off: the article gives months.
pub const DAYS_TOLERANCE: i32 = 0;

/// What a difference is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Percent of what was reported.
    Percent,
    /// Percentage points.
    Points,
    /// Days outside the period the article gave.
    Days,
}

/// How a claim holds up.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Within the tolerance of what was reported (or it happened as the article says).
    Confirmed,
    /// The article's figure is this far from what was reported (signed: below is negative).
    Off(f64, Gap),
    /// Right (or taken to be right) when the article was written; overtaken since, or
    /// overtaken before it was written.
    OutOfDate,
    /// Nothing reported yet bears on it.
    NotYetKnown,
}

impl Verdict {
    /// Every kind of verdict: its id and its name in a count ("4 out of date").
    pub const KINDS: [(&'static str, &'static str); 4] = [
        ("confirmed", "confirmed"),
        ("off", "off"),
        ("out-of-date", "out of date"),
        ("not-yet-known", "not yet known"),
    ];

    /// A short, stable id (class names, the CSV, tests): one of [`Verdict::KINDS`].
    pub fn id(&self) -> &'static str {
        let kind = match self {
            Verdict::Confirmed => 0,
            Verdict::Off(..) => 1,
            Verdict::OutOfDate => 2,
            Verdict::NotYetKnown => 3,
        };
        Verdict::KINDS[kind].0
    }

    /// "Confirmed", "Off by −43 %", "Off by 6 days", "Out of date", "Not yet known".
    pub fn label(&self) -> String {
        match *self {
            Verdict::Confirmed => "Confirmed".into(),
            Verdict::Off(by, gap) => match gap {
                Gap::Percent => format!("Off by {} %", signed(by)),
                Gap::Points => format!("Off by {} pt", signed(by)),
                Gap::Days if by.abs() >= 60.0 => {
                    format!("Off by {} months", fixed(by.abs() / 30.44, 0))
                }
                Gap::Days => format!("Off by {} days", fixed(by.abs(), 0)),
            },
            Verdict::OutOfDate => "Out of date".into(),
            Verdict::NotYetKnown => "Not yet known".into(),
        }
    }
}

/// One page behind a verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub url: String,
    pub reported: Date,
    /// The company's or Synergy's own page (not a news report of it).
    pub primary: bool,
}

/// One claim of the article, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// What the claim is about: "Amazon's 2025 CapEx".
    pub topic: String,
    /// What the article says: "$75B".
    pub article: String,
    /// What was reported, in words: "$131.8B (2025)"; empty when nothing was.
    pub reported: String,
    pub verdict: Verdict,
    pub sources: Vec<Citation>,
}

/// A claim of the article, as a check against what was reported.
enum Check {
    /// A figure against the latest report of `metric` for `subject` in any of `periods` (or,
    /// for days, within the window `periods[0]..=periods[1]`). A floor ("$100B+") counts as its
    /// value: one the reported figure far exceeds is off all the same.
    Amount {
        article: f64,
        unit: FigureUnit,
        metric: Metric,
        subject: Subject,
        periods: Vec<Period>,
    },
    /// A month the article gives (`Date` without a day) against the day a figure's period
    /// names: the one nearest the article's date among those within the window.
    When {
        article: Date,
        metric: Metric,
        subject: Subject,
        window: (Date, Date),
        /// Only figures of this size (within tolerance): which round the claim is about.
        amount: Option<f64>,
    },
    /// Something the article says happened in `window`: confirmed by an event of `metric`
    /// there, out of date when a later one of the same kind overtook it.
    Happened {
        metric: Metric,
        subject: Subject,
        window: (Date, Date),
    },
    /// A sum the article states against the sum of each subject's latest figure (in the first
    /// of `periods` it has one), once every subject has one.
    Total {
        article: f64,
        metric: Metric,
        subjects: Vec<Subject>,
        periods: Vec<Period>,
    },
    /// Something the article expects: confirmed once it happens after the article; off (by
    /// how long before) if it had already happened when the article was written.
    Expected { metric: Metric, subject: Subject },
}

/// A window of days that holds every day: "whenever it happened".
const EVER: [Period; 2] = [
    Period::Day(Date {
        year: 1900,
        month: 1,
        day: Some(1),
    }),
    Period::Day(Date {
        year: 9999,
        month: 12,
        day: Some(31),
    }),
];

/// The figures of `metric` for `subject` in `periods` (days: within the first two).
fn figures<'a>(
    data: &'a Dataset,
    metric: Metric,
    subject: Subject,
    periods: &[Period],
) -> Vec<Found<'a>> {
    let mut all: Vec<Found> = match periods {
        [Period::Day(from), Period::Day(to)] => data
            .reported
            .reports
            .iter()
            .flat_map(|r| r.figures.iter().map(move |f| (r, f)))
            .filter(|(_, f)| f.metric == metric && f.subject == subject)
            .filter(|(_, f)| matches!(f.period, Period::Day(d) if d >= *from && d <= *to))
            .collect(),
        _ => periods
            .iter()
            .flat_map(|p| find(data, metric, subject, *p))
            .collect(),
    };
    all.sort_by_key(|(r, f)| (r.reported, f.period));
    all
}

fn value(v: f64, unit: FigureUnit) -> String {
    match unit {
        FigureUnit::UsdBn => usd_bn(v),
        FigureUnit::EurBn => format!("€{}B", crate::format::trim(v, 1)),
        FigureUnit::Percent => format!("{} %", crate::format::trim(v, 1)),
    }
}

fn range(lo: f64, hi: f64, unit: FigureUnit) -> String {
    if lo == hi {
        value(lo, unit)
    } else {
        format!("{}–{}", value(lo, unit), value(hi, unit))
    }
}

/// Whether `v` is within tolerance of `lo..=hi`, and by how much it is off otherwise.
fn gap(v: f64, (lo, hi): (f64, f64), unit: FigureUnit) -> Option<(f64, Gap)> {
    let near = if v < lo { lo } else { hi.min(v) };
    match unit {
        FigureUnit::Percent => {
            let by = v - near;
            (by.abs() > POINTS_TOLERANCE).then_some((by, Gap::Points))
        }
        _ => {
            let by = (v / near - 1.0) * 100.0;
            (by.abs() > MONEY_TOLERANCE_PCT).then_some((by, Gap::Percent))
        }
    }
}

fn sources(found: &[Found]) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for (r, _) in found {
        if !out.iter().any(|s| s.url == r.url.text()) {
            out.push(Citation {
                url: r.url.text().to_string(),
                reported: r.reported,
                primary: r.kind != ai_infra_dataset::Kind::News,
            });
        }
    }
    out
}

impl Check {
    /// For [`Check::When`]: the figures of the nearest day that fits, first.
    fn when<'a>(&self, data: &'a Dataset) -> Vec<Found<'a>> {
        let Check::When {
            article,
            metric,
            subject,
            window,
            amount,
        } = self
        else {
            return Vec::new();
        };
        let days = [Period::Day(window.0), Period::Day(window.1)];
        let mut found: Vec<Found> = figures(data, *metric, *subject, &days)
            .into_iter()
            .filter(|(_, f)| match (amount, f.range()) {
                (Some(a), Some(r)) => gap(*a, r, FigureUnit::UsdBn).is_none(),
                (Some(_), None) => false,
                (None, _) => true,
            })
            .collect();
        let distance = |f: &Found| match f.1.period {
            Period::Day(d) => days_off(*article, d).abs(),
            _ => i32::MAX,
        };
        found.sort_by_key(distance);
        found
    }

    /// For [`Check::When`]: the day it found, if any.
    fn day(&self, data: &Dataset) -> Option<Date> {
        match self.when(data).first()?.1.period {
            Period::Day(d) => Some(d),
            _ => None,
        }
    }

    fn run<'a>(&self, data: &'a Dataset) -> (String, Verdict, Vec<Found<'a>>) {
        let written = data.meta.article.as_of;
        match self {
            Check::Amount {
                article,
                unit,
                metric,
                subject,
                periods,
            } => {
                let found = figures(data, *metric, *subject, periods);
                let Some((_, last)) = found.last() else {
                    return (String::new(), Verdict::NotYetKnown, found);
                };
                let (lo, hi) = last.range().unwrap_or((f64::NAN, f64::NAN));
                let said = format!("{} ({})", range(lo, hi, *unit), last.period.label());
                let then = found
                    .iter()
                    .filter(|(r, _)| r.reported <= written)
                    .any(|(_, f)| f.range().is_some_and(|r| gap(*article, r, *unit).is_none()));
                let verdict = match gap(*article, (lo, hi), *unit) {
                    None => Verdict::Confirmed,
                    Some(_) if then => Verdict::OutOfDate,
                    // A floor the reported figure meets is still off: "$100B+" for $200B.
                    Some((by, g)) => Verdict::Off(by, g),
                };
                (said, verdict, found)
            }
            Check::When { article, .. } => {
                let found = self.when(data);
                let Some(Period::Day(d)) = found.first().map(|f| f.1.period) else {
                    return (String::new(), Verdict::NotYetKnown, found);
                };
                let off = days_off(*article, d);
                let verdict = if off.abs() <= DAYS_TOLERANCE {
                    Verdict::Confirmed
                } else {
                    Verdict::Off(f64::from(off), Gap::Days)
                };
                (d.human(), verdict, found)
            }
            Check::Happened {
                metric,
                subject,
                window,
            } => {
                let all = figures(data, *metric, *subject, &EVER);
                let inside = |f: &Found| matches!(f.1.period, Period::Day(d) if d >= window.0 && d <= window.1);
                let Some(first) = all.iter().find(|f| inside(f)).map(|f| f.1.period) else {
                    return (String::new(), Verdict::NotYetKnown, all);
                };
                let later = all
                    .iter()
                    .map(|f| f.1.period)
                    .rfind(|p| *p > Period::Day(window.1));
                match later {
                    Some(p) => (
                        format!("{}; then {}", first.label(), p.label()),
                        Verdict::OutOfDate,
                        all,
                    ),
                    None => (first.label(), Verdict::Confirmed, all),
                }
            }
            Check::Total {
                article,
                metric,
                subjects,
                periods,
            } => {
                let each: Vec<Option<Found>> = subjects
                    .iter()
                    .map(|s| {
                        let latest = |p: &Period| super::reported::latest(data, *metric, *s, *p);
                        periods.iter().find_map(latest)
                    })
                    .collect();
                let found: Vec<Found> = each.iter().flatten().copied().collect();
                if found.len() < subjects.len() {
                    return (String::new(), Verdict::NotYetKnown, found);
                }
                let (lo, hi) = sum_ranges(found.iter().filter_map(|(_, f)| f.range()));
                let verdict = match gap(*article, (lo, hi), FigureUnit::UsdBn) {
                    None => Verdict::Confirmed,
                    Some((by, g)) => Verdict::Off(by, g),
                };
                let said = format!("{} (sum)", range(lo, hi, FigureUnit::UsdBn));
                (said, verdict, found)
            }
            Check::Expected { metric, subject } => {
                let all = figures(data, *metric, *subject, &EVER);
                match all.first().map(|f| f.1.period) {
                    None => (String::new(), Verdict::NotYetKnown, all),
                    Some(Period::Day(d)) if d <= written => {
                        let before = days::serial(d) - days::serial(written);
                        (d.human(), Verdict::Off(f64::from(before), Gap::Days), all)
                    }
                    Some(p) => (p.label(), Verdict::Confirmed, all),
                }
            }
        }
    }
}
