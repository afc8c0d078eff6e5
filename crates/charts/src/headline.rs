//! Each chart's headline (what it shows, in the numbers of the current assumptions, as the
//! page's prose says it) and subtitle (measure, unit and scope). They live in the chart's
//! description, so the canvas, the PNG, the table caption, the CSV and the aria text agree.

use ai_infra_dataset::Dataset;
use ai_infra_model::capex::{totals, FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use ai_infra_model::format::{fixed, pct, usd_bn, usd_range};
use ai_infra_model::{funding, HuangReading, Report};

/// (headline, subtitle)
pub type Heads = (String, String);

pub fn raised(bars: &[funding::RaisedBar]) -> Heads {
    let top = bars
        .iter()
        .fold(None::<&funding::RaisedBar>, |b, x| match b {
            Some(b) if b.amount >= x.amount => Some(b),
            _ => Some(x),
        });
    let title = top.map_or_else(
        || "Capital raised in the last 12 months".into(),
        |b| {
            format!(
                "{}'s {} round is the largest of the last 12 months",
                b.name,
                usd_bn(b.amount)
            )
        },
    );
    (
        title,
        "Capital raised per round, $ billions; the last 12 months".into(),
    )
}

pub fn flowback(f: &funding::Flowback) -> Heads {
    let back: f64 = f.vendors.iter().map(|v| v.returned).sum();
    (
        format!(
            "{} of the {} round comes back to its investors as revenue",
            usd_bn(back),
            usd_bn(f.amount())
        ),
        "Invested and returned as revenue, $ billions; by investor".into(),
    )
}

pub fn capex_bars(data: &Dataset) -> Heads {
    let (a, b) = totals(data);
    let up = if a > 0.0 { (b / a - 1.0) * 100.0 } else { 0.0 };
    (
        format!(
            "The five plan {} of CapEx in 2026, up {} %",
            usd_bn(b),
            fixed(up, 0)
        ),
        "Capital expenditure by company, $ billions; 2025 spent, 2026 planned".into(),
    )
}

pub fn capex_projection(r: &Report) -> Heads {
    let c = &r.capex;
    let (year, peak) = c.peak();
    let title = if year < LAST_YEAR {
        format!("CapEx of the five peaks at {} in {year}", usd_bn(peak))
    } else {
        format!(
            "CapEx of the five reaches {} a year by {LAST_YEAR}",
            usd_bn(peak)
        )
    };
    (
        title,
        "Capital expenditure per year, $ billions; the five companies' plans, then projected"
            .into(),
    )
}

pub fn capex_cumulative(r: &Report) -> Heads {
    let c = &r.capex;
    let by = c.cumulative_at(HEADLINE_YEAR);
    let title = match (c.reading, c.estimate_low_year) {
        (HuangReading::Cumulative, Some(_)) if c.estimate_high_year.is_some() => format!(
            "The five pass even the top of Huang's {} by {HEADLINE_YEAR}",
            usd_range(c.estimate.0, c.estimate.1)
        ),
        (HuangReading::Cumulative, Some(y)) => format!(
            "The five pass the low end of Huang's {} in {y}",
            usd_range(c.estimate.0, c.estimate.1)
        ),
        (HuangReading::Cumulative, None) => format!(
            "The five spend {} by {HEADLINE_YEAR}, short of Huang's {}",
            usd_bn(by),
            usd_range(c.estimate.0, c.estimate.1)
        ),
        _ => format!(
            "The five spend {} from {FIRST_YEAR} to {HEADLINE_YEAR}",
            usd_bn(by)
        ),
    };
    (
        title,
        format!("Capital expenditure added up since {FIRST_YEAR}, $ billions; the five companies"),
    )
}

pub fn cloud(r: &Report, share: bool) -> Heads {
    let last = r.cloud.years.last().copied().unwrap_or(LAST_YEAR);
    let title = match r.cloud.azure_passes_aws.filter(|x| x.year <= last) {
        Some(x) if share => format!("Azure's share passes AWS's in {}", x.year),
        Some(x) => format!("Azure passes AWS in {} if each keeps its growth", x.year),
        None => format!("AWS stays ahead of Azure through {last}"),
    };
    let subtitle = if share {
        "Share of Q4 cloud revenue, %; every provider"
    } else {
        "Q4 revenue, $ billions; the three largest cloud providers"
    };
    (title, subtitle.into())
}

pub fn market(r: &Report) -> Heads {
    let m = &r.market;
    (
        format!(
            "At {} a year, the cloud market reaches {} in {HEADLINE_YEAR}",
            pct(m.cagr_pct),
            usd_bn(m.at(HEADLINE_YEAR))
        ),
        format!("Cloud computing market, $ billions per year; constant growth from {FIRST_YEAR}"),
    )
}

pub fn compute(r: &Report) -> Heads {
    let l = &r.compute;
    let last = l.years.last().copied().unwrap_or(LAST_YEAR);
    let title = match l.inference_passes_training {
        Some(y) => format!("Inference overtakes training in {y}"),
        None => format!("Training outspends inference through {last}"),
    };
    (
        title,
        "Capital expenditure of the five by use, $ billions per year; modelled split".into(),
    )
}

pub fn sustainability(r: &Report) -> Heads {
    let s = &r.sustainability;
    let title = match s.capex_exceeds_revenue {
        Some(y) => format!("CapEx outgrows cloud revenue in {y}"),
        None => format!(
            "CapEx peaks at {} of cloud revenue, in {}",
            pct(s.peak_ratio.1 * 100.0),
            s.peak_ratio.0
        ),
    };
    (
        title,
        "The five's CapEx and cloud infrastructure revenue, $ billions per year".into(),
    )
}
