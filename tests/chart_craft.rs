//! Chart craft (issue #19): direct labels, headlines, annotations and colours, checked from the
//! layout each drawing records (`Plot::labels`, `Plot::keys`) at every width the page serves,
//! with the presets' extremes. `CHART_SVG_DIR=/tmp/charts cargo test --test chart_craft` also
//! writes every chart there as SVG, to look at.
// The wasm does without these (clippy.toml); sRGB luminance needs powf (a native test, not the wasm).
#![allow(clippy::disallowed_methods)]

use ai_infra_report::charts::layout::Label;
use ai_infra_report::charts::{Chart, ChartId, Entity, Plot, Theme};
use ai_infra_report::dataset::{CompanyId, Dataset, Load, ProviderId};
use ai_infra_report::model::{Assumptions, Preset, Report};
use plotters::prelude::*;

/// CSS widths from a small phone to a wide desktop, with the page's height and font rules
/// (src/app/components/chart/canvas.rs: height 0.62 × width within 260–420 px; fonts × 0.88
/// below 480 px).
const WIDTHS: [f64; 5] = [320.0, 390.0, 768.0, 1440.0, 2560.0];

fn theme(width: f64, dpr: f64, dark: bool) -> Theme {
    Theme {
        dark,
        scale: dpr,
        font_scale: dpr * if width < 480.0 { 0.88 } else { 1.0 },
        transparent: false,
    }
}

fn size(width: f64, dpr: f64) -> (u32, u32) {
    let h = (width * 0.62).clamp(260.0, 420.0).round();
    ((width * dpr).round() as u32, (h * dpr).round() as u32)
}

fn draw(chart: &Chart, width: f64, dpr: f64, dark: bool) -> (Plot, String) {
    let mut out = String::new();
    let plot = {
        let root = SVGBackend::with_string(&mut out, size(width, dpr)).into_drawing_area();
        chart.draw(&root, &theme(width, dpr, dark)).expect("draws")
    };
    (plot, out)
}

fn scenarios(d: &Dataset) -> Vec<(&'static str, Report)> {
    let mut s = vec![("article", Report::compute(d, &Assumptions::article(d)))];
    for (name, p) in [("bull", Preset::Bull), ("bear", Preset::Bear)] {
        s.push((name, Report::compute(d, &p.apply(d))));
    }
    s
}

fn overlapping(labels: &[Label]) -> Option<(&Label, &Label)> {
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            if a.rect.overlaps(&b.rect) {
                return Some((a, b));
            }
        }
    }
    None
}

#[test]
fn no_two_labels_overlap_at_any_width_or_preset() {
    let d = Dataset::embedded();
    let dir = std::env::var("CHART_SVG_DIR").ok();
    for (name, r) in scenarios(&d) {
        for &id in ChartId::ALL {
            let chart = id.build(&d, &r);
            for width in WIDTHS {
                for dpr in [1.0, 2.0] {
                    let (plot, svg) = draw(&chart, width, dpr, false);
                    let at = format!("{} {name} {width} px ×{dpr}", id.slug());
                    assert!(plot.labels.len() >= 4, "{at}: {:?}", plot.labels);
                    if let Some((a, b)) = overlapping(&plot.labels) {
                        panic!("{at}: {a:?} overlaps {b:?}");
                    }
                    let (w, h) = size(width, dpr);
                    for l in &plot.labels {
                        let r = l.rect;
                        assert!(
                            r.x0 >= 0 && r.y0 >= 0 && r.x1 <= w as i32 && r.y1 <= h as i32,
                            "{at}: {l:?} outside the {w}×{h} chart"
                        );
                    }
                    if let (Some(dir), 1.0) = (&dir, dpr) {
                        std::fs::create_dir_all(dir).unwrap();
                        let file = format!("{dir}/{}-{name}-{width}.svg", id.slug());
                        std::fs::write(file, svg).unwrap();
                    }
                }
            }
        }
    }
}

#[test]
fn the_headline_and_subtitle_are_drawn_left_aligned_and_every_line_is_labelled_directly() {
    let d = Dataset::embedded();
    for (name, r) in scenarios(&d) {
        for &id in ChartId::ALL {
            let chart = id.build(&d, &r);
            assert!(!chart.subtitle().is_empty(), "{}: subtitle", id.slug());
            for width in [320.0, 1440.0] {
                let (plot, _) = draw(&chart, width, 1.0, false);
                let at = format!("{} {name} {width}", id.slug());
                // The headline's words come first, from the left margin; the subtitle's follow.
                let first = &plot.labels[0];
                assert!(chart.title().starts_with(&first.text), "{at}: {first:?}");
                let left = first.rect.x0;
                assert!(left < plot.px_x.0, "{at}: headline starts left of the plot");
                let text: Vec<&str> = plot.labels.iter().map(|l| l.text.as_str()).collect();
                let joined = text.join(" ");
                assert!(joined.contains(chart.title()), "{at}: {joined}");
                assert!(joined.contains(chart.subtitle()), "{at}: {joined}");
                let above = plot.labels.iter().take_while(|l| l.rect.y1 < plot.px_y.0);
                assert!(
                    above.clone().all(|l| l.rect.x0 >= left),
                    "{at}: left-aligned"
                );
                if let Chart::Line(c) = &chart {
                    for s in &c.series {
                        let words: Vec<&str> = s.label().split(' ').collect();
                        let beside = plot.labels.iter().filter(|l| {
                            l.rect.x0 > plot.px_x.1 && words.iter().any(|w| l.text.contains(w))
                        });
                        assert!(beside.count() > 0, "{at}: `{}` not labelled", s.label());
                    }
                    assert_eq!(
                        plot.keys.len(),
                        c.series.len() + usize::from(c.estimate.is_some())
                    );
                }
            }
        }
    }
}

#[test]
fn each_entity_keeps_one_colour_across_every_chart_and_no_colour_means_two_things() {
    use std::collections::HashMap;
    let d = Dataset::embedded();
    let r = Report::compute(&d, &Assumptions::article(&d));
    // Which palette slot each series name uses, over the whole page.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_slot: HashMap<usize, String> = HashMap::new();
    for &id in ChartId::ALL {
        let chart = id.build(&d, &r);
        let mut seen = Vec::new();
        for s in chart.series() {
            assert!(!seen.contains(&s.color), "{}: one colour twice", id.slug());
            seen.push(s.color);
            let entity = s.label().to_string();
            if let Some(old) = by_name.insert(entity.clone(), s.color) {
                assert_eq!(old, s.color, "{entity} changes colour in {}", id.slug());
            }
            if let Some(other) = by_slot.insert(s.color, entity.clone()) {
                assert!(
                    other == entity || same_measure(&other, &entity),
                    "slot {} means `{other}` and `{entity}`",
                    s.color
                );
            }
        }
    }
    // Companies and their clouds share one colour; every named entity has its own.
    let cloud = ChartId::CloudShare.build(&d, &r);
    let slot = |label: &str| {
        cloud
            .series()
            .iter()
            .find(|s| s.label() == label)
            .map(|s| s.color)
    };
    assert_eq!(slot("AWS"), Some(Entity::Company(CompanyId::Amazon).slot()));
    assert_eq!(
        slot("Azure"),
        Some(Entity::Company(CompanyId::Microsoft).slot())
    );
    assert_eq!(
        slot("Google Cloud"),
        Some(Entity::Provider(ProviderId::Gcp).slot())
    );
    let mut slots: Vec<usize> = [
        CompanyId::OpenAi,
        CompanyId::Anthropic,
        CompanyId::XAi,
        CompanyId::CoreWeave,
        CompanyId::Amazon,
        CompanyId::Microsoft,
        CompanyId::Google,
        CompanyId::Meta,
        CompanyId::Nvidia,
    ]
    .iter()
    .map(|c| Entity::Company(*c).slot())
    .chain(
        [
            Entity::Others,
            Entity::Training,
            Entity::Inference,
            Entity::Edge,
            Entity::Capex,
            Entity::Spent,
            Entity::Cloud,
        ]
        .iter()
        .map(|e| e.slot()),
    )
    .collect();
    let n = slots.len();
    slots.sort();
    slots.dedup();
    assert_eq!(slots.len(), n, "two entities share a slot");
}

/// The five's CapEx per year and its running total are one measure; so are money spent and
/// money invested, and the cloud's revenue and its market.
fn same_measure(a: &str, b: &str) -> bool {
    let groups: [&[&str]; 3] = [
        &["The five", "The five, in all", "CapEx", "2026 (plan)"],
        &["Round size", "Invested", "2025"],
        &["Market", "Cloud revenue", "Returns as revenue"],
    ];
    groups.iter().any(|g| g.contains(&a) && g.contains(&b))
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn every_colour_has_3_to_1_contrast_on_both_backgrounds_and_text_4_5() {
    for dark in [false, true] {
        let t = Theme {
            dark,
            ..Theme::default()
        };
        for slot in 0..ai_infra_report::charts::theme::SLOTS {
            let c = contrast(t.color(slot), t.background());
            assert!(c >= 3.0, "slot {slot} (dark {dark}): {c}");
            // Direct labels are small text in their series' ink.
            let ink = contrast(t.ink(slot), t.background());
            assert!(ink >= 4.5, "slot {slot}'s label text (dark {dark}): {ink}");
        }
        assert!(contrast(t.muted(), t.background()) >= 4.5, "muted text");
        assert!(contrast(t.foreground(), t.background()) >= 7.0, "text");
    }
}

#[test]
fn annotations_follow_the_model_crossover_plateau_forecast_and_band() {
    use ai_infra_report::model::Key;
    let d = Dataset::embedded();
    let base = Assumptions::article(&d);
    let spec = Key::AzureGrowth.spec();
    let mut crossings = Vec::new();
    for k in 0..=6 {
        let v = spec.min + (spec.max - spec.min) * f64::from(k) / 6.0;
        let r = Report::compute(&d, &base.with(Key::AzureGrowth, v));
        let last = *r.cloud.years.last().unwrap();
        let model = r
            .cloud
            .azure_passes_aws
            .map(|x| x.year)
            .filter(|y| *y <= last);
        for id in [ChartId::CloudRevenue, ChartId::CloudShare] {
            let Chart::Line(c) = id.build(&d, &r) else {
                panic!("a line chart")
            };
            match model {
                Some(year) => {
                    assert_eq!(c.markers.len(), 1, "{id:?} at {v}");
                    let m = &c.markers[0];
                    assert!(m.x > f64::from(year - 1) && m.x <= f64::from(year), "{m:?}");
                    assert!(m.label.contains(&year.to_string()), "{m:?}");
                    assert!(c.title.contains(&year.to_string()), "{}", c.title);
                    // On both lines as drawn (straight between the years).
                    let at = |s: &[f64]| {
                        let i = (m.x - f64::from(c.years[0])).floor() as usize;
                        let f = m.x - f64::from(c.years[i]);
                        s[i] + f * (s[(i + 1).min(s.len() - 1)] - s[i])
                    };
                    for name in ["AWS", "Azure"] {
                        let s = c.series.iter().find(|s| s.label() == name).unwrap();
                        assert!((at(&s.values) - m.value).abs() < 1e-6 * m.value.max(1.0));
                    }
                    crossings.push(year);
                }
                None => {
                    assert!(c.markers.is_empty(), "{id:?} at {v}");
                    assert!(c.title.contains("stays ahead"), "{}", c.title);
                }
            }
        }
    }
    crossings.dedup();
    assert!(crossings.len() >= 2, "the crossover moves: {crossings:?}");

    for p in [Preset::Article, Preset::Bull, Preset::Bear] {
        let r = Report::compute(&d, &p.apply(&d));
        for id in [ChartId::CapexProjection, ChartId::CapexCumulative] {
            let Chart::Line(c) = id.build(&d, &r) else {
                panic!("a line chart")
            };
            let rule: Vec<i32> = c.rules.iter().map(|r| r.year).collect();
            let plateau = r.capex.plateau_year.filter(|y| *y <= 2035);
            assert_eq!(
                rule,
                plateau.into_iter().collect::<Vec<_>>(),
                "{id:?} {p:?}"
            );
            if let Some(b) = &c.estimate {
                assert_eq!((b.low, b.high), r.capex.estimate, "{id:?}");
                assert!(b.label.contains("Huang"), "{}", b.label);
            }
        }
        let Chart::Line(m) = ChartId::Market.build(&d, &r) else {
            panic!("a line chart")
        };
        assert_eq!(m.markers[0].x, f64::from(r.market.forecast.0));
        assert_eq!(m.markers[0].value, r.market.forecast.1);
    }
}

#[test]
fn annotation_labels_keep_off_the_data_lines() {
    let d = Dataset::embedded();
    for (name, r) in scenarios(&d) {
        for &id in ChartId::ALL {
            let Chart::Line(c) = id.build(&d, &r) else {
                continue;
            };
            for width in WIDTHS {
                let (plot, _) = draw(&Chart::Line(c.clone()), width, 1.0, false);
                let mut acc = vec![0.0; c.years.len()];
                for s in &c.series {
                    let values: Vec<f64> = if c.stacked {
                        acc.iter_mut().zip(&s.values).for_each(|(a, v)| *a += v);
                        acc.clone()
                    } else {
                        s.values.clone()
                    };
                    let pts: Vec<(f64, f64)> = c
                        .years
                        .iter()
                        .zip(&values)
                        .map(|(y, v)| plot.px(f64::from(*y), *v))
                        .collect();
                    let inside = plot.labels.iter().filter(|l| {
                        l.rect.x0 >= plot.px_x.0
                            && l.rect.x1 <= plot.px_x.1
                            && l.rect.y1 <= plot.px_y.1
                    });
                    for l in inside {
                        for w in pts.windows(2) {
                            assert!(
                                !l.rect.crosses(w[0], w[1]),
                                "{} {name} {width}: `{}` crosses {}",
                                id.slug(),
                                l.text,
                                s.name
                            );
                        }
                    }
                }
            }
        }
    }
}
