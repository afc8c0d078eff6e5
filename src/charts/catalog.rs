//! How each chart is built from the dataset and the model.

use super::ChartId;
use super::{Band, BarChart, Chart, LineChart, Marker, Rule, Series, Stroke, ValueUnit};
use crate::dataset::Dataset;
use crate::model::capex::{company_bars, CapexProjection, FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use crate::model::cloud::Segment;
use crate::model::format::{fixed, pct, usd_bn, usd_range};
use crate::model::{funding, HuangReading, Report};

impl ChartId {
    pub fn build(self, data: &Dataset, r: &Report) -> Chart {
        match self {
            ChartId::Raised => raised(data),
            ChartId::RoundFlowback => flowback(&r.flowback),
            ChartId::CapexBars => capex_bars(data),
            ChartId::CapexProjection => capex_projection(r),
            ChartId::CapexCumulative => capex_cumulative(r),
            ChartId::CloudRevenue => cloud(r, false),
            ChartId::CloudShare => cloud(r, true),
            ChartId::Market => market(r),
            ChartId::Compute => compute(r),
            ChartId::Sustainability => sustainability(r),
        }
    }
}

fn series(name: &str, values: Vec<f64>, color: usize, stroke: Stroke) -> Series {
    Series {
        name: name.into(),
        values,
        color,
        stroke,
    }
}

/// "Microsoft (Azure)" → "Microsoft": short enough for a 360 px axis.
fn short(name: &str) -> String {
    name.split(" (").next().unwrap_or(name).to_string()
}

fn raised(data: &Dataset) -> Chart {
    let bars = funding::raised(data);
    Chart::Bar(BarChart {
        title: "Capital raised in the last 12 months".into(),
        y_label: "Raised, $ billions".into(),
        unit: ValueUnit::UsdBn,
        categories: bars.iter().map(|b| b.name.clone()).collect(),
        series: vec![series(
            "Round size",
            bars.iter().map(|b| b.amount).collect(),
            0,
            Stroke::Solid,
        )],
        notes: bars.iter().map(|b| b.when.clone()).collect(),
    })
}

fn flowback(f: &funding::Flowback) -> Chart {
    Chart::Bar(BarChart {
        title: format!("{}: invested vs returned as revenue", usd_bn(f.amount())),
        y_label: "$ billions".into(),
        unit: ValueUnit::UsdBn,
        categories: f.vendors.iter().map(|v| short(&v.name)).collect(),
        series: vec![
            series(
                "Invested",
                f.vendors.iter().map(|v| v.invested).collect(),
                0,
                Stroke::Solid,
            ),
            series(
                "Returns as revenue",
                f.vendors.iter().map(|v| v.returned).collect(),
                2,
                Stroke::Solid,
            ),
        ],
        notes: f
            .vendors
            .iter()
            .map(|v| {
                if v.invested > 0.0 {
                    format!("{} back", pct(v.returned / v.invested * 100.0))
                } else {
                    String::new()
                }
            })
            .collect(),
    })
}

fn capex_bars(data: &Dataset) -> Chart {
    let bars = company_bars(data);
    Chart::Bar(BarChart {
        title: "CapEx 2025 vs 2026, by company".into(),
        y_label: "CapEx, $ billions".into(),
        unit: ValueUnit::UsdBn,
        categories: bars.iter().map(|b| short(&b.name)).collect(),
        series: vec![
            series(
                "2025",
                bars.iter().map(|b| b.capex_2025).collect(),
                4,
                Stroke::Solid,
            ),
            series(
                "2026 (plan)",
                bars.iter().map(|b| b.capex_2026).collect(),
                0,
                Stroke::Plan,
            ),
        ],
        notes: bars
            .iter()
            .map(|b| format!("+{} %", fixed(b.growth_pct, 0)))
            .collect(),
    })
}

fn capex_projection(r: &Report) -> Chart {
    let c = &r.capex;
    let annual_band = (c.reading == HuangReading::AnnualIn2030).then(|| huang_band(c.band, true));
    Chart::Line(LineChart {
        title: format!("CapEx of the five, projected to {LAST_YEAR}"),
        y_label: "CapEx per year, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: c.years.clone(),
        series: vec![series(
            "Five companies' CapEx",
            c.annual.clone(),
            0,
            Stroke::Projected,
        )],
        last_actual: FIRST_YEAR,
        plan_until: FIRST_YEAR + 1,
        band: annual_band,
        rules: plateau_rule(c),
        ..LineChart::default()
    })
}

/// Huang's $3–4T: across the chart (against a running total) or at 2030 (one year's spend).
fn huang_band((low, high): (f64, f64), one_year: bool) -> Band {
    let y = f64::from(HEADLINE_YEAR);
    Band {
        low,
        high,
        label: format!("Huang: {} by {HEADLINE_YEAR}", usd_range(low, high)),
        // "By 2030": the band stops there, so the line's later years are not read as reaching it.
        years: Some((
            if one_year {
                y - 0.4
            } else {
                f64::from(FIRST_YEAR) - 0.3
            },
            y + 0.4,
        )),
    }
}

/// The plateau year, marked where the CapEx charts show it.
fn plateau_rule(c: &CapexProjection) -> Vec<Rule> {
    c.plateau_year
        .filter(|y| *y <= LAST_YEAR)
        .map(|year| Rule {
            year,
            label: format!("plateau {year}"),
        })
        .into_iter()
        .collect()
}

fn capex_cumulative(r: &Report) -> Chart {
    let c = &r.capex;
    let band = (c.reading == HuangReading::Cumulative).then(|| huang_band(c.band, false));
    Chart::Line(LineChart {
        title: "Cumulative CapEx vs the $3–4T estimate".into(),
        y_label: "Spent since 2025, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: c.years.clone(),
        series: vec![series(
            "Cumulative CapEx of the five",
            c.cumulative.clone(),
            1,
            Stroke::Projected,
        )],
        last_actual: FIRST_YEAR,
        plan_until: FIRST_YEAR + 1,
        band,
        rules: plateau_rule(c),
        ..LineChart::default()
    })
}

fn cloud(r: &Report, share: bool) -> Chart {
    let c = &r.cloud;
    Chart::Line(LineChart {
        title: if share {
            "Cloud market share, projected".into()
        } else {
            "Quarterly cloud revenue of the big three".into()
        },
        y_label: if share {
            "Share of Q4 revenue, %".into()
        } else {
            "Q4 revenue, $ billions".into()
        },
        unit: if share {
            ValueUnit::Percent
        } else {
            ValueUnit::UsdBn
        },
        years: c.years.clone(),
        // Revenue: the big three, whose race the article follows ("others" would dwarf them by
        // 2035); shares: everyone, so they add up to 100 %.
        series: c
            .providers
            .iter()
            .filter(|p| share || p.segment != Segment::Others)
            .enumerate()
            .map(|(i, p)| {
                series(
                    &p.name,
                    if share {
                        p.share_pct.clone()
                    } else {
                        p.revenue.clone()
                    },
                    i,
                    Stroke::Projected,
                )
            })
            .collect(),
        ..LineChart::default()
    })
}

fn market(r: &Report) -> Chart {
    let m = &r.market;
    Chart::Line(LineChart {
        title: format!("Cloud computing market to {LAST_YEAR}"),
        y_label: "Market size, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: m.years.clone(),
        series: vec![series(
            &format!("Path at {} a year", pct(m.cagr_pct)),
            m.value.clone(),
            0,
            Stroke::Projected,
        )],
        markers: vec![Marker {
            year: m.forecast.0,
            value: m.forecast.1,
            label: format!("Forecast {} ", usd_bn(m.forecast.1)),
        }],
        ..LineChart::default()
    })
}

fn compute(r: &Report) -> Chart {
    let l = &r.compute;
    Chart::Line(LineChart {
        title: "CapEx of the five by use (modelled)".into(),
        y_label: "Spend per year, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: l.years.clone(),
        series: vec![
            series("Training", l.training.clone(), 0, Stroke::Projected),
            series(
                "Inference at scale",
                l.inference.clone(),
                1,
                Stroke::Projected,
            ),
            series("Edge inference", l.edge.clone(), 2, Stroke::Projected),
        ],
        stacked: true,
        ..LineChart::default()
    })
}

fn sustainability(r: &Report) -> Chart {
    let s = &r.sustainability;
    Chart::Line(LineChart {
        title: "CapEx vs cloud infrastructure revenue".into(),
        y_label: "$ billions per year".into(),
        unit: ValueUnit::UsdBn,
        years: s.years.clone(),
        series: vec![
            series("CapEx of the five", s.capex.clone(), 0, Stroke::Projected),
            series(
                "Cloud infrastructure revenue",
                s.revenue.clone(),
                2,
                Stroke::Projected,
            ),
        ],
        ..LineChart::default()
    })
}
