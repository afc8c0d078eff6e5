//! Section 3: the five companies' CapEx, 2025–2035, and the $3–4T estimate.

use ai_infra_dataset::Dataset;

pub use crate::horizon::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use const_format::formatcp;

/// The years 2025..=2035.
pub fn years() -> Vec<i32> {
    (FIRST_YEAR..=LAST_YEAR).collect()
}

/// The two readings of Jensen Huang's $3–4T (the slider's 0 and 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HuangReading {
    /// The five companies' running total of CapEx from 2025 (our reading).
    Cumulative = 0,
    /// One year's spend, in 2030.
    AnnualIn2030 = 1,
}

impl HuangReading {
    pub fn label(self) -> &'static str {
        match self {
            HuangReading::Cumulative => formatcp!("running total from {FIRST_YEAR}"),
            HuangReading::AnnualIn2030 => formatcp!("one year's spend, {HEADLINE_YEAR}"),
        }
    }
}

/// Per-company CapEx for the grouped bars, with the growth the data implies and the article's
/// stated growth column side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct CompanyBar {
    pub name: String,
    pub capex_2025: f64,
    pub capex_2026: f64,
    pub growth_pct: f64,
    pub stated_growth_pct: f64,
    /// The 2026 plan is a floor (the article's "$100B+"), so its growth is too.
    pub at_least: bool,
}

pub fn company_bars(data: &Dataset) -> Vec<CompanyBar> {
    data.capex
        .companies
        .iter()
        .map(|c| CompanyBar {
            name: data.company_name(c.company).to_string(),
            capex_2025: c.capex_2025,
            capex_2026: c.capex_2026,
            growth_pct: c.growth_pct(),
            stated_growth_pct: c.stated_growth_pct,
            at_least: c.at_least_2026,
        })
        .collect()
}

/// Combined CapEx of the five in 2025 and 2026, summed from the per-company rows.
pub fn totals(data: &Dataset) -> (f64, f64) {
    let c = &data.capex.companies;
    (
        c.iter().map(|x| x.capex_2025).sum(),
        c.iter().map(|x| x.capex_2026).sum(),
    )
}

/// The inputs of the projection, in the units the sliders show.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CapexInputs {
    pub base_2025: f64,
    pub base_2026: f64,
    /// Growth in 2027, percent.
    pub growth_pct: f64,
    /// Points per year by which growth moves towards zero after 2027.
    pub slowdown_pp: f64,
    /// The year CapEx reaches its plateau; after it, CapEx changes only by `post_plateau_pct`;
    /// `None` = no plateau.
    pub plateau_year: Option<i32>,
    /// CapEx change a year after the plateau year, percent (0 = flat; below 0, a cut).
    pub post_plateau_pct: f64,
    /// Low and high end of Huang's estimate ($3–4T).
    pub estimate: (f64, f64),
    /// What the estimate is compared with.
    pub reading: HuangReading,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CapexProjection {
    pub years: Vec<i32>,
    /// CapEx in each year, $B.
    pub annual: Vec<f64>,
    /// Growth in each year, percent (2025: none, so 0).
    pub growth_pct: Vec<f64>,
    /// Running total from 2025, $B.
    pub cumulative: Vec<f64>,
    pub estimate: (f64, f64),
    pub reading: HuangReading,
    /// The year CapEx reaches its plateau; after it, it changes only by the post-plateau rate.
    pub plateau_year: Option<i32>,
    /// First year, by 2030, that the estimate's low / high end is reached in the chosen reading
    /// (the running total; or 2030's own spend).
    pub estimate_low_year: Option<i32>,
    pub estimate_high_year: Option<i32>,
}

impl CapexProjection {
    pub fn at(&self, year: i32) -> f64 {
        self.annual[(year - FIRST_YEAR) as usize]
    }

    /// The running total from 2025 to `year`, $B.
    pub fn cumulative_at(&self, year: i32) -> f64 {
        self.cumulative[(year - FIRST_YEAR) as usize]
    }

    /// The highest annual CapEx and its year.
    pub fn peak(&self) -> (i32, f64) {
        self.years
            .iter()
            .copied()
            .zip(self.annual.iter().copied())
            .fold((FIRST_YEAR, f64::MIN), |best, (y, v)| {
                if v > best.1 {
                    (y, v)
                } else {
                    best
                }
            })
    }
}

/// Growth in `year` (≥ 2027): the 2027 rate moved `slowdown` points per year towards zero,
/// never past it, up to the plateau year (CapEx reaches its plateau then); after it, the
/// change after the plateau.
pub fn growth_in(i: &CapexInputs, year: i32) -> f64 {
    if i.plateau_year.is_some_and(|p| year > p) {
        return i.post_plateau_pct;
    }
    let faded = (i.growth_pct.abs() - f64::from(year - 2027) * i.slowdown_pp).max(0.0);
    faded.copysign(i.growth_pct)
}

pub fn project(i: &CapexInputs) -> CapexProjection {
    let years = years();
    let mut annual = vec![i.base_2025, i.base_2026];
    let mut growth_pct = vec![0.0, (i.base_2026 / i.base_2025 - 1.0) * 100.0];
    for y in 2027..=LAST_YEAR {
        let g = growth_in(i, y);
        let prev = *annual.last().unwrap_or(&0.0);
        annual.push(prev * (1.0 + g / 100.0));
        growth_pct.push(g);
    }
    let cumulative: Vec<f64> = annual
        .iter()
        .scan(0.0, |sum, v| {
            *sum += v;
            Some(*sum)
        })
        .collect();
    let by_2030 = (HEADLINE_YEAR - FIRST_YEAR) as usize + 1;
    let compared = match i.reading {
        HuangReading::Cumulative => &cumulative,
        HuangReading::AnnualIn2030 => &annual,
    };
    let first_reaching = |level: f64| {
        let from = match i.reading {
            HuangReading::Cumulative => 0,
            HuangReading::AnnualIn2030 => by_2030 - 1,
        };
        (from..by_2030)
            .find(|k| compared[*k] >= level)
            .map(|k| years[k])
    };
    CapexProjection {
        reading: i.reading,
        plateau_year: i.plateau_year,
        estimate_low_year: first_reaching(i.estimate.0),
        estimate_high_year: first_reaching(i.estimate.1),
        years,
        annual,
        growth_pct,
        cumulative,
        estimate: i.estimate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(growth: f64, slowdown: f64, plateau: Option<i32>) -> CapexInputs {
        CapexInputs {
            base_2025: 255.0,
            base_2026: 355.0,
            growth_pct: growth,
            slowdown_pp: slowdown,
            plateau_year: plateau,
            post_plateau_pct: 0.0,
            estimate: (3000.0, 4000.0),
            reading: HuangReading::Cumulative,
        }
    }

    #[test]
    fn zero_growth_holds_2026_flat() {
        let p = project(&inputs(0.0, 5.0, None));
        // 255 + 355 + 4 × 355 = 2030 by 2030: never reaches $3T by then.
        assert_eq!(p.annual[..6], [255.0, 355.0, 355.0, 355.0, 355.0, 355.0]);
        assert!(p.annual[6..].iter().all(|v| *v == 355.0));
        assert!((p.cumulative_at(2030) - 2030.0).abs() < 1e-9);
        assert_eq!(p.estimate_low_year, None);
    }

    #[test]
    fn slowdown_fades_growth_to_zero_not_below() {
        // 20 % in 2027, 10 % in 2028, 0 % from 2029 on (20 − 2×10 = 0, then held at 0).
        let p = project(&inputs(20.0, 10.0, None));
        assert_eq!(&p.growth_pct[2..6], &[20.0, 10.0, 0.0, 0.0]);
        let y2027 = 355.0 * 1.2;
        let y2028 = y2027 * 1.1;
        assert!((p.at(2028) - y2028).abs() < 1e-9);
        assert!((p.at(2030) - y2028).abs() < 1e-9);
    }

    #[test]
    fn negative_growth_shrinks_and_fades_towards_zero() {
        // −10 % in 2027, −5 % in 2028, 0 after: 355 × 0.9 × 0.95 = 303.525.
        let p = project(&inputs(-10.0, 5.0, None));
        assert_eq!(&p.growth_pct[2..6], &[-10.0, -5.0, 0.0, 0.0]);
        assert!((p.at(2030) - 303.525).abs() < 1e-9);
    }

    #[test]
    fn a_plateau_in_the_first_year_grows_once_then_holds() {
        let p = project(&inputs(50.0, 0.0, Some(2027)));
        assert!(p.annual[2..].iter().all(|v| (*v - 532.5).abs() < 1e-9));
        assert_eq!(p.peak(), (2027, 532.5));
    }

    #[test]
    fn article_defaults_reach_the_estimate_low_end_in_2030() {
        // 39 % in 2027, 34 % in 2028 and 29 % in 2029, the plateau year; flat after it:
        // 355 × 1.39 = 493.45; × 1.34 = 661.223; × 1.29 = 852.97767;
        // total 255 + 355 + 493.45 + 661.223 + 2 × 852.97767 = 3470.62834.
        let p = project(&inputs(39.0, 5.0, Some(2029)));
        assert!((p.at(2027) - 493.45).abs() < 1e-9);
        assert!((p.at(2028) - 661.223).abs() < 1e-9);
        assert!((p.at(2029) - 852.97767).abs() < 1e-6);
        assert!((p.at(2030) - 852.97767).abs() < 1e-6);
        assert!((p.cumulative_at(2030) - 3470.62834).abs() < 1e-6);
        assert_eq!(p.estimate_low_year, Some(2030));
        assert_eq!(p.estimate_high_year, None);
        assert_eq!(p.peak(), (2029, p.at(2029)), "the plateau year is the peak");
    }

    #[test]
    fn after_the_plateau_capex_changes_by_the_post_plateau_rate() {
        // Plateau 2029 with −10 %: 2029 is the peak, 852.97767; 2030 = × 0.9, 2031 = × 0.81.
        let p = project(&CapexInputs {
            post_plateau_pct: -10.0,
            ..inputs(39.0, 5.0, Some(2029))
        });
        assert!((p.at(2029) - 852.97767).abs() < 1e-6);
        assert!((p.at(2030) - 852.97767 * 0.9).abs() < 1e-6);
        assert!((p.at(2031) - 852.97767 * 0.81).abs() < 1e-6);
        assert!(
            p.annual[4..].windows(2).all(|w| w[1] < w[0]),
            "a cut every year after"
        );
    }

    #[test]
    fn read_as_one_year_s_spend_the_estimate_is_far_off() {
        let p = project(&CapexInputs {
            reading: HuangReading::AnnualIn2030,
            ..inputs(39.0, 5.0, Some(2029))
        });
        assert_eq!((p.estimate_low_year, p.estimate_high_year), (None, None));
        let fast = project(&CapexInputs {
            reading: HuangReading::AnnualIn2030,
            ..inputs(80.0, 0.0, None)
        });
        // 355 × 1.8^4 = 3726.6 in 2030: past $3T, short of $4T, in 2030 itself.
        assert_eq!(
            (fast.estimate_low_year, fast.estimate_high_year),
            (Some(2030), None)
        );
    }

    #[test]
    fn no_plateau_and_fast_growth_pass_both_ends() {
        // 80 % a year: 639, 1150.2, 2070.36. Running total: 2399.2 by 2028, 4469.56 by 2029.
        let p = project(&inputs(80.0, 0.0, None));
        assert_eq!(p.estimate_low_year, Some(2029));
        assert_eq!(p.estimate_high_year, Some(2029));
    }
}
