//! Every validation rule of the dataset (crates/dataset/src/validate.rs, and the parse itself)
//! has a broken data file in tests/fixtures/ — a shipped file from data/ with one thing wrong —
//! and the message it gives names the record and the field, word for word. A rule without a
//! fixture fails `every_rule_has_a_fixture` (the match in `rule` lists every kind of error).

use ai_infra_report::dataset::{DataError, Dataset, Load, Sources, DATA_FILES};

/// The shipped files with `file` replaced by `text`.
fn with(file: &str, text: &'static str) -> Result<Dataset, Vec<DataError>> {
    let mut s: Sources<'static> = DATA_FILES;
    match file {
        "meta" => s.meta = text,
        "events" => s.events = text,
        "funding" => s.funding = text,
        "capex" => s.capex = text,
        "cloud" => s.cloud = text,
        "narrative" => s.narrative = text,
        "reported" => s.reported = text,
        _ => unreachable!("{file}"),
    }
    Dataset::parse(s)
}

/// The rule an error comes from. No `_` arm: a new kind of error must be added here, and then
/// to FIXTURES.
fn rule(e: &DataError) -> &'static str {
    match e {
        DataError::Parse { .. } => "Parse",
        DataError::UnknownCompany { .. } => "UnknownCompany",
        DataError::MissingProvider { .. } => "MissingProvider",
        DataError::UnknownSource { .. } => "UnknownSource",
        DataError::Quote { .. } => "Quote",
        DataError::Negative { .. } => "Negative",
        DataError::NotPositive { .. } => "NotPositive",
        DataError::NotFinite { .. } => "NotFinite",
        DataError::PercentOver100 { .. } => "PercentOver100",
        DataError::SharesOver100 { .. } => "SharesOver100",
        DataError::InvestorsExceedRound { .. } => "InvestorsExceedRound",
        DataError::AfterAsOf { .. } => "AfterAsOf",
        DataError::OutOfOrder { .. } => "OutOfOrder",
        DataError::Duplicate { .. } => "Duplicate",
        DataError::Invalid { .. } => "Invalid",
        DataError::ReportedEarly { .. } => "ReportedEarly",
    }
}

const ALL_RULES: [&str; 16] = [
    "Invalid",
    "ReportedEarly",
    "Parse",
    "Quote",
    "UnknownCompany",
    "MissingProvider",
    "UnknownSource",
    "Negative",
    "NotPositive",
    "NotFinite",
    "PercentOver100",
    "SharesOver100",
    "InvestorsExceedRound",
    "AfterAsOf",
    "OutOfOrder",
    "Duplicate",
];

macro_rules! fixture {
    ($name:literal) => {
        ($name, include_str!(concat!("fixtures/", $name, ".toml")))
    };
}

/// (data file, fixture, the rule, the whole message it must give). Parse messages name the
/// file and the key path (`companies[0].capex_2025`); the others the record and the field.
const FIXTURES: &[(&str, (&str, &str), &str, &str)] = &[
    (
        "capex",
        fixture!("capex_wrong_type"),
        "Parse",
        "data/capex.toml: companies[0].capex_2025: invalid type: string \"lots\", expected f64",
    ),
    (
        "capex",
        fixture!("capex_unknown_company"),
        "Parse",
        "data/capex.toml: companies[3].company: unknown variant `oracle`",
    ),
    (
        "cloud",
        fixture!("cloud_typo_key"),
        "Parse",
        "data/cloud.toml: providers[2].shre_pct: unknown field `shre_pct`",
    ),
    (
        "events",
        fixture!("events_impossible_date"),
        "Parse",
        "data/events.toml: events[0].date: `2026-02-30` is not a date (YYYY-MM-DD or YYYY-MM)",
    ),
    (
        "meta",
        fixture!("meta_without_softbank"),
        "UnknownCompany",
        "rounds[openai-2026-02]: field `investors.company` names company `softbank`, which meta.companies lacks",
    ),
    (
        "cloud",
        fixture!("cloud_missing_aws"),
        "MissingProvider",
        "providers: field `id` is `aws` in no record (each provider is needed)",
    ),
    (
        "events",
        fixture!("events_bad_source_and_date"),
        "UnknownSource",
        "events[openai-round]: field `source` names source `twitter`, which meta.sources lacks",
    ),
    (
        "funding",
        fixture!("funding_negative"),
        "Negative",
        "rounds[xai-2025-12]: field `amount` is negative (-20)",
    ),
    (
        "capex",
        fixture!("capex_zero_2025"),
        "NotPositive",
        "capex[amazon]: field `capex_2025` must be above zero",
    ),
    (
        "cloud",
        fixture!("cloud_growth_nan"),
        "NotFinite",
        "providers[azure]: field `yoy_growth_pct` is not a finite number",
    ),
    (
        "cloud",
        fixture!("cloud_share_over_100"),
        "PercentOver100",
        "providers[gcp]: field `share_pct` is 101 %, over 100 %",
    ),
    (
        "cloud",
        fixture!("cloud_shares_over_100"),
        "SharesOver100",
        "providers: field `share_pct` adds up to 105 %, over 100 %",
    ),
    (
        "funding",
        fixture!("funding_investors_exceed_round"),
        "InvestorsExceedRound",
        "rounds[openai-2026-02]: field `investors.amount` adds up to 120, more than field `amount` (110)",
    ),
    (
        "events",
        fixture!("events_bad_source_and_date"),
        "AfterAsOf",
        "events[anthropic-ban]: field `date` (2026-04-01) is after the dataset's as-of date (2026-03-02)",
    ),
    (
        "capex",
        fixture!("capex_quote_blank"),
        "Quote",
        "capex[google]: field `quote` must be 1 to 240 characters of the article's, unpadded (1)",
    ),
    (
        "capex",
        fixture!("capex_as_of_future"),
        "AfterAsOf",
        "capex[google]: field `as_of` (2026-04-01) is after the dataset's as-of date (2026-03-02)",
    ),
    (
        "events",
        fixture!("events_bad_source_and_date"),
        "OutOfOrder",
        "events[anthropic-ban]: field `date_end` is out of order",
    ),
    (
        "funding",
        fixture!("funding_rounds_out_of_order"),
        "OutOfOrder",
        "rounds[openai-2026-02]: field `date` is out of order",
    ),
    (
        "events",
        fixture!("events_unit_without_amount"),
        "OutOfOrder",
        "events[coreweave-capex]: field `unit` is out of order",
    ),
    (
        "events",
        fixture!("events_spain_over_total"),
        "OutOfOrder",
        "aws_spain: field `total_committed` is out of order",
    ),
    (
        "capex",
        fixture!("capex_floor_not_flagged"),
        "OutOfOrder",
        "capex.stated: field `total_2026_at_least` is out of order",
    ),
    (
        "capex",
        fixture!("capex_estimate_reversed"),
        "OutOfOrder",
        "estimate_2030: field `high` is out of order",
    ),
    (
        "narrative",
        fixture!("narrative_plateau_reversed"),
        "OutOfOrder",
        "plateau: field `years_away_max` is out of order",
    ),
    (
        "meta",
        fixture!("meta_week_reversed"),
        "OutOfOrder",
        "article: field `week_end` is out of order",
    ),
    (
        "events",
        fixture!("events_duplicate_id"),
        "Duplicate",
        "events[openai-round]: field `id` repeats another record's",
    ),
    (
        "reported",
        fixture!("reported_no_source"),
        "Parse",
        "data/reported.toml: reports[0]: missing field `url`",
    ),
    (
        "reported",
        fixture!("reported_unknown_period"),
        "Parse",
        "data/reported.toml: reports[0].figures[0].period: `2025-H2` is no period",
    ),
    (
        "reported",
        fixture!("reported_low_above_high"),
        "OutOfOrder",
        "reports[meta-2025q4].figures[capex_guide/meta]: field `high` is out of order",
    ),
    (
        "reported",
        fixture!("reported_before_period_end"),
        "ReportedEarly",
        "reports[meta-2025q4].figures[capex/meta]: field `reported` (2025-12-20) is before the end of its period \
         2025 (2025-12-31)",
    ),
    (
        "reported",
        fixture!("reported_bad_url"),
        "Invalid",
        "reports[meta-2025q4]: field `url` must be a web address (https://…) without spaces",
    ),
    (
        "reported",
        fixture!("reported_event_with_value"),
        "Invalid",
        "reports[meta-2025q4].figures[launch/meta]: field `value` must be absent for an event",
    ),
    (
        "reported",
        fixture!("reported_after_checked"),
        "Invalid",
        "reports[meta-2025q4]: field `reported` must be on or before the day the data was checked",
    ),
];

#[test]
fn each_fixture_fails_with_its_message() {
    for &(file, (name, text), expected_rule, message) in FIXTURES {
        let errs = with(file, text).expect_err(name);
        let found = errs
            .iter()
            .find(|e| e.to_string().starts_with(message))
            .unwrap_or_else(|| panic!("{name}: no error reads {message:?} in {errs:#?}"));
        assert_eq!(rule(found), expected_rule, "{name}");
        // The parse stops at the first problem; validation reports only what is wrong, so a
        // fixture with one fault has one error. Not so: the fixture with a bad source and bad
        // dates, a share over 100 % (also the total), and the negative round (an older copy of
        // funding.toml).
        const SEVERAL: [&str; 3] = [
            "events_bad_source_and_date",
            "cloud_share_over_100",
            "funding_negative",
        ];
        if !SEVERAL.contains(&name) {
            assert_eq!(errs.len(), 1, "{name}: {errs:#?}");
        }
    }
}

#[test]
fn every_rule_has_a_fixture() {
    for rule in ALL_RULES {
        assert!(
            FIXTURES.iter().any(|f| f.2 == rule),
            "no fixture breaks the {rule} rule"
        );
    }
}

#[test]
fn the_shipped_files_break_no_rule() {
    assert!(Dataset::parse(DATA_FILES).is_ok());
}

#[test]
fn messages_name_the_record_and_the_field() {
    // Everything but a parse error starts with the record ("capex[amazon]", "providers") and
    // names the field in backquotes; a parse error names the file and the key path.
    for &(_, (name, text), rule, _) in FIXTURES {
        let file = name.split('_').next().unwrap();
        for e in with(file, text).unwrap_err() {
            let msg = e.to_string();
            if rule == "Parse" {
                assert!(
                    msg.starts_with(&format!("data/{file}.toml: ")),
                    "{name}: {msg}"
                );
            } else {
                let record = msg.split(':').next().unwrap();
                assert!(!record.is_empty() && !record.contains(' '), "{name}: {msg}");
                assert!(msg.contains(": field `"), "{name}: {msg}");
            }
        }
    }
}

#[test]
fn the_limits_themselves_are_allowed() {
    // The big three's shares may add up to the whole market, 100 %, but not more.
    let cloud = DATA_FILES
        .cloud
        .replacen("share_pct = 13.0", "share_pct = 48.0", 1);
    assert_ne!(
        cloud, DATA_FILES.cloud,
        "the shipped cloud.toml changed: update this test"
    );
    let whole: &'static str = Box::leak(cloud.into_boxed_str());
    assert!(
        with("cloud", whole).is_ok(),
        "{:?}",
        with("cloud", whole).err()
    );
    let over = DATA_FILES
        .cloud
        .replacen("share_pct = 13.0", "share_pct = 48.5", 1);
    let over: &'static str = Box::leak(over.into_boxed_str());
    let errs = with("cloud", over).unwrap_err();
    assert!(errs.iter().any(|e| rule(e) == "SharesOver100"), "{errs:?}");
}
