//! The article checked: every verdict recomputes from data/reported.toml, adding next quarter
//! is one record (the as-of date, the chart's point and the scorecard follow), and the base
//! switch runs the whole model from the reported figures.

use ai_infra_report::charts::{describe, Chart, ChartId};
use ai_infra_report::dataset::{Dataset, Load, Sources, DATA_FILES};
use ai_infra_report::model::reported::{as_of, Base};
use ai_infra_report::model::scorecard::{claims, held, Claim, Verdict};
use ai_infra_report::model::{Assumptions, Report};

/// The shipped files with `reported.toml` replaced by `text`.
fn with_reported(text: String) -> Dataset {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let src = Sources {
        reported: text,
        ..DATA_FILES
    };
    Dataset::parse(src).unwrap_or_else(|e| panic!("{e:#?}"))
}

fn claim<'a>(all: &'a [Claim], topic: &str) -> &'a Claim {
    all.iter()
        .find(|c| c.topic == topic)
        .unwrap_or_else(|| panic!("no claim {topic:?}"))
}

#[test]
fn the_shipped_verdicts() {
    let d = Dataset::embedded();
    let all = claims(&d);
    assert!(all.len() >= 35, "{}", all.len());
    // Every claim the issue names has a row.
    for topic in [
        "Amazon (AWS): 2025 CapEx",
        "Meta: 2026 CapEx plan",
        "CoreWeave: 2026 CapEx plan",
        "Cloud infrastructure revenue, Q4 2025",
        "AWS: share, Q4 2025",
        "Google Cloud: growth, Q4 2025",
        "OpenAI: round size",
        "Anthropic: round size",
        "xAI: round size",
        "CoreWeave: listing",
        "Nvidia: an inference chip with Groq's technology, unveiled at GTC",
        "AWS in Spain: expansion",
        "Huang: AI-infrastructure spend by 2030",
        "Cloud computing market, 2030",
    ] {
        claim(&all, topic);
    }
    let verdict = |t: &str| claim(&all, t).verdict.clone();
    assert_eq!(
        verdict("Cloud infrastructure revenue, Q4 2025"),
        Verdict::Confirmed
    );
    assert_eq!(verdict("OpenAI: round size"), Verdict::OutOfDate);
    // The article expected a listing that had happened a year before it: off, not out of date.
    assert!(matches!(verdict("CoreWeave: listing"), Verdict::Off(days, _) if days < -300.0));
    assert!(matches!(verdict("Meta: 2025 CapEx"), Verdict::Off(by, _) if by < -40.0));
    // A claim with a verdict other than "not yet known" names its pages; one without has none.
    for c in &all {
        assert_eq!(
            c.sources.is_empty(),
            c.verdict == Verdict::NotYetKnown,
            "{}: {:?}",
            c.topic,
            c.sources
        );
        assert!(
            c.sources.iter().all(|s| s.url.starts_with("http")),
            "{}",
            c.topic
        );
    }
}

#[test]
fn a_changed_figure_changes_its_verdict() {
    // Meta's 2025 spend reported as the article's $35B: the verdict turns to confirmed; as
    // $36B (within 5 %) too; as $40B, off.
    let shipped = DATA_FILES.reported;
    let meta = "{ metric = \"capex\", subject = \"meta\", period = \"2025\", value = 72.22";
    assert_eq!(
        shipped.matches(meta).count(),
        2,
        "the shipped records changed"
    );
    for (value, confirmed) in [("35.0", true), ("36.0", true), ("40.0", false)] {
        let text = shipped.replace(meta, &meta.replace("72.22", value));
        let all = claims(&with_reported(text));
        let v = &claim(&all, "Meta: 2025 CapEx").verdict;
        assert_eq!(*v == Verdict::Confirmed, confirmed, "{value}: {v:?}");
    }
    // Azure's Q4 2025 share reported as 24 % instead of 21 %: off by −2 points (the article has 22).
    let share =
        "{ metric = \"cloud_share\",   subject = \"azure\",  period = \"2025-Q4\", value = 21.0";
    assert!(shipped.contains(share), "the shipped records changed");
    let all = claims(&with_reported(
        shipped.replace(share, &share.replace("21.0", "24.0")),
    ));
    let v = &claim(&all, "Microsoft Azure: share, Q4 2025").verdict;
    assert!(
        matches!(v, Verdict::Off(by, _) if (*by + 2.0).abs() < 1e-9),
        "{v:?}"
    );
}

/// The next quarter, as one more record: Synergy's Q2 2026 market and shares.
const NEXT_QUARTER: &str = r#"
[[reports]]
id = "synergy-2026q2-test"
reported = "2026-07-30"
url = "https://www.srgresearch.com/articles/q2-2026-test"
kind = "synergy"
of = "synergy"
note = "A test quarter: the market and the big three's shares."
figures = [
  { metric = "cloud_revenue", subject = "market", period = "2026-Q2", value = 140.0, unit = "USD bn" },
  { metric = "cloud_share",   subject = "aws",    period = "2026-Q2", value = 27.0,  unit = "%" },
  { metric = "cloud_share",   subject = "azure",  period = "2026-Q2", value = 22.0,  unit = "%" },
  { metric = "cloud_share",   subject = "gcp",    period = "2026-Q2", value = 15.0,  unit = "%" },
]
"#;

#[test]
fn adding_a_quarter_is_one_record() {
    let shipped = Dataset::embedded();
    let d = with_reported(format!("{}{NEXT_QUARTER}", DATA_FILES.reported));
    // The page's "as of" moves to the new report's day.
    assert!(as_of(&shipped) < as_of(&d));
    assert_eq!(as_of(&d).to_string(), "2026-07-30");
    // The cloud charts draw one more point per provider, held against the line there.
    let r = Report::compute(&d, &Assumptions::article(&d));
    let r0 = Report::compute(&shipped, &Assumptions::article(&shipped));
    for id in [ChartId::CloudRevenue, ChartId::CloudShare] {
        let (Chart::Line(before), Chart::Line(after)) = (id.build(&shipped, &r0), id.build(&d, &r))
        else {
            panic!("{id:?} is a line chart");
        };
        for (b, a) in before.history.iter().zip(&after.history) {
            assert_eq!(a.points.len(), b.points.len() + 1, "{id:?} {}", a.name);
            let last = a.points.last().unwrap();
            assert_eq!(last.period, "Q2 2026");
            assert!(last.projected.is_some(), "{id:?}: held against the line");
        }
        let table = describe::table(&id.build(&d, &r));
        assert!(table.rows.iter().any(|row| row[0] == "Q2 2026"), "{id:?}");
    }
    // The scorecard's projections gain the quarter.
    let rows = |d: &Dataset| {
        held(d)
            .iter()
            .filter(|h| h.what.starts_with("Cloud"))
            .count()
    };
    assert_eq!(rows(&d), rows(&shipped) + 1);
    let q2 = held(&d)
        .into_iter()
        .find(|h| h.period.label() == "Q2 2026")
        .unwrap();
    assert_eq!(q2.reported, (140.0, 140.0));
}

#[test]
fn the_reported_base_is_the_article_when_off_and_moves_every_projection_when_on() {
    let d = Dataset::embedded();
    assert_eq!(
        Base::Article.dataset(&d),
        d,
        "off: the article's dataset, unchanged"
    );
    let rep = Base::Reported.dataset(&d);
    assert_ne!(rep, d);
    let (a, b) = (Assumptions::article(&d), Assumptions::article(&rep));
    let (ra, rb) = (Report::compute(&d, &a), Report::compute(&rep, &b));
    // Every chart of what the base figures feed: the CapEx and cloud projections and what
    // follows from them. (The funding charts and the market forecast have no reported base.)
    for id in [
        ChartId::CapexBars,
        ChartId::CapexProjection,
        ChartId::CapexCumulative,
        ChartId::CloudRevenue,
        ChartId::CloudShare,
        ChartId::Compute,
        ChartId::Sustainability,
    ] {
        let (ca, cb) = (id.build(&d, &ra), id.build(&rep, &rb));
        assert_ne!(ca.series(), cb.series(), "{id:?} follows the base");
    }
    assert_eq!(
        ChartId::Market.build(&d, &ra).series(),
        ChartId::Market.build(&rep, &rb).series()
    );
    // The reported figures are the base: 2025 as spent, 2026 the middle of the latest plan.
    let meta = rep
        .capex
        .companies
        .iter()
        .find(|c| c.company.as_str() == "meta")
        .unwrap();
    assert_eq!(meta.capex_2025, 72.22);
    assert_eq!(meta.capex_2026, 135.0);
    assert!(!meta.at_least_2026);
    assert_eq!(rep.cloud.q4_2025.revenue, 119.1);
    let aws = rep
        .cloud
        .providers
        .iter()
        .find(|p| p.id.as_str() == "aws")
        .unwrap();
    assert_eq!((aws.share_pct, aws.yoy_growth_pct), (28.0, 24.0));
    // The dataset still validates as the article's did.
    assert!(ai_infra_report::dataset::validate(&rep).is_ok());
}

#[test]
fn history_and_projection_are_told_apart_in_every_view() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let r = Report::compute(&d, &a);
    let sim = ai_infra_report::model::uncertainty::Settings::default().simulate(&d, &a, 64);
    for id in [
        ChartId::CloudRevenue,
        ChartId::CloudShare,
        ChartId::CapexProjection,
    ] {
        let chart = id.build_with(&d, &r, sim.as_ref());
        let Chart::Line(c) = &chart else { panic!() };
        assert!(!c.history.is_empty(), "{id:?} draws what was reported");
        // Table: a column per history, named as reported, and rows of reported periods.
        let t = describe::table(&chart);
        for h in &c.history {
            assert!(h.name.contains("eported"), "{}", h.name);
            assert!(t.header.contains(&h.name), "{id:?}: {:?}", t.header);
        }
        // CSV: the history's low and high columns.
        let csv = describe::csv(&chart, &id.source(d.meta.article.as_of), &[], false);
        let head = csv.lines().next().unwrap();
        assert!(
            head.contains(&format!("{} low", c.history[0].name)),
            "{head}"
        );
        // Description: the reported span, then the held points.
        let said = describe::summary(&chart);
        assert!(said.contains(&c.history[0].name), "{said}");
        let held: Vec<_> = c
            .history
            .iter()
            .flat_map(|h| &h.points)
            .filter(|p| p.projected.is_some())
            .collect();
        assert!(
            !held.is_empty(),
            "{id:?}: a reported point within the projection"
        );
        assert!(said.contains("the line there"), "{said}");
    }
}

#[test]
fn a_reported_point_has_its_own_tooltip() {
    use ai_infra_report::charts::Theme;
    use plotters::prelude::*;
    let d = Dataset::embedded();
    let r = Report::compute(&d, &Assumptions::article(&d));
    let chart = ChartId::CloudRevenue.build(&d, &r);
    let mut svg = String::new();
    let plot = {
        let root = SVGBackend::with_string(&mut svg, (900, 420)).into_drawing_area();
        chart.draw(&root, &Theme::default()).unwrap()
    };
    let Chart::Line(c) = &chart else { panic!() };
    // A quarter between the years (Q1 2026), and a year of the projection (2028).
    let q1 = c.history[0]
        .points
        .iter()
        .find(|p| p.period == "Q1 2026")
        .unwrap();
    let (px, py) = plot.px(q1.x, q1.value());
    let tip = chart.tooltip(&plot, px, py).unwrap();
    assert_eq!(tip.heading, "Q1 2026 (reported)");
    assert!(
        tip.lines.iter().any(|l| l.contains("reported (Synergy)")),
        "{:?}",
        tip.lines
    );
    assert!(
        tip.lines.iter().any(|l| l.contains("the line there")),
        "{:?}",
        tip.lines
    );
    let (px, py) = plot.px(2028.0, 100.0);
    let tip = chart.tooltip(&plot, px, py).unwrap();
    assert_eq!(tip.heading, "2028 (projection)");
}
