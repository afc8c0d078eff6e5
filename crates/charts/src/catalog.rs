//! How each chart is built from the dataset and the model.

use super::headline as head;
use super::theme::Entity;
use super::ChartId;
use super::{BarChart, Chart, EstimateRange, LineChart, Marker, Rule, Series, Stroke, ValueUnit};
use ai_infra_dataset::{Dataset, ProviderId};
use ai_infra_model::capex::{company_bars, CapexProjection, FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use ai_infra_model::cloud::Segment;
use ai_infra_model::format::{fixed, pct, usd_bn, usd_range};
use ai_infra_model::{funding, HuangReading, Report};

impl ChartId {
    /// The chart at the reader's assumptions, without bands ([`ChartId::build_with`] adds them).
    pub fn build(self, data: &Dataset, r: &Report) -> Chart {
        let mut chart = self.central(data, r);
        if let Chart::Line(c) = &mut chart {
            c.history = self.history(data);
            super::history::hold(c);
        }
        chart
    }

    /// The chart's own figures and lines, before what was reported is laid on them.
    fn central(self, data: &Dataset, r: &Report) -> Chart {
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
            ChartId::Levers => super::levers::native(data, r),
        }
    }
}

/// A series named `name`, labelled `label` on the chart, in the colour of `e`.
fn series(name: &str, label: &str, values: Vec<f64>, e: Entity, stroke: Stroke) -> Series {
    Series {
        name: name.into(),
        label: label.into(),
        values,
        color: e.slot(),
        stroke,
        quantiles: Vec::new(),
    }
}

/// "Microsoft (Azure)" → "Microsoft": short enough for a 360 px axis.
fn short(name: &str) -> String {
    name.split(" (").next().unwrap_or(name).to_string()
}

fn raised(data: &Dataset) -> Chart {
    let bars = funding::raised(data);
    let (title, subtitle) = head::raised(&bars);
    Chart::Bar(BarChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        categories: bars.iter().map(|b| b.name.clone()).collect(),
        series: vec![series(
            "Round size",
            "",
            bars.iter().map(|b| b.amount).collect(),
            Entity::Spent,
            Stroke::Solid,
        )],
        notes: bars.iter().map(|b| b.when.clone()).collect(),
        // Each round in its company's colour (`raised` keeps the data file's order).
        colors: data
            .funding
            .rounds
            .iter()
            .map(|r| Entity::Company(r.company).slot())
            .collect(),
    })
}

fn flowback(f: &funding::Flowback) -> Chart {
    let (title, subtitle) = head::flowback(f);
    Chart::Bar(BarChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        categories: f.vendors.iter().map(|v| short(&v.name)).collect(),
        series: vec![
            series(
                "Invested",
                "",
                f.vendors.iter().map(|v| v.invested).collect(),
                Entity::Spent,
                Stroke::Solid,
            ),
            series(
                "Returns as revenue",
                "",
                f.vendors.iter().map(|v| v.returned).collect(),
                Entity::Cloud,
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
        colors: Vec::new(),
    })
}

fn capex_bars(data: &Dataset) -> Chart {
    let bars = company_bars(data);
    let (title, subtitle) = head::capex_bars(data);
    Chart::Bar(BarChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        categories: bars.iter().map(|b| short(&b.name)).collect(),
        series: vec![
            series(
                "2025",
                "",
                bars.iter().map(|b| b.capex_2025).collect(),
                Entity::Spent,
                Stroke::Solid,
            ),
            series(
                "2026 (plan)",
                "",
                bars.iter().map(|b| b.capex_2026).collect(),
                Entity::Capex,
                Stroke::Plan,
            ),
        ],
        notes: bars
            .iter()
            .map(|b| {
                let floor = if b.at_least { "≥ " } else { "" };
                format!("{floor}+{} %", fixed(b.growth_pct, 0))
            })
            .collect(),
        colors: Vec::new(),
    })
}

fn capex_projection(r: &Report) -> Chart {
    let c = &r.capex;
    let annual_estimate =
        (c.reading == HuangReading::AnnualIn2030).then(|| huang_estimate(c.estimate, true));
    let (title, subtitle) = head::capex_projection(r);
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        years: c.years.clone(),
        series: vec![series(
            "Five companies' CapEx",
            "The five",
            c.annual.clone(),
            Entity::Capex,
            Stroke::Projected,
        )],
        last_actual: FIRST_YEAR,
        plan_until: FIRST_YEAR + 1,
        estimate: annual_estimate,
        rules: plateau_rule(c),
        ..LineChart::default()
    })
}

/// Huang's $3–4T: across the chart (against a running total) or at 2030 (one year's spend).
fn huang_estimate((low, high): (f64, f64), one_year: bool) -> EstimateRange {
    let y = f64::from(HEADLINE_YEAR);
    EstimateRange {
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
            label: format!("plateau from {year}"),
        })
        .into_iter()
        .collect()
}

fn capex_cumulative(r: &Report) -> Chart {
    let c = &r.capex;
    let estimate =
        (c.reading == HuangReading::Cumulative).then(|| huang_estimate(c.estimate, false));
    let (title, subtitle) = head::capex_cumulative(r);
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        years: c.years.clone(),
        series: vec![series(
            "Cumulative CapEx of the five",
            "The five, in all",
            c.cumulative.clone(),
            Entity::Capex,
            Stroke::Projected,
        )],
        last_actual: FIRST_YEAR,
        plan_until: FIRST_YEAR + 1,
        estimate,
        rules: plateau_rule(c),
        ..LineChart::default()
    })
}

fn cloud(r: &Report, share: bool) -> Chart {
    let c = &r.cloud;
    let (title, subtitle) = head::cloud(r, share);
    // Revenue: the big three, whose race the article follows ("others" would dwarf them by
    // 2035); shares: everyone, so they add up to 100 %.
    let series: Vec<Series> = c
        .providers
        .iter()
        .filter(|p| share || p.segment != Segment::Others)
        .map(|p| {
            let (e, label) = match p.segment {
                Segment::Provider(id) => (Entity::Provider(id), provider_label(id)),
                Segment::Others => (Entity::Others, "Others"),
            };
            let values = if share {
                p.share_pct.clone()
            } else {
                p.revenue.clone()
            };
            series(&p.name, label, values, e, Stroke::Projected)
        })
        .collect();
    let markers = crossover(c, &series).into_iter().collect();
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: if share {
            ValueUnit::Percent
        } else {
            ValueUnit::UsdBn
        },
        years: c.years.clone(),
        series,
        markers,
        ..LineChart::default()
    })
}

/// A provider's name as a direct label: short enough for a phone's margin.
pub(super) fn provider_label(id: ProviderId) -> &'static str {
    match id {
        ProviderId::Aws => "AWS",
        ProviderId::Azure => "Azure",
        ProviderId::Gcp => "Google Cloud",
    }
}

/// Where Azure's line crosses AWS's as drawn (straight between the years), in the year the
/// model gives (the first Q4 with Azure ahead): `None` if not within the chart.
fn crossover(c: &ai_infra_model::cloud::CloudProjection, series: &[Series]) -> Option<Marker> {
    let year = c.azure_passes_aws?.year;
    let k = c.years.iter().position(|y| *y == year)?.checked_sub(1)?;
    let line = |id| {
        let i = c
            .providers
            .iter()
            .position(|p| p.segment == Segment::Provider(id))?;
        Some(&series.get(i)?.values)
    };
    let (aws, azure) = (line(ProviderId::Aws)?, line(ProviderId::Azure)?);
    let (d0, d1) = (aws[k] - azure[k], aws[k + 1] - azure[k + 1]);
    let at = if d0 > d1 {
        ai_infra_model::clamp(d0 / (d0 - d1), 0.0, 1.0)
    } else {
        1.0
    };
    Some(Marker {
        x: f64::from(c.years[k]) + at,
        value: aws[k] + at * (aws[k + 1] - aws[k]),
        label: format!("Azure passes AWS, {year}"),
    })
}

fn market(r: &Report) -> Chart {
    let m = &r.market;
    let (title, subtitle) = head::market(r);
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        years: m.years.clone(),
        series: vec![series(
            &format!("Path at {} a year", pct(m.cagr_pct)),
            "Market",
            m.value.clone(),
            Entity::Cloud,
            Stroke::Projected,
        )],
        markers: vec![Marker {
            x: f64::from(m.forecast.0),
            value: m.forecast.1,
            label: format!("Forecast {}", usd_bn(m.forecast.1)),
        }],
        ..LineChart::default()
    })
}

fn compute(r: &Report) -> Chart {
    let l = &r.compute;
    let (title, subtitle) = head::compute(r);
    let p = Stroke::Projected;
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        years: l.years.clone(),
        series: vec![
            series("Training", "", l.training.clone(), Entity::Training, p),
            series(
                "Inference at scale",
                "Inference",
                l.inference.clone(),
                Entity::Inference,
                p,
            ),
            series("Edge inference", "Edge", l.edge.clone(), Entity::Edge, p),
        ],
        stacked: true,
        ..LineChart::default()
    })
}

fn sustainability(r: &Report) -> Chart {
    let s = &r.sustainability;
    let (title, subtitle) = head::sustainability(r);
    let p = Stroke::Projected;
    Chart::Line(LineChart {
        title,
        subtitle,
        unit: ValueUnit::UsdBn,
        years: s.years.clone(),
        series: vec![
            series(
                "CapEx of the five",
                "CapEx",
                s.capex.clone(),
                Entity::Capex,
                p,
            ),
            series(
                "Cloud infrastructure revenue",
                "Cloud revenue",
                s.revenue.clone(),
                Entity::Cloud,
                p,
            ),
        ],
        ..LineChart::default()
    })
}
