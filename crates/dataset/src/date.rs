//! Dates as the article gives them: a full day (`2026-02-27`) or only a month (`2025-10`).
//!
//! A tiny type of our own instead of a date crate: the report only needs to parse, order and
//! print these, and every byte counts in the wasm.

use serde::{Deserialize, Deserializer};
use std::fmt;

/// A calendar date whose day may be unknown (the article says "Oct 2025").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    /// `None` when the source only gives the month.
    pub day: Option<u8>,
}

impl Date {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`; `None` for anything else or an impossible date.
    pub fn parse(s: &str) -> Option<Date> {
        // Digits only: `parse` alone would also take a sign ("2026-02-+1").
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        let mut parts = s.split('-');
        let year: i32 = parts.next().filter(|p| digits(p, 4))?.parse().ok()?;
        let month: u8 = parts.next().filter(|p| digits(p, 2))?.parse().ok()?;
        let day = match parts.next() {
            None => None,
            Some(d) if digits(d, 2) => Some(d.parse::<u8>().ok()?),
            Some(_) => return None,
        };
        if parts.next().is_some() || !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = day {
            if d == 0 || d > days_in_month(year, month) {
                return None;
            }
        }
        Some(Date { year, month, day })
    }

    /// "Feb 27, 2026" or "Oct 2025".
    pub fn human(&self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let m = MONTHS[usize::from(self.month - 1)];
        match self.day {
            Some(d) => format!("{m} {d}, {}", self.year),
            None => format!("{m} {}", self.year),
        }
    }
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)?;
        match self.day {
            Some(d) => write!(f, "-{d:02}"),
            None => Ok(()),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a date (YYYY-MM-DD or YYYY-MM)"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(
            Date::parse("2026-02-27"),
            Some(Date {
                year: 2026,
                month: 2,
                day: Some(27)
            })
        );
        assert_eq!(
            Date::parse("2025-10"),
            Some(Date {
                year: 2025,
                month: 10,
                day: None
            })
        );
        assert_eq!(Date::parse("2026-02-27").unwrap().human(), "Feb 27, 2026");
        assert_eq!(Date::parse("2025-10").unwrap().to_string(), "2025-10");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-00",
            "26-02-01",
            "2026-2-1",
            "2026-02-01-x",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2028-02-29").is_some());
    }
}
