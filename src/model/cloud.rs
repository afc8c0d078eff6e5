//! Section 4: the cloud market by provider, Q4 2025 → 2030.
//!
//! Revenue is the Q4 quarterly run rate ($119B in Q4 2025), split by the article's shares.
//! "Others" is everyone outside the big three; its growth is implied so that the whole market
//! grows by the article's 30 % at the article's provider growth rates, and stays fixed when the
//! reader moves the provider sliders.

use super::capex::{years, FIRST_YEAR};
use crate::dataset::{Dataset, ProviderId};

/// A slice of the cloud market: one of the three providers, or everyone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    Provider(ProviderId),
    Others,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProviderSeries {
    pub segment: Segment,
    pub name: String,
    pub growth_pct: f64,
    /// Q4 revenue in each year, $B.
    pub revenue: Vec<f64>,
    /// Share of the Q4 total in each year, percent.
    pub share_pct: Vec<f64>,
}

/// When one provider's revenue passes another's.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crossover {
    /// First Q4 in which the challenger is ahead.
    pub year: i32,
    /// Years after Q4 2025 at which the two cross (e.g. 2.46), assuming smooth compounding.
    pub after_years: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CloudProjection {
    pub years: Vec<i32>,
    /// AWS, Azure, Google Cloud, Others.
    pub providers: Vec<ProviderSeries>,
    pub total: Vec<f64>,
    pub others_growth_pct: f64,
    /// When Azure passes AWS; `None` if it never does.
    pub azure_passes_aws: Option<Crossover>,
}

impl CloudProjection {
    pub fn provider(&self, id: ProviderId) -> Option<&ProviderSeries> {
        self.providers
            .iter()
            .find(|p| p.segment == Segment::Provider(id))
    }

    /// Total growth of the Q4 run rate over the whole projection, as a factor.
    pub fn total_factor(&self, year: i32) -> f64 {
        self.total[(year - FIRST_YEAR) as usize] / self.total[0]
    }
}

/// One segment's Q4 2025 revenue and yearly growth, as the article gives or implies them.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    pub segment: Segment,
    pub name: String,
    /// Q4 2025 revenue, $B.
    pub revenue: f64,
    pub growth_pct: f64,
}

/// Q4 2025 revenue of each provider and the implied "others", with their article growth.
pub fn baseline(data: &Dataset) -> Vec<Baseline> {
    let q4 = &data.cloud.q4_2025;
    let mut rows: Vec<Baseline> = data
        .cloud
        .providers
        .iter()
        .map(|p| Baseline {
            segment: Segment::Provider(p.id),
            name: p.name.clone(),
            revenue: q4.revenue * p.share_pct / 100.0,
            growth_pct: p.yoy_growth_pct,
        })
        .collect();
    let named: f64 = rows.iter().map(|r| r.revenue).sum();
    let others_now = q4.revenue - named;
    // A year earlier the market was revenue / 1.30; each provider was its revenue / (1 + g).
    let total_before = q4.revenue / (1.0 + q4.yoy_growth_pct / 100.0);
    let named_before: f64 = rows
        .iter()
        .map(|r| r.revenue / (1.0 + r.growth_pct / 100.0))
        .sum();
    let others_before = total_before - named_before;
    let others_growth = if others_before > 0.0 {
        (others_now / others_before - 1.0) * 100.0
    } else {
        0.0
    };
    rows.push(Baseline {
        segment: Segment::Others,
        name: "Others".into(),
        revenue: others_now,
        growth_pct: others_growth,
    });
    rows
}

/// Projects each provider at a constant growth rate. `growth` gives the reader's rate for a
/// provider, or `None` to keep the article's; "others" keep their implied rate.
pub fn project(data: &Dataset, growth: impl Fn(ProviderId) -> Option<f64>) -> CloudProjection {
    let years = years();
    let base = baseline(data);
    let others_growth_pct = base.last().map_or(0.0, |r| r.growth_pct);
    let mut providers: Vec<ProviderSeries> = base
        .into_iter()
        .map(|b| {
            let g = match b.segment {
                Segment::Provider(id) => growth(id).unwrap_or(b.growth_pct),
                Segment::Others => b.growth_pct,
            };
            let revenue = years
                .iter()
                .map(|y| b.revenue * (1.0 + g / 100.0).powi(y - FIRST_YEAR))
                .collect();
            ProviderSeries {
                segment: b.segment,
                name: b.name,
                growth_pct: g,
                revenue,
                share_pct: Vec::new(),
            }
        })
        .collect();
    let total: Vec<f64> = (0..years.len())
        .map(|i| providers.iter().map(|p| p.revenue[i]).sum())
        .collect();
    for p in &mut providers {
        p.share_pct = p
            .revenue
            .iter()
            .zip(&total)
            .map(|(r, t)| r / t * 100.0)
            .collect();
    }
    let find = |id| {
        providers
            .iter()
            .find(|p| p.segment == Segment::Provider(id))
    };
    let azure_passes_aws = match (find(ProviderId::Aws), find(ProviderId::Azure)) {
        (Some(aws), Some(az)) => crossover(&years, aws, az),
        _ => None,
    };
    CloudProjection {
        years,
        providers,
        total,
        others_growth_pct,
        azure_passes_aws,
    }
}

/// When `challenger` passes `leader`, from the constant growth rates (not only within the
/// projection's years: a crossing in 2034 is still an answer).
fn crossover(
    years: &[i32],
    leader: &ProviderSeries,
    challenger: &ProviderSeries,
) -> Option<Crossover> {
    let (l0, c0) = (leader.revenue[0], challenger.revenue[0]);
    let (lg, cg) = (
        1.0 + leader.growth_pct / 100.0,
        1.0 + challenger.growth_pct / 100.0,
    );
    if c0 >= l0 {
        return Some(Crossover {
            year: years[0],
            after_years: 0.0,
        });
    }
    if cg <= lg || cg <= 0.0 || lg <= 0.0 {
        return None;
    }
    // c0·cg^t = l0·lg^t  ⇒  t = ln(l0/c0) / ln(cg/lg)
    let t = (l0 / c0).ln() / (cg / lg).ln();
    Some(Crossover {
        year: FIRST_YEAR + t.ceil() as i32,
        after_years: t,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Load;

    fn data() -> Dataset {
        Dataset::embedded()
    }

    #[test]
    fn q4_revenue_splits_by_share_and_others_are_implied() {
        let b = baseline(&data());
        // 119 × 30 % = 35.7, × 22 % = 26.18, × 13 % = 15.47, others 119 − 77.35 = 41.65.
        let rev: Vec<f64> = b.iter().map(|r| r.revenue).collect();
        for (got, want) in rev.iter().zip([35.7, 26.18, 15.47, 41.65]) {
            assert!((got - want).abs() < 1e-9, "{got} vs {want}");
        }
        // A year earlier: total 119/1.3 = 91.538; AWS 35.7/1.19 = 30.0; Azure 26.18/1.35 = 19.393;
        // GCP 15.47/1.3 = 11.9; others 91.538 − 61.293 = 30.246 → 41.65/30.246 − 1 = 37.7 %.
        assert!(
            (b[3].growth_pct - 37.70).abs() < 0.05,
            "{}",
            b[3].growth_pct
        );
    }

    #[test]
    fn total_grows_30_percent_at_article_rates() {
        let p = project(&data(), |_| None);
        assert!(
            (p.total_factor(2026) - 1.30).abs() < 0.005,
            "{}",
            p.total_factor(2026)
        );
        for i in 0..p.years.len() {
            let shares: f64 = p.providers.iter().map(|s| s.share_pct[i]).sum();
            assert!((shares - 100.0).abs() < 1e-9);
        }
    }

    #[test]
    fn azure_passes_aws_during_2027_at_article_rates() {
        // 26.18 × 1.35^t = 35.7 × 1.19^t ⇒ t = ln(35.7/26.18) / ln(1.35/1.19)
        //   = 0.31015 / 0.12615 = 2.4586 years after Q4 2025; first Q4 ahead: 2028.
        let c = project(&data(), |_| None)
            .azure_passes_aws
            .expect("crosses");
        assert!((c.after_years - 2.4586).abs() < 0.001, "{}", c.after_years);
        assert_eq!(c.year, 2028);
    }

    #[test]
    fn equal_growth_never_crosses() {
        let p = project(&data(), |id| (id != ProviderId::Gcp).then_some(20.0));
        assert_eq!(p.azure_passes_aws, None);
        let slower = project(&data(), |id| (id == ProviderId::Azure).then_some(-5.0));
        assert_eq!(slower.azure_passes_aws, None);
    }
}
