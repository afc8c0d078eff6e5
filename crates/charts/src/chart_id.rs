//! Every chart in the report: its id, the assumptions it depends on and its source line.

use ai_infra_dataset::Date;
use ai_infra_model::capex::{FIRST_YEAR, HEADLINE_YEAR};
use ai_infra_model::{levers, Key};

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
    /// Which levers move a headline answer most (a tornado): on the page, the answer "What must
    /// be true?" holds to; built alone (the prerender, an embed, the tests), the first answer's.
    #[strum(serialize = "levers")]
    Levers,
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
        match self {
            ChartId::Raised | ChartId::CapexBars => &[],
            ChartId::RoundFlowback => &levers::FUNDING,
            ChartId::CapexProjection | ChartId::CapexCumulative => &levers::CAPEX_READ,
            ChartId::CloudRevenue => &levers::BIG_THREE,
            ChartId::CloudShare => &levers::CLOUD,
            ChartId::Market => &levers::MARKET,
            ChartId::Compute => &levers::CAPEX_AND_COMPUTE,
            ChartId::Sustainability => &levers::CAPEX_AND_CLOUD,
            ChartId::Levers => crate::levers::ANSWER.inputs(),
        }
    }

    /// Whether the page draws it from its worker's answer once a change settles (the tornado),
    /// not in the frame of the change: a moving slider redraws it when it rests.
    pub fn on_settle(self) -> bool {
        self == ChartId::Levers
    }

    /// The source line as the page shows it: [`ChartId::source`] (on the reported base, for a
    /// chart the base figures feed, the companies' and Synergy's reports instead), then what
    /// was reported on the chart (its rings).
    pub fn source_line(
        self,
        as_of: Date,
        chart: &super::Chart,
        base: ai_infra_model::reported::Base,
    ) -> String {
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
            self.source(as_of)
        };
        if matches!(chart, super::Chart::Line(c) if !c.history.is_empty()) {
            line.push_str("; rings: figures reported by Synergy Research and the companies");
        }
        line
    }

    /// Where the chart's numbers come from; `as_of` is the article's date (the dataset's
    /// `meta.article.as_of`).
    pub fn source(self, as_of: Date) -> String {
        let model = "projection: this report's model";
        match self {
            ChartId::Raised => format!("the article (as of {as_of})"),
            ChartId::RoundFlowback => {
                "the article; the split between Azure, Amazon and Nvidia is our assumption".into()
            }
            ChartId::CapexBars => format!(
                "company plans via the article (as of {as_of}); “≥”: a floor (the article's “+”)"
            ),
            ChartId::CapexProjection | ChartId::CapexCumulative => {
                format!("company plans via the article (as of {as_of}); {model}")
            }
            ChartId::CloudRevenue | ChartId::CloudShare => {
                format!("Synergy Research Group via the article (Q4 {FIRST_YEAR}); {model}")
            }
            ChartId::Market => format!(
                "the article ({FIRST_YEAR} value and {HEADLINE_YEAR} forecast); path: this report's model"
            ),
            ChartId::Compute => {
                "the CapEx projection of this report, split by the compute assumptions".into()
            }
            ChartId::Sustainability => {
                format!("the article ({FIRST_YEAR} revenue, CapEx plans); {model}")
            }
            ChartId::Levers => {
                "this report's model, each lever at the ends of its spread in the uncertainty panel".into()
            }
        }
    }
}
