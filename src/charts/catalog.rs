//! Which charts the report has, and how each is built from the dataset and the model.

use super::{Band, BarChart, Chart, LineChart, Marker, Series, Stroke, ValueUnit};
use crate::dataset::Dataset;
use crate::model::capex::{company_bars, LAST_YEAR};
use crate::model::format::{pct, usd_bn};
use crate::model::{funding, Key, Report};

/// Every chart in the report. The slug is its canvas id and its embed id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
pub enum ChartId {
    #[strum(serialize = "funding-raised")]
    Raised,
    #[strum(serialize = "funding-flowback")]
    RoundFlowback,
    #[strum(serialize = "capex-bars")]
    CapexBars,
    #[strum(serialize = "capex-projection")]
    CapexProjection,
    #[strum(serialize = "capex-cumulative")]
    CapexCumulative,
    #[strum(serialize = "cloud-revenue")]
    CloudRevenue,
    #[strum(serialize = "cloud-share")]
    CloudShare,
    #[strum(serialize = "cloud-market")]
    Market,
    #[strum(serialize = "compute-layers")]
    Compute,
    #[strum(serialize = "capex-vs-revenue")]
    Sustainability,
}

impl ChartId {
    /// Every chart, in page order.
    pub const ALL: &'static [ChartId] = <ChartId as strum::VariantArray>::VARIANTS;

    /// The id in element ids, embed addresses and file names ("capex-projection").
    pub fn slug(self) -> &'static str {
        self.into()
    }

    pub fn from_slug(s: &str) -> Option<ChartId> {
        ChartId::ALL.iter().copied().find(|c| c.slug() == s)
    }

    /// The assumptions this chart's numbers depend on: moving one redraws exactly the charts
    /// that list it (tested natively for every key, and in the browser), and an embed of the
    /// chart offers these sliders.
    pub fn inputs(self) -> &'static [Key] {
        use Key::*;
        match self {
            ChartId::Raised | ChartId::CapexBars => &[],
            ChartId::RoundFlowback => &[Flowback],
            ChartId::CapexProjection | ChartId::CapexCumulative => {
                &[CapexGrowth, CapexSlowdown, PlateauYear]
            }
            ChartId::CloudRevenue | ChartId::CloudShare => &[AwsGrowth, AzureGrowth, GcpGrowth],
            ChartId::Market => &[MarketCagr],
            ChartId::Compute => &[
                CapexGrowth,
                CapexSlowdown,
                PlateauYear,
                InferenceShare,
                InferenceRatio,
                EdgeShare,
            ],
            ChartId::Sustainability => &[
                CapexGrowth,
                CapexSlowdown,
                PlateauYear,
                AwsGrowth,
                AzureGrowth,
                GcpGrowth,
            ],
        }
    }

    /// Where the chart's numbers come from, for its source line.
    pub fn source(self) -> &'static str {
        match self {
            ChartId::Raised => "the article (as of 2026-03-02)",
            ChartId::RoundFlowback => {
                "the article; split between Amazon and Nvidia in proportion to their stakes (our assumption)"
            }
            ChartId::CapexBars => {
                "company plans via the article (as of 2026-03-02); “+” figures are floors"
            }
            ChartId::CapexProjection | ChartId::CapexCumulative => {
                "company plans via the article (as of 2026-03-02); projection: this report's model"
            }
            ChartId::CloudRevenue | ChartId::CloudShare => {
                "Synergy Research Group via the article (Q4 2025); projection: this report's model"
            }
            ChartId::Market => {
                "the article (2025 value and 2030 forecast); path: this report's model"
            }
            ChartId::Compute => {
                "the CapEx projection of this report, split by the compute assumptions"
            }
            ChartId::Sustainability => {
                "the article (2025 revenue, CapEx plans); projection: this report's model"
            }
        }
    }

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
                Stroke::Solid,
            ),
        ],
        notes: bars
            .iter()
            .map(|b| format!("+{:.0} %", b.growth_pct))
            .collect(),
    })
}

fn capex_projection(r: &Report) -> Chart {
    Chart::Line(LineChart {
        title: "CapEx of the five, projected to 2030".into(),
        y_label: "CapEx per year, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: r.capex.years.clone(),
        series: vec![series(
            "Five companies' CapEx",
            r.capex.annual.clone(),
            0,
            Stroke::Projected,
        )],
        stacked: false,
        last_actual: 2026,
        band: None,
        markers: vec![],
    })
}

fn capex_cumulative(r: &Report) -> Chart {
    let (low, high) = r.capex.band;
    Chart::Line(LineChart {
        title: "Cumulative CapEx vs the $3–4T estimate".into(),
        y_label: "Spent since 2025, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: r.capex.years.clone(),
        series: vec![series(
            "Cumulative CapEx of the five",
            r.capex.cumulative.clone(),
            1,
            Stroke::Projected,
        )],
        stacked: false,
        last_actual: 2026,
        band: Some(Band {
            low,
            high,
            label: format!("Huang: {}–{} by {LAST_YEAR}", usd_bn(low), usd_bn(high)),
        }),
        markers: vec![],
    })
}

fn cloud(r: &Report, share: bool) -> Chart {
    let c = &r.cloud;
    Chart::Line(LineChart {
        title: if share {
            "Cloud market share, projected".into()
        } else {
            "Quarterly cloud revenue by provider".into()
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
        series: c
            .providers
            .iter()
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
        stacked: false,
        last_actual: 2025,
        band: None,
        markers: vec![],
    })
}

fn market(r: &Report) -> Chart {
    let m = &r.market;
    Chart::Line(LineChart {
        title: "Cloud computing market to 2030".into(),
        y_label: "Market size, $ billions".into(),
        unit: ValueUnit::UsdBn,
        years: m.years.clone(),
        series: vec![series(
            &format!("Path at {} a year", pct(m.cagr_pct)),
            m.value.clone(),
            0,
            Stroke::Projected,
        )],
        stacked: false,
        last_actual: 2025,
        band: None,
        markers: vec![Marker {
            year: m.forecast.0,
            value: m.forecast.1,
            label: format!("Forecast {} ", usd_bn(m.forecast.1)),
        }],
    })
}

fn compute(r: &Report) -> Chart {
    let l = &r.compute;
    Chart::Line(LineChart {
        title: "AI compute spend by layer".into(),
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
        last_actual: 2026,
        band: None,
        markers: vec![],
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
        stacked: false,
        last_actual: 2025,
        band: None,
        markers: vec![],
    })
}
