//! Section 5: the cloud computing market, $752B (2025) → $2.39T (2030).

use super::capex::{years, FIRST_YEAR};

/// The constant yearly growth, in percent, that takes `from` to `to` in `years` years.
pub fn implied_cagr_pct(from: f64, to: f64, years: i32) -> f64 {
    (super::pow_ratio(to / from, 1, years) - 1.0) * 100.0
}

#[derive(Debug, Clone, PartialEq)]
pub struct MarketPath {
    pub years: Vec<i32>,
    pub value: Vec<f64>,
    pub cagr_pct: f64,
    /// The forecast the path is compared with: (2030, $2.39T).
    pub forecast: (i32, f64),
    /// First year the market is at least $1T / $2T, if it is by 2030.
    pub crosses_1t: Option<i32>,
    pub crosses_2t: Option<i32>,
}

impl MarketPath {
    pub fn last(&self) -> f64 {
        *self.value.last().unwrap_or(&0.0)
    }

    /// The market in `year`, $B.
    pub fn at(&self, year: i32) -> f64 {
        self.value[(year - FIRST_YEAR) as usize]
    }
}

/// The lowest and highest CAGR the article's rounding allows: its $752B and $2.39T may be
/// anything that rounds to them ($751.5–752.5B, $2.385–2.395T).
pub fn implied_cagr_range(from: f64, to: f64, years: i32) -> (f64, f64) {
    (
        implied_cagr_pct(from + 0.5, to - 5.0, years),
        implied_cagr_pct(from - 0.5, to + 5.0, years),
    )
}

pub fn project(start_2025: f64, cagr_pct: f64, forecast: (i32, f64)) -> MarketPath {
    let years = years();
    let value: Vec<f64> = years
        .iter()
        .map(|y| start_2025 * (1.0 + cagr_pct / 100.0).powi(y - FIRST_YEAR))
        .collect();
    let first_at = |level: f64| {
        years
            .iter()
            .zip(&value)
            .find(|(_, v)| **v >= level)
            .map(|(y, _)| *y)
    };
    MarketPath {
        crosses_1t: first_at(1000.0),
        crosses_2t: first_at(2000.0),
        years,
        value,
        cagr_pct,
        forecast,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_cagr_is_about_26_percent() {
        // (2390 / 752)^(1/5) = 3.17819^(0.2) = e^(1.15632/5) = e^0.231264 = 1.26020.
        let c = implied_cagr_pct(752.0, 2390.0, 5);
        assert!((c - 26.020).abs() < 0.01, "{c}");
        let p = project(752.0, c, (2030, 2390.0));
        assert!((p.at(2030) - 2390.0).abs() < 1e-6);
        // 752 × 1.2602 = 947.7 (2026), × 1.2602 = 1194.3 (2027): $1T in 2027.
        assert_eq!(p.crosses_1t, Some(2027));
        // 2029: 752 × 1.2602^4 = 1896.5, 2030: 2390 → $2T in 2030.
        assert_eq!(p.crosses_2t, Some(2030));
    }

    #[test]
    fn the_rounding_range_holds_every_reading_of_the_rounded_figures() {
        // $752B and $2.39T may be anything that rounds to them: every corner of that box gives
        // a CAGR within the range, and its ends are two of those corners.
        let (lo, hi) = implied_cagr_range(752.0, 2390.0, 5);
        let corners: Vec<f64> = [751.5, 752.5]
            .iter()
            .flat_map(|f| [2385.0, 2395.0].map(|t| implied_cagr_pct(*f, t, 5)))
            .collect();
        assert!(
            corners.iter().all(|c| (lo..=hi).contains(c)),
            "{lo}–{hi}: {corners:?}"
        );
        assert!(
            corners.contains(&lo) && corners.contains(&hi),
            "{lo}–{hi}: {corners:?}"
        );
        let mid = implied_cagr_pct(752.0, 2390.0, 5);
        assert!(lo < mid && mid < hi && hi - lo < 0.5, "{lo} {mid} {hi}");
    }

    #[test]
    fn the_path_ends_in_its_last_year() {
        let p = project(752.0, 26.0, (2030, 2390.0));
        assert_eq!(p.last(), p.at(crate::capex::LAST_YEAR));
        assert!(p.last() > p.at(2034));
    }

    #[test]
    fn zero_growth_never_crosses() {
        let p = project(752.0, 0.0, (2030, 2390.0));
        assert!(p.value.iter().all(|v| *v == 752.0));
        assert_eq!((p.crosses_1t, p.crosses_2t), (None, None));
    }
}
