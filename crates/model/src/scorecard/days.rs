//! Day arithmetic for the scorecard's dates: how far a reported day is from the month the
//! article gave, and a day some days from another.

use ai_infra_dataset::{Date, Period};

pub(super) fn day(year: i32, month: u8, d: u8) -> Date {
    Date {
        year,
        month,
        day: Some(d),
    }
}

/// Days since 1970-01-01 (the proleptic Gregorian calendar; a month's date counts as its 1st).
pub(super) fn serial(d: Date) -> i32 {
    let (m, y) = (i32::from(d.month), d.year - i32::from(d.month <= 2));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i32::from(d.day.unwrap_or(1)) - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The day `n` days after 1970-01-01.
pub(super) fn from_serial(n: i32) -> Date {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    day(yoe + era * 400 + i32::from(m <= 2), m, d)
}

/// The last day of month `m` of `year`.
fn month_end(year: i32, month: u8) -> Date {
    if month == 12 {
        day(year, 12, 31)
    } else {
        Period::Fiscal(year, month).end()
    }
}

/// Days from the month `m` to the day `d`: 0 within it, negative when `d` comes before it.
pub(super) fn days_off(m: Date, d: Date) -> i32 {
    let (first, last) = (day(m.year, m.month, 1), month_end(m.year, m.month));
    if d < first {
        serial(d) - serial(first)
    } else {
        (serial(d) - serial(last)).max(0)
    }
}
