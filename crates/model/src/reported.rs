//! What was reported, as the model reads it: the latest figure for a measure, Synergy's
//! quarterly history, the date the data is as of, and the dataset with the companies' and
//! Synergy's own figures in place of the article's (the "reported" base).

use strum::VariantArray;

use ai_infra_dataset::{
    CompanyId, Dataset, Date, Kind, Metric, Period, ProviderId, Reported, ReportedFigure, Subject,
};

/// One reported figure and the page it was read on.
pub type Found<'a> = (&'a Reported, &'a ReportedFigure);

/// Every figure for `metric` of `subject` in `period`, oldest report first (the company's or
/// Synergy's own page before a news page of the same day).
pub fn find(data: &Dataset, metric: Metric, subject: Subject, period: Period) -> Vec<Found<'_>> {
    let mut all: Vec<Found> = data
        .reported
        .reports
        .iter()
        .flat_map(|r| r.figures.iter().map(move |f| (r, f)))
        .filter(|(_, f)| f.metric == metric && f.subject == subject && f.period == period)
        .collect();
    all.sort_by_key(|(r, _)| order(r));
    all
}

/// The latest figure for `metric` of `subject` in `period` (of two the same day, the news
/// report's: it came with the company's or Synergy's own page, and [`find`] puts it last).
pub fn latest(
    data: &Dataset,
    metric: Metric,
    subject: Subject,
    period: Period,
) -> Option<Found<'_>> {
    find(data, metric, subject, period)
        .into_iter()
        .rfind(|(_, f)| f.range().is_some() || metric.is_event())
}

/// The middle of the latest figure's range.
pub fn latest_mid(data: &Dataset, metric: Metric, subject: Subject, period: Period) -> Option<f64> {
    latest(data, metric, subject, period).and_then(|(_, f)| f.mid())
}

/// The date the data is as of: the newest report's, or the article's when there is none.
pub fn as_of(data: &Dataset) -> Date {
    data.reported
        .reports
        .iter()
        .map(|r| r.reported)
        .max()
        .unwrap_or(data.meta.article.as_of)
        .max(data.meta.article.as_of)
}

/// The subject a company's figures are filed under.
pub fn company(id: CompanyId) -> Subject {
    match id {
        CompanyId::OpenAi => Subject::OpenAi,
        CompanyId::Anthropic => Subject::Anthropic,
        CompanyId::XAi => Subject::XAi,
        CompanyId::CoreWeave => Subject::CoreWeave,
        CompanyId::Amazon => Subject::Amazon,
        CompanyId::Microsoft => Subject::Microsoft,
        CompanyId::Google => Subject::Google,
        CompanyId::Meta => Subject::Meta,
        CompanyId::Nvidia => Subject::Nvidia,
        // SoftBank only invests in the article; nothing is filed under it.
        CompanyId::SoftBank => Subject::Market,
    }
}

/// The subject a provider's share and growth are filed under.
pub fn provider(id: ProviderId) -> Subject {
    match id {
        ProviderId::Aws => Subject::Aws,
        ProviderId::Azure => Subject::Azure,
        ProviderId::Gcp => Subject::Gcp,
    }
}

/// One quarter of Synergy's worldwide cloud infrastructure services market: its revenue
/// (a range where pages disagree) and each provider's share, where reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarter {
    pub period: Period,
    pub revenue: (f64, f64),
    pub growth_pct: Option<f64>,
    /// Each provider's (low, high) percent, in the order of `ProviderId::VARIANTS`.
    pub shares: [Option<(f64, f64)>; 3],
}

/// Which report of a figure counts: the latest, and of two the same day the news report
/// (it came with the company's or Synergy's own page), as [`find`] orders them.
fn order(r: &Reported) -> (Date, bool) {
    (r.reported, r.kind == Kind::News)
}

/// Every quarter Synergy's market revenue was reported for, in order: the span of its revenue
/// and of each share over the pages that give them, and its latest growth. One pass over the
/// reports (the cloud charts draw this on every change of a slider).
pub fn quarters(data: &Dataset) -> Vec<Quarter> {
    #[derive(Default)]
    struct Seen {
        revenue: Option<(f64, f64)>,
        growth: Option<((Date, bool), f64)>,
        shares: [Option<(f64, f64)>; 3],
    }
    let widen = |span: &mut Option<(f64, f64)>, (lo, hi): (f64, f64)| {
        *span = Some(span.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    };
    let mut seen: std::collections::BTreeMap<Period, Seen> = Default::default();
    for r in data.reported.reports.iter() {
        for f in r.figures.iter() {
            let (Period::Quarter(..), Some(range)) = (f.period, f.range()) else {
                continue;
            };
            let share = ProviderId::VARIANTS
                .iter()
                .position(|id| provider(*id) == f.subject);
            let market = f.subject == Subject::Market;
            let q = match f.metric {
                Metric::CloudRevenue | Metric::CloudGrowth if market => {
                    seen.entry(f.period).or_default()
                }
                Metric::CloudShare if share.is_some() => seen.entry(f.period).or_default(),
                _ => continue,
            };
            match (f.metric, share) {
                (Metric::CloudRevenue, _) => widen(&mut q.revenue, range),
                (Metric::CloudGrowth, _) if q.growth.is_none_or(|(o, _)| order(r) >= o) => {
                    q.growth = f.mid().map(|v| (order(r), v));
                }
                (_, Some(k)) => widen(&mut q.shares[k], range),
                _ => {}
            }
        }
    }
    seen.into_iter()
        .filter_map(|(period, q)| {
            Some(Quarter {
                period,
                revenue: q.revenue?,
                growth_pct: q.growth.map(|(_, v)| v),
                shares: q.shares,
            })
        })
        .collect()
}

/// A company's reported CapEx for a year: the calendar year, or the fiscal year that ends in
/// it (Microsoft's, to June), with what it covers; of each, the latest report ([`latest`]).
/// One pass over the reports (the CapEx chart draws this on every change of a slider).
pub fn capex(
    data: &Dataset,
    id: CompanyId,
    year: i32,
    metric: Metric,
) -> Option<(Found<'_>, Period)> {
    let subject = company(id);
    // The calendar year before any fiscal year ending in it, the earliest-ending first.
    let rank = |p: Period| match p {
        Period::Year(y) if y == year => Some(0),
        Period::Fiscal(y, m) if y == year => Some(m),
        _ => None,
    };
    let mut best: Option<(u8, (Date, bool), Found)> = None;
    for r in data.reported.reports.iter() {
        for f in r.figures.iter() {
            let wanted = f.metric == metric && f.subject == subject && f.range().is_some();
            let Some(k) = rank(f.period).filter(|_| wanted) else {
                continue;
            };
            if best.is_none_or(|(bk, bo, _)| k < bk || k == bk && order(r) >= bo) {
                best = Some((k, order(r), (r, f)));
            }
        }
    }
    best.map(|(_, _, found)| (found, found.1.period))
}

/// The dataset with the reported figures in place of the article's: 2025 CapEx as spent and
/// 2026 as the latest guidance (the middle of a range), Synergy's Q4 2025 market and shares,
/// the companies' own Q4 2025 cloud growth. A figure nobody reported stays the article's.
pub fn reported_base(article: &Dataset) -> Dataset {
    let mut d = article.clone();
    let mut companies = d.capex.companies.to_vec();
    for c in &mut companies {
        let spent = capex(article, c.company, 2025, Metric::Capex);
        let plan = capex(article, c.company, 2026, Metric::CapexGuide);
        if let Some(v) = spent.and_then(|((_, f), _)| f.mid()) {
            c.capex_2025 = v;
        }
        if let Some(((_, f), _)) = plan {
            if let Some(v) = f.mid() {
                c.capex_2026 = v;
                c.at_least_2026 = false;
            }
        }
        c.stated_growth_pct = c.growth_pct();
        let covers = |p: Option<Period>| p.map_or("the article's".into(), Period::label);
        c.period_note = Some(
            format!(
                "reported: {} spent, {} plan",
                covers(spent.map(|x| x.1)),
                covers(plan.map(|x| x.1))
            )
            .into(),
        );
    }
    let floors = companies.iter().any(|c| c.at_least_2026);
    let (t25, t26) = (
        companies.iter().map(|c| c.capex_2025).sum::<f64>(),
        companies.iter().map(|c| c.capex_2026).sum::<f64>(),
    );
    d.capex.companies = companies.into();
    let s = &mut d.capex.stated;
    (
        s.total_2025,
        s.total_2026,
        s.total_2026_at_least,
        s.increase,
    ) = (t25, t26, floors, t26 - t25);

    let q4 = Period::Quarter(2025, 4);
    let market = |m| latest_mid(article, m, Subject::Market, q4);
    if let Some(v) = market(Metric::CloudRevenue) {
        d.cloud.q4_2025.revenue = v;
    }
    if let Some(v) = market(Metric::CloudGrowth) {
        d.cloud.q4_2025.yoy_growth_pct = v;
    }
    if let Some(v) = latest_mid(
        article,
        Metric::CloudRevenue,
        Subject::Market,
        Period::Year(2025),
    ) {
        d.cloud.full_year_2025.revenue = v;
        d.cloud.full_year_2025.at_least = false;
    }
    let mut providers = d.cloud.providers.to_vec();
    for p in &mut providers {
        let s = provider(p.id);
        if let Some(v) = latest_mid(article, Metric::CloudShare, s, q4) {
            p.share_pct = v;
        }
        if let Some(v) = latest_mid(article, Metric::SegmentGrowth, s, q4) {
            p.yoy_growth_pct = v;
            p.growth_approximate = false;
        }
    }
    d.cloud.providers = providers.into();
    d
}

/// Low ends added up, and high ends: the span of a sum of figures each known as a range.
pub fn sum_ranges(ranges: impl Iterator<Item = (f64, f64)>) -> (f64, f64) {
    ranges.fold((0.0, 0.0), |(a, b), (l, h)| (a + l, b + h))
}

/// The companies' CapEx as reported, summed: each year in which every company that reported
/// the base year's spend reported that year's too (so the sums compare), then all five's plans
/// for the next year once each has one. `without`: the companies whose spend is not reported.
#[derive(Debug, Clone, PartialEq)]
pub struct CapexHistory {
    /// (period, low, high), in order.
    pub points: Vec<(Period, f64, f64)>,
    pub without: Vec<CompanyId>,
}

pub fn capex_history(data: &Dataset) -> CapexHistory {
    let companies: Vec<CompanyId> = data.capex.companies.iter().map(|c| c.company).collect();
    let first = super::capex::FIRST_YEAR;
    let spent =
        |year: i32, id| capex(data, id, year, Metric::Capex).and_then(|((_, f), _)| f.range());
    let (reporting, without): (Vec<CompanyId>, Vec<CompanyId>) = companies
        .iter()
        .partition(|id| spent(first, **id).is_some());
    let mut points: Vec<(Period, f64, f64)> = (first - 3..=first)
        .filter(|y| !reporting.is_empty() && reporting.iter().all(|id| spent(*y, *id).is_some()))
        .map(|y| {
            let (lo, hi) = sum_ranges(reporting.iter().filter_map(|id| spent(y, *id)));
            (Period::Year(y), lo, hi)
        })
        .collect();
    let plan =
        |id| capex(data, id, first + 1, Metric::CapexGuide).and_then(|((_, f), _)| f.range());
    let plans: Vec<(f64, f64)> = companies.iter().filter_map(|id| plan(*id)).collect();
    if !companies.is_empty() && plans.len() == companies.len() {
        let (lo, hi) = sum_ranges(plans.into_iter());
        points.push((Period::Year(first + 1), lo, hi));
    }
    CapexHistory { points, without }
}

/// Which figures the model starts from: the article's (the default), or what the companies and
/// Synergy reported ([`reported_base`]). The permalink keeps it (`base=reported`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Base {
    #[default]
    Article,
    Reported,
}

impl Base {
    pub const ALL: [Base; 2] = [Base::Article, Base::Reported];

    /// Its value in the address.
    pub fn id(self) -> &'static str {
        match self {
            Base::Article => "article",
            Base::Reported => "reported",
        }
    }

    pub fn from_id(s: &str) -> Option<Base> {
        Base::ALL.into_iter().find(|b| b.id() == s)
    }

    /// Its name on the switch.
    pub fn label(self) -> &'static str {
        match self {
            Base::Article => "The article's figures",
            Base::Reported => "Reported figures",
        }
    }

    /// The dataset the model runs on with this base.
    pub fn dataset(self, article: &Dataset) -> Dataset {
        match self {
            Base::Article => article.clone(),
            Base::Reported => reported_base(article),
        }
    }
}
