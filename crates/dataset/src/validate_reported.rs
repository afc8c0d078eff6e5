//! The checks of `data/reported.toml` (see [`crate::reported`]).

use crate::{FigureUnit, Metric, ReportedFigure};

/// The longest note a record may carry: a sentence or two in our own words.
pub const MAX_NOTE: usize = 320;

/// reported.toml: unique ids, a dated page with a web address and a note, known periods, each
/// figure a value or a low–high range (none for an event) in its metric's unit, and no actual
/// figure reported before its period ended.
pub(crate) fn check(c: &mut crate::validate::Checker, data: &crate::Dataset) {
    use crate::DataError::{Invalid, ReportedEarly};
    let reports = &data.reported.reports;
    let checked = data.reported.checked;
    c.unique("reports", "id", reports.iter().map(|r| r.id.as_ref()));
    for r in reports.iter() {
        let rec = format!("reports[{}]", r.id);
        let mut problems = Vec::new();
        let mut invalid = |field, what| problems.push((field, what));
        let id_ok = !r.id.is_empty()
            && r.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            invalid("id", "lower-case letters, digits and dashes");
        }
        if r.reported.day.is_none() {
            invalid("reported", "a full day (YYYY-MM-DD)");
        }
        if r.reported > checked {
            invalid("reported", "on or before the day the data was checked");
        }
        // Natively: the wasm keeps neither text (the build checked them).
        if cfg!(not(target_arch = "wasm32")) {
            let url = r.url.text();
            let url_ok = url.starts_with("https://") || url.starts_with("http://");
            if !url_ok || url.len() < 12 || url.chars().any(char::is_whitespace) {
                invalid("url", "a web address (https://…) without spaces");
            }
            let note = r.note.text();
            if note.trim().is_empty() || note.trim() != note || note.chars().count() > MAX_NOTE {
                invalid("note", "1 to 320 characters of our own words, unpadded");
            }
        }
        if r.figures.is_empty() {
            invalid("figures", "at least one figure");
        }
        for (field, what) in problems {
            let record = rec.clone();
            c.errors.push(Invalid {
                record,
                field,
                what,
            });
        }
        for f in r.figures.iter() {
            let rec = format!(
                "{rec}.figures[{}/{}]",
                f.metric.as_str(),
                f.subject.as_str()
            );
            figure(c, &rec, f);
            if !f.metric.is_plan() && r.reported < f.period.end() {
                c.errors.push(ReportedEarly {
                    record: rec,
                    period: f.period.label(),
                    end: f.period.end(),
                    reported: r.reported,
                });
            }
        }
    }
}

/// One figure: a value or a range (low below high), in the unit its metric is measured in.
fn figure(c: &mut crate::validate::Checker, rec: &str, f: &ReportedFigure) {
    let invalid = |c: &mut crate::validate::Checker, field, what| {
        c.errors.push(crate::DataError::Invalid {
            record: rec.into(),
            field,
            what,
        })
    };
    let percent = matches!(
        f.metric,
        Metric::CloudGrowth | Metric::CloudShare | Metric::SegmentGrowth
    );
    match (f.metric.is_event(), f.value, f.low, f.high, f.unit) {
        (true, None, None, None, None) => return,
        (true, ..) => return invalid(c, "value", "absent for an event"),
        (_, _, _, _, None) => return invalid(c, "unit", "given for a figure"),
        (_, Some(_), None, None, _) | (_, None, Some(_), Some(_), _) => {}
        _ => return invalid(c, "value", "a value, or a low and a high"),
    }
    if percent != (f.unit == Some(FigureUnit::Percent)) {
        invalid(c, "unit", "% for a growth rate or share, money otherwise");
    }
    for (field, v) in [("value", f.value), ("low", f.low), ("high", f.high)] {
        if let Some(v) = v {
            if f.metric == Metric::CloudShare {
                c.percent(rec, field, v);
            } else if !percent {
                c.amount(rec, field, v);
            } else if !v.is_finite() {
                c.errors.push(crate::DataError::NotFinite {
                    record: rec.into(),
                    field,
                });
            }
        }
    }
    if let (Some(l), Some(h)) = (f.low, f.high) {
        if l.partial_cmp(&h) != Some(std::cmp::Ordering::Less) {
            c.errors.push(crate::DataError::OutOfOrder {
                record: rec.into(),
                field: "high",
            });
        }
    }
}
