//! Everything that can be wrong with the dataset: each error names the record and the field
//! (or, for a parse error, the file and the key), so a broken data file says where to look.

use super::{CompanyId, Date, ProviderId, MAX_QUOTE};
use thiserror::Error;

/// Everything that can be wrong with the dataset.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DataError {
    #[error("data/{file}: {message}")]
    Parse { file: &'static str, message: String },
    #[error("{record}: field `{field}` names company `{company}`, which meta.companies lacks")]
    UnknownCompany {
        record: String,
        field: &'static str,
        company: CompanyId,
    },
    #[error("providers: field `id` is `{provider}` in no record (each provider is needed)")]
    MissingProvider { provider: ProviderId },
    #[error("{record}: field `quote` must be 1 to {MAX_QUOTE} characters of the article's, unpadded ({length})")]
    Quote { record: String, length: usize },
    #[error("{record}: field `source` names source `{source_id}`, which meta.sources lacks")]
    UnknownSource { record: String, source_id: String },
    #[error("{record}: field `{field}` is negative ({value})")]
    Negative {
        record: String,
        field: &'static str,
        value: f64,
    },
    #[error("{record}: field `{field}` must be above zero")]
    NotPositive { record: String, field: &'static str },
    #[error("{record}: field `{field}` is not a finite number")]
    NotFinite { record: String, field: &'static str },
    #[error("{record}: field `{field}` is {value} %, over 100 %")]
    PercentOver100 {
        record: String,
        field: &'static str,
        value: f64,
    },
    #[error("providers: field `share_pct` adds up to {total} %, over 100 %")]
    SharesOver100 { total: f64 },
    #[error(
        "{record}: field `investors.amount` adds up to {sum}, more than field `amount` ({amount})"
    )]
    InvestorsExceedRound {
        record: String,
        sum: f64,
        amount: f64,
    },
    #[error("{record}: field `{field}` ({date}) is after the dataset's as-of date ({as_of})")]
    AfterAsOf {
        record: String,
        field: &'static str,
        date: Date,
        as_of: Date,
    },
    #[error("{record}: field `{field}` is out of order")]
    OutOfOrder { record: String, field: &'static str },
    #[error("{record}: field `{field}` repeats another record's")]
    Duplicate { record: String, field: &'static str },
    #[error("{record}: field `{field}` must be {what}")]
    Invalid {
        record: String,
        field: &'static str,
        what: &'static str,
    },
    #[error(
        "{record}: field `reported` ({reported}) is before the end of its period {period} ({end})"
    )]
    ReportedEarly {
        record: String,
        period: String,
        end: Date,
        reported: Date,
    },
}
