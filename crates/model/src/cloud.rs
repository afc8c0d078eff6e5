//! Section 4: the cloud market by provider, Q4 2025 → 2030.
//!
//! Revenue is the Q4 quarterly run rate ($119B in Q4 2025), split by the article's shares.
//! "Others" is everyone outside the big three; its growth is implied so that the whole market
//! grows by the article's 30 % at the article's provider growth rates, and stays fixed when the
//! reader moves the provider sliders.

use super::capex::{years, FIRST_YEAR, LAST_YEAR};
use ai_infra_dataset::{Dataset, ProviderId};

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
    /// When Azure passes AWS; `None` if it does not by 2100.
    pub azure_passes_aws: Option<Crossover>,
    /// Points a year every rate fades by after 2026.
    pub fade_pp: f64,
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

/// The growth "others" must have for the whole market to grow `total_growth_pct`, given each
/// named provider's (share %, growth %): a year earlier the market was revenue / (1 + total
/// growth), each provider its revenue / (1 + its growth); others are the rest, then and now.
fn others_growth(total_growth_pct: f64, named: &[(f64, f64)]) -> f64 {
    let now: f64 = 100.0 - named.iter().map(|(share, _)| share).sum::<f64>();
    let before_total = 100.0 / (1.0 + total_growth_pct / 100.0);
    let before_named: f64 = named
        .iter()
        .map(|(share, g)| share / (1.0 + g / 100.0))
        .sum();
    let before = before_total - before_named;
    if before > 0.0 {
        (now / before - 1.0) * 100.0
    } else {
        0.0
    }
}

fn named_rates(data: &Dataset) -> Vec<(f64, f64)> {
    data.cloud
        .providers
        .iter()
        .map(|p| (p.share_pct, p.yoy_growth_pct))
        .collect()
}

/// The growth the article's figures imply for everyone outside the big three.
pub fn implied_others_growth(data: &Dataset) -> f64 {
    others_growth(data.cloud.q4_2025.yoy_growth_pct, &named_rates(data))
}

/// The lowest and highest growth for "others" that the article's rounding allows: every share
/// and growth rate it gives as a whole number may be anything within half a point of it.
pub fn others_growth_range(data: &Dataset) -> (f64, f64) {
    let named = named_rates(data);
    let inputs = 1 + 2 * named.len();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for corner in 0..1u32 << inputs {
        let nudge = |bit: usize| if corner >> bit & 1 == 1 { 0.5 } else { -0.5 };
        let total = data.cloud.q4_2025.yoy_growth_pct + nudge(0);
        let rounded: Vec<(f64, f64)> = named
            .iter()
            .enumerate()
            .map(|(k, (s, g))| (s + nudge(1 + 2 * k), g + nudge(2 + 2 * k)))
            .collect();
        let g = others_growth(total, &rounded);
        (lo, hi) = (lo.min(g), hi.max(g));
    }
    (lo, hi)
}

/// The earliest and latest time (years after Q4 2025) at which Azure passes AWS at the given
/// rates, over the shares the article's rounding allows (each within half a point of its
/// whole number); `None` where it does not pass within sight at some of them.
pub fn crossing_range(
    data: &Dataset,
    aws_pct: f64,
    azure_pct: f64,
    fade_pp: f64,
) -> Option<(f64, f64)> {
    let share = |id| {
        data.cloud
            .providers
            .iter()
            .find(|p| p.id == id)
            .map_or(0.0, |p| p.share_pct)
    };
    let (aws, azure) = (share(ProviderId::Aws), share(ProviderId::Azure));
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (da, dz) in [(-0.5, -0.5), (-0.5, 0.5), (0.5, -0.5), (0.5, 0.5)] {
        let c = crossover((aws + da, aws_pct), (azure + dz, azure_pct), fade_pp)?;
        (lo, hi) = (lo.min(c.after_years), hi.max(c.after_years));
    }
    Some((lo, hi))
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

/// Q4 2025 revenue of each provider and of "others", with their article growth.
pub fn baseline(data: &Dataset) -> Vec<Baseline> {
    let q4 = &data.cloud.q4_2025;
    let mut rows: Vec<Baseline> = data
        .cloud
        .providers
        .iter()
        .map(|p| Baseline {
            segment: Segment::Provider(p.id),
            name: p.name.to_string(),
            revenue: q4.revenue * p.share_pct / 100.0,
            growth_pct: p.yoy_growth_pct,
        })
        .collect();
    let named: f64 = rows.iter().map(|r| r.revenue).sum();
    rows.push(Baseline {
        segment: Segment::Others,
        name: "Others".into(),
        revenue: q4.revenue - named,
        growth_pct: implied_others_growth(data),
    });
    rows
}

/// A segment's growth in `year`: its rate, moved `fade_pp` points a year towards zero (never
/// past it) after 2026.
pub fn rate_in(rate: f64, fade_pp: f64, year: i32) -> f64 {
    let faded = (rate.abs() - f64::from((year - 2026).max(0)) * fade_pp).max(0.0);
    faded.copysign(rate)
}

/// Projects each segment from Q4 2025. `growth` gives the reader's rate for a segment, or
/// `None` to keep the article's; every rate fades by `fade_pp` points a year after 2026.
pub fn project(
    data: &Dataset,
    growth: impl Fn(Segment) -> Option<f64>,
    fade_pp: f64,
) -> CloudProjection {
    let years = years();
    let mut providers: Vec<ProviderSeries> = baseline(data)
        .into_iter()
        .map(|b| {
            let g = growth(b.segment).unwrap_or(b.growth_pct);
            ProviderSeries {
                segment: b.segment,
                name: b.name,
                growth_pct: g,
                revenue: grow(b.revenue, g, fade_pp, FIRST_YEAR, LAST_YEAR),
                share_pct: Vec::new(),
            }
        })
        .collect();
    let others_growth_pct = providers.last().map_or(0.0, |p| p.growth_pct);
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
        (Some(aws), Some(az)) => crossover(
            (aws.revenue[0], aws.growth_pct),
            (az.revenue[0], az.growth_pct),
            fade_pp,
        ),
        _ => None,
    };
    CloudProjection {
        years,
        providers,
        total,
        others_growth_pct,
        azure_passes_aws,
        fade_pp,
    }
}

/// Revenue from `from` (the Q4 2025 value `start`) to `to`, each year at its faded rate.
fn grow(start: f64, rate: f64, fade_pp: f64, from: i32, to: i32) -> Vec<f64> {
    (from..=to)
        .scan(start, |r, y| {
            if y > from {
                *r *= 1.0 + rate_in(rate, fade_pp, y) / 100.0;
            }
            Some(*r)
        })
        .collect()
}

/// The latest year a crossing is looked for: far past the charts, so a crossing in 2040 is
/// still an answer, and a later one reads as "not in sight".
const CROSSING_HORIZON: i32 = 2100;

/// When `challenger` passes `leader` at their (faded) rates. Within a year the rates are
/// constant, so the log of the ratio is linear there and the crossing time interpolated in it
/// is exact. Each side is (Q4 2025 revenue, yearly growth %).
fn crossover(leader: (f64, f64), challenger: (f64, f64), fade_pp: f64) -> Option<Crossover> {
    let path = |(start, rate)| grow(start, rate, fade_pp, FIRST_YEAR, CROSSING_HORIZON);
    let (l, c) = (path(leader), path(challenger));
    let gap: Vec<f64> = l.iter().zip(&c).map(|(l, c)| (c / l).ln()).collect();
    if gap[0] >= 0.0 {
        return Some(Crossover {
            year: FIRST_YEAR,
            after_years: 0.0,
        });
    }
    let k = gap.iter().position(|d| *d >= 0.0)?;
    let t = (k - 1) as f64 + -gap[k - 1] / (gap[k] - gap[k - 1]);
    Some(Crossover {
        year: FIRST_YEAR + k as i32,
        after_years: t,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ai_infra_data::Load;

    fn data() -> Dataset {
        Dataset::embedded()
    }

    #[test]
    fn with_no_market_left_for_others_they_have_no_growth_to_imply() {
        // The named providers were the whole market a year ago and are now: nothing is left
        // for "others", whose growth is then 0, not a division by zero.
        let whole = [(60.0, 0.0), (40.0, 0.0)];
        assert_eq!(others_growth(0.0, &whole), 0.0);
        // A sliver left: a finite growth.
        assert!(others_growth(0.0, &[(60.0, 0.0), (39.0, 0.0)]).is_finite());
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
        let p = project(&data(), |_| None, 0.0);
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
    fn azure_passes_aws_in_2028_at_article_rates() {
        // 26.18 × 1.35^t = 35.7 × 1.19^t ⇒ t = ln(35.7/26.18) / ln(1.35/1.19)
        //   = 0.31015 / 0.12615 = 2.4586 years after Q4 2025; first Q4 ahead: 2028.
        let c = project(&data(), |_| None, 0.0)
            .azure_passes_aws
            .expect("crosses");
        assert!((c.after_years - 2.4586).abs() < 0.001, "{}", c.after_years);
        assert_eq!(c.year, 2028);
    }

    #[test]
    fn equal_growth_never_crosses() {
        let aws_azure = |s| {
            s == Segment::Provider(ProviderId::Aws) || s == Segment::Provider(ProviderId::Azure)
        };
        let p = project(&data(), |s| aws_azure(s).then_some(20.0), 0.0);
        assert_eq!(p.azure_passes_aws, None);
        let azure = Segment::Provider(ProviderId::Azure);
        let slower = project(&data(), |s| (s == azure).then_some(-5.0), 0.0);
        assert_eq!(slower.azure_passes_aws, None);
    }

    #[test]
    fn fading_rates_move_the_crossing_and_it_agrees_with_the_series() {
        let at = |fade| project(&data(), |_| None, fade).azure_passes_aws;
        let (now, faded) = (at(0.0).unwrap(), at(2.0).unwrap());
        // Both lose the same points, which costs the slower grower more of its rate: earlier.
        assert!(faded.after_years < now.after_years, "{faded:?} vs {now:?}");
        // The crossing year agrees with the projected series: Azure ahead then, not the year before.
        let p = project(&data(), |_| None, 2.0);
        let rev = |id, year: i32| p.provider(id).unwrap().revenue[(year - FIRST_YEAR) as usize];
        let y = faded.year;
        assert!(rev(ProviderId::Azure, y) >= rev(ProviderId::Aws, y));
        assert!(rev(ProviderId::Azure, y - 1) < rev(ProviderId::Aws, y - 1));
    }

    #[test]
    fn rounding_the_shares_moves_the_crossing_by_months() {
        let (lo, hi) = crossing_range(&data(), 19.0, 35.0, 0.0).unwrap();
        // 30 ± 0.5 vs 22 ± 0.5: ln(30.5/21.5)/0.12615 = 2.77, ln(29.5/22.5)/0.12615 = 2.15.
        assert!(
            (lo - 2.148).abs() < 0.01 && (hi - 2.773).abs() < 0.01,
            "{lo}–{hi}"
        );
        assert_eq!(crossing_range(&data(), 35.0, 19.0, 0.0), None);
    }

    #[test]
    fn the_article_s_rounding_allows_others_between_34_7_and_41_1_percent() {
        let (lo, hi) = others_growth_range(&data());
        assert!(lo < implied_others_growth(&data()) && implied_others_growth(&data()) < hi);
        // The corners, worked apart (total growth, shares and rates each ±0.5): 34.72 % and 41.13 %.
        assert!(
            (lo - 34.72).abs() < 0.01 && (hi - 41.13).abs() < 0.01,
            "{lo}–{hi}"
        );
    }
}
