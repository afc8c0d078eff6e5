//! The dataset parses and validates, the compiled-in copy equals it, and the article's own
//! arithmetic holds.

use ai_infra_report::dataset::{
    validate, CompanyId, DataError, Dataset, Load, ProviderId, Sources, DATA_FILES, DOWNLOAD_CSV,
    DOWNLOAD_JSON,
};
use ai_infra_report::model::{capex, funding};

fn data() -> Dataset {
    Dataset::embedded()
}

#[test]
fn capex_table_totals_match_the_article_within_rounding() {
    let d = data();
    let (t25, t26) = capex::totals(&d);
    // 75 + 80 + 50 + 35 + 15.4 = 255.4 ≈ "$255B"; 100 + 100 + 75 + 50 + 30 = 355 = "$355B+".
    assert!(
        (t25 - d.capex.stated.total_2025).abs() <= 0.5,
        "2025 total {t25}"
    );
    assert!(
        (t26 - d.capex.stated.total_2026).abs() <= 0.5,
        "2026 total {t26}"
    );
    assert!(
        ((t26 - t25) - d.capex.stated.increase).abs() <= 1.0,
        "increase {}",
        t26 - t25
    );
}

#[test]
fn each_company_growth_matches_the_stated_column() {
    // The article rounds ("~33%"): 100/75 = 33.3, 100/80 = 25, 75/50 = 50, 50/35 = 42.9, 30/15.4 = 94.8.
    for c in data().capex.companies.iter() {
        let g = c.growth_pct();
        assert!(
            (g - c.stated_growth_pct).abs() <= 0.5,
            "{}: computed {g:.2} vs stated {}",
            c.company,
            c.stated_growth_pct
        );
    }
}

#[test]
fn openai_total_and_combined_raise_match() {
    let d = data();
    assert_eq!(
        funding::raised_by(&d, CompanyId::OpenAi),
        d.funding.stated.openai_total
    );
    // "over $200 billion": 110 + 40 + 30 + 20 = 200, which the article rounds to "over".
    assert!(funding::combined(&d) >= d.funding.stated.combined_at_least);
    // The $110B round's investors add up to the round: 50 + 30 + 30.
    let round = d.funding.rounds.iter().find(|r| r.amount == 110.0).unwrap();
    assert_eq!(round.investors.iter().map(|i| i.amount).sum::<f64>(), 110.0);
}

#[test]
fn cloud_figures_are_consistent() {
    let d = data();
    let shares: f64 = d.cloud.providers.iter().map(|p| p.share_pct).sum();
    assert_eq!(shares, 65.0, "AWS 30 + Azure 22 + Google 13");
    // Q4 2025 ($119B) annualised is above the full year ($419B+), as a growing market should be.
    assert!(d.cloud.q4_2025.revenue * 4.0 > d.cloud.full_year_2025.revenue);
    assert!(d.cloud.market.value_2030 > d.cloud.market.value_2025);
}

#[test]
fn every_record_is_dated_and_sourced() {
    let d = data();
    assert_eq!(d.events.events.len(), 5, "the week's five events");
    for e in d.events.events.iter() {
        assert!(
            e.date >= d.meta.article.week_start && e.date <= d.meta.article.week_end,
            "{}",
            e.id
        );
    }
    assert_eq!(d.events.aws_spain.expansion, 18.0);
    assert_eq!(d.events.aws_spain.total_committed, 33.7);
    assert_eq!(
        (d.capex.estimate_2030.low, d.capex.estimate_2030.high),
        (3000.0, 4000.0)
    );
}

/// The shipped files with one of them replaced by a TOML fixture.
fn with(file: &str, text: &'static str) -> Result<Dataset, Vec<DataError>> {
    let mut s: Sources<'static> = DATA_FILES;
    match file {
        "capex" => s.capex = text,
        "cloud" => s.cloud = text,
        "funding" => s.funding = text,
        "events" => s.events = text,
        "meta" => s.meta = text,
        _ => unreachable!(),
    }
    Dataset::parse(s)
}

#[test]
fn the_compiled_in_dataset_is_exactly_the_toml_files() {
    // The wasm compiles in the Rust that build.rs wrote; the tests and fixtures read the TOML
    // (and validate it). Both roads must give the same dataset, to the last field.
    assert_eq!(Dataset::embedded(), Dataset::parse(DATA_FILES).unwrap());
}

#[test]
fn the_downloads_carry_every_file() {
    let json: serde_json::Value = serde_json::from_str(DOWNLOAD_JSON).unwrap();
    // Every file of data/, as the build lists them (one list: a new file is in it or the build
    // does not read it).
    for file in ai_infra_report::dataset::DATA_FILE_NAMES {
        assert!(
            json[file].is_object(),
            "{file} missing from the JSON download"
        );
        assert!(
            DOWNLOAD_CSV.contains(&format!("\n{file},")),
            "{file} missing from the CSV"
        );
    }
}

#[test]
fn records_out_of_display_order_are_rejected() {
    // The page shows rounds and events in file order, so validation keeps the files sorted.
    let mut d = Dataset::parse(DATA_FILES).unwrap();
    d.funding.rounds.to_mut().swap(0, 3);
    d.events.events.to_mut().swap(0, 1);
    let errs = validate(&d).unwrap_err();
    let out_of_order = |record: &str| DataError::OutOfOrder {
        record: record.into(),
        field: "date",
    };
    assert!(
        errs.contains(&out_of_order("rounds[anthropic-2026-01]")),
        "{errs:?}"
    );
    assert!(
        errs.contains(&out_of_order("rounds[openai-2026-02]")),
        "{errs:?}"
    );
    assert!(
        errs.contains(&out_of_order("events[openai-round]")),
        "{errs:?}"
    );
}

#[test]
fn unknown_company_is_named_with_its_record() {
    // Not one of the companies the report knows: the parse names the key.
    let errs = with("capex", include_str!("fixtures/capex_unknown_company.toml")).unwrap_err();
    assert_eq!(errs.len(), 1, "{errs:?}");
    let msg = errs[0].to_string();
    assert!(
        msg.starts_with("data/capex.toml: companies[3].company: unknown variant `oracle`"),
        "{msg}"
    );
    // A known company that meta.toml gives no name: named with its record and field.
    let meta = DATA_FILES.meta.replace(
        "[[companies]]\nid = \"softbank\"\nname = \"SoftBank\"\nkind = \"investor\"\n",
        "",
    );
    assert_ne!(meta, DATA_FILES.meta);
    let errs = with("meta", Box::leak(meta.into_boxed_str())).unwrap_err();
    assert_eq!(
        errs,
        [DataError::UnknownCompany {
            record: "rounds[openai-2026-02]".into(),
            field: "investors.company",
            company: CompanyId::SoftBank,
        }]
    );
}

#[test]
fn every_provider_is_required() {
    // Without its record, AWS would have projected as zero revenue.
    let start = DATA_FILES
        .cloud
        .find("[[providers]]\nid = \"aws\"")
        .unwrap();
    let end = start + DATA_FILES.cloud[start + 1..].find("[[providers]]").unwrap() + 1;
    let cloud = format!("{}{}", &DATA_FILES.cloud[..start], &DATA_FILES.cloud[end..]);
    let errs = with("cloud", Box::leak(cloud.into_boxed_str())).unwrap_err();
    assert_eq!(
        errs,
        [DataError::MissingProvider {
            provider: ProviderId::Aws
        }]
    );
    assert_eq!(
        errs[0].to_string(),
        "providers: field `id` is `aws` in no record (each provider is needed)"
    );
}

#[test]
fn negative_amount_is_named_with_record_and_field() {
    let errs = with("funding", include_str!("fixtures/funding_negative.toml")).unwrap_err();
    let negative = |e: &DataError| match e {
        DataError::Negative { record, field, .. } => {
            *field == "amount" && record == "rounds[xai-2025-12]"
        }
        _ => false,
    };
    assert!(errs.iter().any(negative), "{errs:?}");
    let msg = errs
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        msg.contains("rounds[xai-2025-12]: field `amount` is negative (-20)"),
        "{msg}"
    );
}

#[test]
fn shares_over_100_percent_are_rejected() {
    let errs = with("cloud", include_str!("fixtures/cloud_shares_over_100.toml")).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| matches!(e, DataError::SharesOver100 { total } if *total == 105.0)),
        "{errs:?}"
    );
}

#[test]
fn unknown_source_and_future_dates_are_rejected() {
    let errs = with(
        "events",
        include_str!("fixtures/events_bad_source_and_date.toml"),
    )
    .unwrap_err();
    assert!(
        errs.iter().any(
            |e| matches!(e, DataError::UnknownSource { source_id, .. } if source_id == "twitter")
        ),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| matches!(e, DataError::AfterAsOf { field: "date", .. })),
        "{errs:?}"
    );
}

#[test]
fn malformed_toml_names_the_file_and_key() {
    let errs = with(
        "capex",
        "[[companies]]\ncompany = \"amazon\"\ncapex_2025 = \"lots\"\n",
    )
    .unwrap_err();
    match &errs[..] {
        [DataError::Parse {
            file: "capex.toml",
            message,
        }] => assert!(
            message.starts_with("companies[0].capex_2025: invalid type"),
            "{message}"
        ),
        other => panic!("{other:?}"),
    }
    let typo = with("cloud", include_str!("fixtures/cloud_typo_key.toml")).unwrap_err();
    assert!(typo[0].to_string().contains("shre_pct"), "{typo:?}");
}
