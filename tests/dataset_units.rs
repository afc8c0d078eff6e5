//! The dataset crate's small types on their own: the calendar behind `Date`, ids as the data
//! files spell them, currency symbols, and the edges of the amount rules (zero is an amount,
//! a share is a percentage).

use ai_infra_report::dataset::{
    validate, CompanyId, DataError, Dataset, Date, Load, ProviderId, Unit, DATA_FILES,
};
use strum::VariantArray;

fn is_leap(year: i32) -> bool {
    // Listed, not computed: the years the test uses, by the Gregorian calendar.
    [1600, 2000, 2004, 2024, 2028, 2400].contains(&year)
}

#[test]
fn a_year_has_365_days_or_366_in_a_leap_year() {
    for year in [
        1600, 1900, 2000, 2004, 2023, 2024, 2025, 2026, 2028, 2100, 2400,
    ] {
        let mut lengths = Vec::new();
        for month in 1..=12 {
            let days = (1..=31)
                .filter(|d| Date::parse(&format!("{year:04}-{month:02}-{d:02}")).is_some())
                .count();
            lengths.push(days);
        }
        let feb = if is_leap(year) { 29 } else { 28 };
        assert_eq!(
            lengths,
            [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
            "{year}"
        );
        assert_eq!(
            lengths.iter().sum::<usize>(),
            if is_leap(year) { 366 } else { 365 }
        );
    }
}

#[test]
fn a_date_is_digits_in_fixed_widths() {
    for bad in [
        "2026-02-1",
        "2026-02-007",
        "2026-02-",
        "2026-02-1a",
        "2026-02-+1",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    let d = Date::parse("2026-02-07").unwrap();
    assert_eq!((d.year, d.month, d.day), (2026, 2, Some(7)));
    assert_eq!(d.to_string(), "2026-02-07");
}

#[test]
fn ids_print_as_the_data_files_spell_them() {
    // Error messages and CSV columns print ids with Display: the spelling a data file uses,
    // which parses back to the same id.
    for &c in CompanyId::VARIANTS {
        let text = c.to_string();
        assert!(!text.is_empty());
        assert_eq!(text, c.as_str());
        let toml = format!("id = \"{text}\"");
        let back: std::collections::BTreeMap<String, CompanyId> = toml::from_str(&toml).unwrap();
        assert_eq!(back["id"], c);
    }
    for &p in ProviderId::VARIANTS {
        assert_eq!(p.to_string(), p.as_str());
        assert!(!p.as_str().is_empty());
    }
}

#[test]
fn amounts_carry_their_currency_symbol() {
    let d = Dataset::embedded();
    let unit_of = |id: &str| {
        d.events
            .events
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.unit)
            .unwrap()
    };
    // "AWS commits €18 billion"; "OpenAI raises $110 billion".
    assert_eq!(unit_of("aws-spain"), Unit::EurBn);
    assert_eq!(unit_of("aws-spain").symbol(), "€");
    assert_eq!(unit_of("openai-round").symbol(), "$");
    assert_ne!(Unit::UsdBn.symbol(), Unit::EurBn.symbol());
}

#[test]
fn zero_is_an_amount_but_not_a_growth_base() {
    let mut d = Dataset::parse(DATA_FILES).unwrap();
    // A company that spends nothing in 2026 is a fact the data may state.
    d.capex.companies.to_mut()[0].capex_2026 = 0.0;
    d.funding.rounds.to_mut()[0].investors.to_mut()[0].amount = 0.0;
    assert_eq!(validate(&d), Ok(()));
    // 2025 CapEx is what growth is measured from: it must be above zero.
    d.capex.companies.to_mut()[0].capex_2025 = 0.0;
    let errs = validate(&d).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(matches!(
        &errs[0],
        DataError::NotPositive {
            field: "capex_2025",
            ..
        }
    ));
}

#[test]
fn a_share_is_a_percentage() {
    let mut d = Dataset::parse(DATA_FILES).unwrap();
    let gcp = d
        .cloud
        .providers
        .iter()
        .position(|p| p.id == ProviderId::Gcp)
        .unwrap();
    d.cloud.providers.to_mut()[gcp].share_pct = -1.0;
    let errs = validate(&d).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.to_string() == "providers[gcp]: field `share_pct` is negative (-1)"),
        "{errs:?}"
    );
    d.cloud.providers.to_mut()[gcp].share_pct = f64::INFINITY;
    let errs = validate(&d).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.to_string() == "providers[gcp]: field `share_pct` is not a finite number"),
        "{errs:?}"
    );
    d.cloud.providers.to_mut()[gcp].share_pct = 100.0;
    // 100 % alone is a share, but not with the others' 52 %.
    let errs = validate(&d).unwrap_err();
    assert!(
        matches!(&errs[..], [DataError::SharesOver100 { total }] if *total == 152.0),
        "{errs:?}"
    );
}
