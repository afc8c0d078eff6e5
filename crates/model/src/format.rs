//! How numbers read on the page: "$355B", "$3.09T", "39 %", "2029". One place, so prose,
//! tooltips, slider labels and chart axes agree.

use super::assumptions::{HuangReading, SliderUnit, Spec, NO_PLATEAU};
use super::capex::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use super::uncertainty::Answer;
use const_format::formatcp;

/// Billions of dollars: "$55B", "$15.4B", "$1.19T".
pub fn usd_bn(v: f64) -> String {
    money("$", v)
}

/// Billions with one decimal where there is one, at any size: "$255.4B", "$355B".
pub fn usd_bn_exact(v: f64) -> String {
    if v.abs() >= 1000.0 {
        usd_bn(v)
    } else {
        format!("${}B", trim(finite(v), 1))
    }
}

pub fn money(symbol: &str, v: f64) -> String {
    let v = finite(v);
    if v.abs() >= 1000.0 {
        format!("{symbol}{}T", trim(v / 1000.0, 2))
    } else if v.abs() >= 100.0 {
        format!("{symbol}{}B", fixed(v, 0))
    } else {
        format!("{symbol}{}B", trim(v, 1))
    }
}

/// A range of billions: "$3–4T" when both ends are trillions, else "$30B–$1.2T".
pub fn usd_range(low: f64, high: f64) -> String {
    if low >= 1000.0 && high >= 1000.0 {
        format!("${}–{}T", trim(low / 1000.0, 2), trim(high / 1000.0, 2))
    } else {
        format!("{}–{}", usd_bn(low), usd_bn(high))
    }
}

/// "39 %" / "26.0 %": one decimal only where the value has one.
pub fn pct(v: f64) -> String {
    format!("{} %", trim(finite(v), 1))
}

/// "1.1×"
pub fn times(v: f64) -> String {
    format!("{}×", trim(finite(v), 1))
}

/// A slider value with its unit: "39 %", "5 pp/yr", "−15 %/yr", "2029", "none by 2035",
/// "10×", or the words of a reading.
pub fn slider_value(spec: &Spec, v: f64) -> String {
    match spec.unit {
        SliderUnit::Percent => pct(v),
        SliderUnit::PointsPerYear => format!("{} pp/yr", trim(v, 1)),
        SliderUnit::PercentPerYear => format!(
            "{}{} %/yr",
            if v > 0.0 { "+" } else { "" },
            trim(finite(v), 1)
        ),
        SliderUnit::Year if v >= NO_PLATEAU => format!("none by {}", LAST_YEAR),
        SliderUnit::Year => fixed(v, 0),
        SliderUnit::Times => times(v),
        SliderUnit::Reading if v >= 0.5 => HuangReading::AnnualIn2030.label().into(),
        SliderUnit::Reading => HuangReading::Cumulative.label().into(),
    }
}

/// A year that may not come: "2027" or the fallback ("not by 2030").
pub fn year_or(y: Option<i32>, none: &str) -> String {
    y.map_or_else(|| none.to_string(), |y| y.to_string())
}

/// Fixed decimals with trailing zeros removed: 26.0 → "26", 15.40 → "15.4".
pub fn trim(v: f64, decimals: usize) -> String {
    let s = fixed(v, decimals);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// The shortest decimal (up to 6 places) that reads back as `v`: 0.1 → "0.1", 2029.0 → "2029".
/// For HTML attributes and addresses, where a slider's value must survive the round trip.
pub fn plain(v: f64) -> String {
    let places = (0..6).find(|&d| {
        let scale = 10f64.powi(d as i32);
        (v * scale).round() / scale == v
    });
    trim(v, places.unwrap_or(6))
}

/// `v` rounded to whole units with its sign, a true minus below zero: "−52", "+3", "0".
pub fn signed(v: f64) -> String {
    let n = fixed(v.abs(), 0);
    match v {
        v if v < 0.0 && n != "0" => format!("\u{2212}{n}"),
        v if v > 0.0 && n != "0" => format!("+{n}"),
        _ => n,
    }
}

/// `v` rounded half away from zero to `decimals` places, never "-0".
///
/// Integer arithmetic instead of `format!("{v:.1}")`: Rust's float formatting (Grisu and
/// Dragon4 with their tables) is the largest piece of `core` in the wasm, and every number the
/// page prints has at most a few decimals. Values beyond ±9·10¹⁵ (never a figure here) print as
/// that bound.
pub fn fixed(v: f64, decimals: usize) -> String {
    let v = finite(v);
    let decimals = decimals.min(9);
    let scale = 10u64.pow(decimals as u32);
    let units = (v.abs() * scale as f64).round().min(9e15) as u64;
    let sign = if v < 0.0 && units > 0 { "-" } else { "" };
    let whole = units / scale;
    if decimals == 0 {
        return format!("{sign}{whole}");
    }
    let frac = (units % scale).to_string();
    let pad = "0".repeat(decimals - frac.len());
    format!("{sign}{whole}.{pad}{frac}")
}

/// Never print NaN or infinity: the page shows 0 rather than garbage (the model avoids both).
fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// What an answer is called, and how its values are written.
pub fn answer_words(answer: Answer) -> (&'static str, fn(f64) -> String) {
    fn ratio(v: f64) -> String {
        format!("{}×", trim(v, 2))
    }
    fn year(v: f64) -> String {
        fixed(v, 0)
    }
    match answer {
        Answer::CumulativeCapex2030 => (
            formatcp!("The five's CapEx from {FIRST_YEAR} to {HEADLINE_YEAR}"),
            usd_bn,
        ),
        Answer::Ratio2030 => (
            formatcp!("CapEx against cloud revenue in {HEADLINE_YEAR}"),
            ratio,
        ),
        Answer::AzurePassesAws => ("The year Azure passes AWS (Q4)", year),
        Answer::Market2030 => (formatcp!("The cloud market in {HEADLINE_YEAR}"), usd_bn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_read_like_the_article() {
        assert_eq!(usd_bn(355.0), "$355B");
        assert_eq!(usd_bn(15.4), "$15.4B");
        assert_eq!(usd_bn(55.0), "$55B");
        assert_eq!(usd_bn(3087.1), "$3.09T");
        assert_eq!(usd_bn(2390.0), "$2.39T");
        assert_eq!(pct(26.02), "26 %");
        assert_eq!(pct(37.7), "37.7 %");
        assert_eq!(times(10.0), "10×");
        assert_eq!(trim(-0.01, 1), "0");
        assert_eq!(usd_bn(f64::NAN), "$0B");
    }

    #[test]
    fn exact_amounts_ranges_years_and_slider_words() {
        // One decimal where there is one, below a trillion; trillions as usd_bn writes them.
        assert_eq!(usd_bn_exact(255.4), "$255.4B");
        assert_eq!(usd_bn_exact(355.0), "$355B");
        assert_eq!(usd_bn_exact(1000.0), "$1T");
        assert_eq!(usd_bn_exact(3087.1), usd_bn(3087.1));
        // Both ends in trillions share one unit; otherwise each end has its own.
        assert_eq!(usd_range(3000.0, 4000.0), "$3–4T");
        assert_eq!(usd_range(30.0, 1200.0), "$30B–$1.2T");
        assert_eq!(usd_range(1200.0, 900.0), "$1.2T–$900B");
        // A year that may not come.
        assert_eq!(year_or(Some(2031), "not by 2035"), "2031");
        assert_eq!(year_or(None, "not by 2035"), "not by 2035");
        // The plateau slider's last step means no plateau at all.
        let year = super::super::Key::PlateauYear.spec();
        assert_eq!(slider_value(year, 2029.0), "2029");
        assert_eq!(
            slider_value(year, NO_PLATEAU),
            format!("none by {LAST_YEAR}")
        );
    }

    #[test]
    fn fixed_rounds_like_rust_away_from_ties() {
        for v in [
            0.0,
            1.0,
            -1.0,
            0.04,
            99.6,
            255.4,
            -12.344,
            1e6 + 0.3,
            2029.0,
            0.999,
            -0.0004,
        ] {
            for d in 0..4 {
                assert_eq!(
                    fixed(v, d),
                    format!("{v:.d$}")
                        .replace("-0.000", "0.000")
                        .replace("-0.00", "0.00")
                        .replace("-0.0", "0.0")
                        .replace("-0", "0"),
                    "{v} to {d}"
                );
            }
        }
        assert_eq!(fixed(0.25, 1), "0.3", "half away from zero");
    }

    #[test]
    fn plain_is_the_shortest_that_reads_back() {
        // Large values too, where six decimals would pass fixed()'s bound: the search for the
        // fewest places is what keeps them exact.
        for v in [
            0.1,
            0.25,
            2029.0,
            37.7,
            -15.0,
            1.5e-3,
            123.456,
            1.5e10,
            15000000000.5,
        ] {
            let s = plain(v);
            assert_eq!(s.parse::<f64>().unwrap(), v, "{s}");
            assert_eq!(s, format!("{v}"), "as short as Rust's own");
        }
    }
}
