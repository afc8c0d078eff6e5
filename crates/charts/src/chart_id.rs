//! Every chart in the report: its id, the assumptions it depends on and its source line.

use ai_infra_model::Key;

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
            ChartId::RoundFlowback => &[Flowback, AzureFlowback],
            ChartId::CapexProjection | ChartId::CapexCumulative => &[
                CapexGrowth,
                CapexSlowdown,
                PlateauYear,
                PostPlateau,
                HuangReading,
            ],
            ChartId::CloudRevenue => &[AwsGrowth, AzureGrowth, GcpGrowth, CloudSlowdown],
            ChartId::CloudShare => &[
                AwsGrowth,
                AzureGrowth,
                GcpGrowth,
                OthersGrowth,
                CloudSlowdown,
            ],
            ChartId::Market => &[MarketCagr],
            ChartId::Compute => &[
                CapexGrowth,
                CapexSlowdown,
                PlateauYear,
                PostPlateau,
                InferenceShare,
                InferenceRatio,
                EdgeShare,
            ],
            ChartId::Sustainability => &[
                CapexGrowth,
                CapexSlowdown,
                PlateauYear,
                PostPlateau,
                AwsGrowth,
                AzureGrowth,
                GcpGrowth,
                OthersGrowth,
                CloudSlowdown,
            ],
        }
    }

    /// Where the chart's numbers come from, for its source line.
    /// The source line as the page shows it: [`ChartId::source`] (on the reported base, for a
    /// chart the base figures feed, the companies' and Synergy's reports instead), then what
    /// was reported on the chart (its rings).
    pub fn source_line(self, chart: &super::Chart, base: ai_infra_model::reported::Base) -> String {
        let fed = matches!(
            self,
            ChartId::CapexBars
                | ChartId::CapexProjection
                | ChartId::CapexCumulative
                | ChartId::CloudRevenue
                | ChartId::CloudShare
                | ChartId::Compute
                | ChartId::Sustainability
        );
        let mut line = if base == ai_infra_model::reported::Base::Reported && fed {
            "the companies' and Synergy Research's reported figures (see “How the article holds up”); \
             projection: this report's model"
                .to_string()
        } else {
            self.source().to_string()
        };
        if matches!(chart, super::Chart::Line(c) if !c.history.is_empty()) {
            line.push_str("; rings: figures reported by Synergy Research and the companies");
        }
        line
    }

    pub fn source(self) -> &'static str {
        match self {
            ChartId::Raised => "the article (as of 2026-03-02)",
            ChartId::RoundFlowback => {
                "the article; the split between Azure, Amazon and Nvidia is our assumption"
            }
            ChartId::CapexBars => {
                "company plans via the article (as of 2026-03-02); “≥”: a floor (the article's “+”)"
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
}
