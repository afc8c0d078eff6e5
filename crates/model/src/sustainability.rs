//! Section 7: is it sustainable? CapEx of the five against cloud infrastructure revenue.
//!
//! Revenue starts from the full-year 2025 figure ($419B) and grows with the projected Q4 run
//! rate of section 4, so the provider sliders move this chart too.

use super::capex::CapexProjection;
use super::cloud::CloudProjection;

#[derive(Debug, Clone, PartialEq)]
pub struct Sustainability {
    pub years: Vec<i32>,
    pub capex: Vec<f64>,
    pub revenue: Vec<f64>,
    /// CapEx ÷ revenue each year.
    pub ratio: Vec<f64>,
    /// Years in which CapEx grew faster (in percent) than revenue.
    pub capex_outgrows: Vec<i32>,
    /// First year CapEx exceeds revenue, if any by 2030.
    pub capex_exceeds_revenue: Option<i32>,
    /// Highest ratio and its year.
    pub peak_ratio: (i32, f64),
}

pub fn compare(
    capex: &CapexProjection,
    cloud: &CloudProjection,
    revenue_2025: f64,
) -> Sustainability {
    let years = capex.years.clone();
    let revenue: Vec<f64> = years
        .iter()
        .map(|y| revenue_2025 * cloud.total_factor(*y))
        .collect();
    let ratio: Vec<f64> = capex
        .annual
        .iter()
        .zip(&revenue)
        .map(|(c, r)| c / r)
        .collect();
    let capex_outgrows = (1..years.len())
        .filter(|&i| capex.annual[i] / capex.annual[i - 1] > revenue[i] / revenue[i - 1] + 1e-12)
        .map(|i| years[i])
        .collect();
    let capex_exceeds_revenue = years
        .iter()
        .zip(&ratio)
        .find(|(_, r)| **r > 1.0)
        .map(|(y, _)| *y);
    let peak_ratio =
        years.iter().zip(&ratio).fold(
            (years[0], f64::MIN),
            |b, (y, r)| if *r > b.1 { (*y, *r) } else { b },
        );
    Sustainability {
        years,
        capex: capex.annual.clone(),
        revenue,
        ratio,
        capex_outgrows,
        capex_exceeds_revenue,
        peak_ratio,
    }
}
