//! The URL model's unit tests.

use super::*;
use crate::dataset::{Dataset, Load};

fn defaults() -> Assumptions {
    Assumptions::article(&Dataset::embedded())
}

/// A slider's key in the address, as the spec table names it (tests spell none).
fn id(key: Key) -> &'static str {
    key.spec().id
}

#[test]
fn round_trips_only_changed_values() {
    let d = defaults();
    let a = d
        .with(Key::CapexGrowth, 60.0)
        .with(Key::PlateauYear, 2031.0)
        .with(Key::MarketCagr, 30.5);
    let q = to_query(&a, &d, &View::default());
    let (g, py, cagr) = (
        id(Key::CapexGrowth),
        id(Key::PlateauYear),
        id(Key::MarketCagr),
    );
    assert_eq!(q, format!("{g}=60&{py}=2031&{cagr}=30.5"));
    let back = parse(&format!("?{q}"), &d);
    assert_eq!(back.assumptions, a);
    assert!(back.notices.is_empty());
    assert_eq!(to_query(&d, &d, &View::default()), "");
}

#[test]
fn clamps_drops_and_explains() {
    let d = defaults();
    let (g, sd, aws, fb) = (
        id(Key::CapexGrowth),
        id(Key::CapexSlowdown),
        id(Key::AwsGrowth),
        id(Key::Flowback),
    );
    let q = parse(
        &format!("{g}=500&{sd}=abc&{aws}=NaN&zzz=1&{g}=-1e999&embed=nope&{fb}=%35%35"),
        &d,
    );
    assert_eq!(
        q.assumptions.get(Key::CapexGrowth),
        Key::CapexGrowth.spec().max,
        "500 is clamped to the top; the later -1e999 parses as -inf and is dropped"
    );
    assert_eq!(
        q.assumptions.get(Key::CapexSlowdown),
        d.get(Key::CapexSlowdown)
    );
    assert_eq!(q.assumptions.get(Key::AwsGrowth), d.get(Key::AwsGrowth));
    assert_eq!(q.assumptions.get(Key::Flowback), 55.0, "percent-decoded");
    assert_eq!(q.embed, None);
    assert_eq!(q.notices.len(), 7, "{:#?}", q.notices);
    assert!(q.notices[0].contains("out of range"));
}

#[test]
fn long_lists_of_notices_are_cut_short() {
    let d = defaults();
    let few = parse("a=1&b=2", &d);
    assert_eq!(few.shown_notices(), few.notices);
    let bad: Vec<String> = (0..500).map(|i| format!("k{i}=1")).collect();
    let many = parse(&bad.join("&"), &d);
    assert_eq!(many.notices.len(), 500);
    let shown = many.shown_notices();
    assert_eq!(shown.len(), NOTICES_SHOWN + 1);
    assert_eq!(shown[..NOTICES_SHOWN], many.notices[..NOTICES_SHOWN]);
    assert_eq!(
        shown[NOTICES_SHOWN],
        "…and 492 more settings that could not be used."
    );
    let nine = parse(&bad[..NOTICES_SHOWN + 1].join("&"), &d);
    assert_eq!(
        nine.shown_notices().last().unwrap(),
        "…and 1 more setting that could not be used."
    );
}

#[test]
fn theme_is_dark_light_or_the_system_setting() {
    let d = defaults();
    assert_eq!(parse("embed=cloud-share&theme=dark", &d).dark, Some(true));
    assert_eq!(parse("theme=light", &d).dark, Some(false));
    let odd = parse("theme=%3Cb%3E", &d);
    assert_eq!(odd.dark, None);
    assert_eq!(odd.notices.len(), 1);
    assert!(odd.notices[0].contains("“<b>”"), "{:?}", odd.notices);
}

#[test]
fn embed_options() {
    let g = id(Key::CapexGrowth);
    let q = parse(
        &format!("embed=capex-projection&controls=0&{g}=45"),
        &defaults(),
    );
    assert_eq!(q.embed, Some(ChartId::CapexProjection));
    assert!(!q.controls);
    assert_eq!(
        to_query(&q.assumptions, &defaults(), &q.view()),
        format!("embed=capex-projection&controls=0&{g}=45")
    );
}

#[test]
fn embed_view_options_round_trip_and_bad_ones_are_explained() {
    let d = defaults();
    let q = parse(
        "embed=cloud-market&theme=dark&bg=transparent&controls=1",
        &d,
    );
    assert!(q.notices.is_empty(), "{:?}", q.notices);
    let view = q.view();
    assert_eq!(
        (view.dark, view.transparent, view.controls),
        (Some(true), true, true)
    );
    let text = to_query(&q.assumptions, &d, &view);
    assert_eq!(text, "embed=cloud-market&theme=dark&bg=transparent");
    assert_eq!(parse(&text, &d).view(), view);
    let bad = parse(
        "embed=cloud-market&theme=purple&controls=maybe&bg=plaid",
        &d,
    );
    assert_eq!(bad.view(), View::embed(ChartId::Market));
    assert_eq!(bad.notices.len(), 3, "{:?}", bad.notices);
    for (n, word) in bad.notices.iter().zip(["“purple”", "“maybe”", "“plaid”"]) {
        assert!(n.contains(word), "{n}");
    }
}
