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
    let q = to_query(&a, &d, &Settings::default(), &View::default());
    let (g, py, cagr) = (
        id(Key::CapexGrowth),
        id(Key::PlateauYear),
        id(Key::MarketCagr),
    );
    assert_eq!(q, format!("{g}=60&{py}=2031&{cagr}=30.5"));
    let back = parse(&format!("?{q}"), &d);
    assert_eq!(back.assumptions, a);
    assert!(back.notices.is_empty());
    assert_eq!(to_query(&d, &d, &Settings::default(), &View::default()), "");
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
        to_query(&q.assumptions, &defaults(), &Settings::default(), &q.view()),
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
    let text = to_query(&q.assumptions, &d, &Settings::default(), &view);
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

#[test]
fn a_bad_value_is_echoed_short_and_without_control_characters() {
    let d = defaults();
    let g = id(Key::CapexGrowth);
    let at_most = "x".repeat(ECHO);
    let notice = |v: &str| parse(&format!("{g}={v}"), &d).notices.join("\n");
    assert!(notice(&at_most).contains(&format!("“{at_most}” is not a number")));
    let longer = notice(&format!("{at_most}yz"));
    assert!(
        longer.contains(&format!("“{at_most}…” is not a number")),
        "{longer}"
    );
    // %0A and %07 decode to a line feed and a bell: neither reaches the page.
    let controls = notice("a%0Ab%07c");
    assert!(controls.contains("“abc” is not a number"), "{controls}");
}

#[test]
fn percent_escapes_and_plus_decode_as_in_a_form() {
    let d = defaults();
    let key = |k: &str| parse(&format!("{k}=1"), &d).notices.join("\n");
    for (raw, shown) in [
        ("%41%62", "Ab"),
        ("%4a%4A", "JJ"),
        ("a+b", "a b"),
        ("a%2Bb", "a+b"),
        ("%E2%82%AC", "€"),
        ("%G1x", "%G1x"),
        ("x%4", "x%4"),
        ("x%", "x%"),
        ("%%41", "%A"),
    ] {
        let n = key(raw);
        assert!(
            n.contains(&format!("unknown setting “{shown}”")),
            "{raw}: {n}"
        );
    }
    // A key spelled with escapes is the key.
    let g = id(Key::CapexGrowth);
    let hex: String = g.bytes().map(|b| format!("%{b:02X}")).collect();
    let q = parse(&format!("{hex}=61"), &d);
    assert_eq!(q.assumptions.get(Key::CapexGrowth), 61.0);
    assert!(q.notices.is_empty(), "{:?}", q.notices);
}

#[test]
fn the_ends_of_a_range_are_in_it() {
    let d = defaults();
    for &k in Key::ALL {
        let s = k.spec();
        for v in [s.min, s.max] {
            let mut a = d;
            assert_eq!(set_typed(&mut a, k, &v.to_string()), None, "{}", s.id);
            assert_eq!(a.get(k), v, "{}", s.id);
        }
        let mut a = d;
        let below = set_typed(&mut a, k, &(s.min - 1.0).to_string());
        assert!(
            below.is_some_and(|n| n.contains("out of range")),
            "{}",
            s.id
        );
        assert_eq!(a.get(k), s.min);
    }
}

#[test]
fn a_repeated_key_is_noticed_once_per_repeat() {
    let d = defaults();
    let g = id(Key::CapexGrowth);
    let q = parse(&format!("{g}=62&{g}=63&{g}=64"), &d);
    assert_eq!(q.assumptions.get(Key::CapexGrowth), 64.0);
    assert_eq!(q.notices.len(), 2, "{:?}", q.notices);
    assert!(q.notices[0].contains("more than once"));
    // Repeats are still found behind many other keys.
    let others: Vec<String> = (0..60).map(|i| format!("k{i}=1")).collect();
    let q = parse(&format!("{}&{g}=1&{g}=2", others.join("&")), &d);
    assert_eq!(
        q.notices
            .iter()
            .filter(|n| n.contains("more than once"))
            .count(),
        1
    );
    // Exactly the first REMEMBERED_KEYS distinct keys are remembered: the last of them is
    // found repeated, the one after it is not.
    let repeats = |n: usize| {
        let keys: Vec<String> = (0..n).map(|i| format!("k{i}=1")).collect();
        let q = parse(&format!("{}&k{}=2", keys.join("&"), n - 1), &d);
        q.notices.iter().any(|n| n.contains("more than once"))
    };
    assert!(repeats(REMEMBERED_KEYS));
    assert!(!repeats(REMEMBERED_KEYS + 1));
}

#[test]
fn the_full_report_shows_sliders_and_its_own_background() {
    let d = defaults();
    // controls=0 and bg=transparent are an embed's options: the report ignores them.
    let q = parse("controls=0&bg=transparent&theme=dark", &d);
    assert_eq!(
        q.view(),
        View {
            dark: Some(true),
            ..View::default()
        }
    );
    assert_eq!(
        to_query(&d, &d, &Settings::default(), &q.view()),
        "theme=dark"
    );
    // The panic switch is the app's: no notice.
    assert!(parse("__panic=test", &d).notices.is_empty());
    // An embed keeps both.
    let e = parse("embed=cloud-share&controls=0&bg=transparent", &d).view();
    assert!(!e.controls && e.transparent);
    assert_eq!(
        to_query(&d, &d, &Settings::default(), &e),
        "embed=cloud-share&controls=0&bg=transparent"
    );
}

#[test]
fn every_documented_view_value_is_taken_without_a_notice() {
    let d = defaults();
    let cases = [
        ("theme=dark", Some(true), false),
        ("theme=light", Some(false), false),
        ("theme=dark&theme=auto", None, false),
        ("embed=cloud-share&bg=transparent", None, true),
        ("embed=cloud-share&bg=transparent&bg=page", None, false),
    ];
    for (text, dark, transparent) in cases {
        let q = parse(text, &d);
        // A repeat is noticed as a repeat, never as an unknown value.
        assert!(
            q.notices.iter().all(|n| !n.contains("There is no")),
            "{text}: {:?}",
            q.notices
        );
        assert_eq!((q.dark, q.transparent), (dark, transparent), "{text}");
    }
    for controls in ["0", "1"] {
        let q = parse(&format!("embed=cloud-share&controls={controls}"), &d);
        assert!(q.notices.is_empty(), "{controls}: {:?}", q.notices);
        assert_eq!(q.controls, controls == "1");
    }
}

#[test]
fn uncertainty_settings_round_trip_and_bad_ones_are_clamped_with_a_notice() {
    let d = defaults();
    let g = id(Key::CapexGrowth);
    let q = parse(&format!("uncertainty=0&seed=42&{SPREAD}{g}=0.5"), &d);
    assert!(q.notices.is_empty(), "{:?}", q.notices);
    assert!(!q.uncertainty.on);
    assert_eq!(q.uncertainty.seed, 42);
    assert_eq!(q.uncertainty.width[Key::CapexGrowth as usize], 0.5);
    let text = to_query(&q.assumptions, &d, &q.uncertainty, &q.view());
    assert_eq!(text, format!("uncertainty=0&seed=42&{SPREAD}{g}=0.5"));
    assert_eq!(parse(&text, &d).uncertainty, q.uncertainty);
    // Links from before the rename still switch the ranges off.
    assert_eq!(
        parse(&text.replace("uncertainty=", "bands="), &d).uncertainty,
        q.uncertainty
    );
    assert_eq!(to_query(&d, &d, &Settings::default(), &View::default()), "");

    let hr = id(Key::HuangReading);
    let bad = parse(
        &format!(
            "seed=-3&{SPREAD}{g}=7&{SPREAD}nope=1&{SPREAD}{hr}=1&bands=maybe&seed=99999999999999999999"
        ),
        &d,
    );
    let b = bad.uncertainty;
    assert!(b.on, "a bad bands setting keeps them on");
    assert_eq!(b.seed, MAX_SEED, "a seed too large is the largest");
    assert_eq!(b.width[Key::CapexGrowth as usize], MAX_WIDTH);
    assert_eq!(b.width[Key::HuangReading as usize], 1.0);
    let notices = bad.notices.join("\n");
    for said in [
        "“-3” is not a seed (a whole number from 0 to 9007199254740991): kept 1.",
        "The spread of CapEx growth after 2026 is out of range (0 to 2×): using 2×.",
        "There is no assumption “nope” to spread: ignored.",
        "is a reading, not a quantity: it has no spread.",
        "There is no bands setting “maybe” (0 or 1): showing the bands.",
        "The seed is over 9007199254740991: using 9007199254740991.",
    ] {
        assert!(notices.contains(said), "missing {said:?} in:\n{notices}");
    }
    // A spread that is not a number keeps the one before.
    let mut s = Settings::default();
    assert!(set_spread(&mut s, Key::CapexGrowth, "wide").is_some());
    assert_eq!(s.width[Key::CapexGrowth as usize], 1.0);
    assert!(set_spread(&mut s, Key::CapexGrowth, "NaN").is_some());
    assert_eq!(set_spread(&mut s, Key::CapexGrowth, "0"), None);
    assert_eq!(s.width[Key::CapexGrowth as usize], 0.0);
}
