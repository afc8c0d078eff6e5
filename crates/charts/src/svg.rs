//! Every chart as SVG files, for the prerendered page (native builds only): the same drawing
//! code as the canvas, on plotters' SVG backend, at a phone's and a desktop column's width, in
//! the light and the dark theme. The page shows them as images (`picture`), so the HTML stays
//! small and quick to parse, each theme gets its own colours, and charts below the fold load
//! only when they are scrolled to.

use super::size::{css_height, text_scale};
use super::{Chart, ChartId, Theme};
use ai_infra_dataset::Dataset;
use ai_infra_model::uncertainty::Simulation;
use ai_infra_model::Report;
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// The widths the files are drawn at, in CSS pixels: a phone's column and the report's.
pub const WIDTHS: [u32; 2] = [360, 828];

/// Below this viewport width the page shows the phone's drawing.
const PHONE_VIEWPORT: u32 = 520;

/// The folder of the files, beside index.html.
pub const DIR: &str = "charts";

/// The file of chart `id` at `width`, light or dark: "charts/cloud-revenue.desktop-dark.svg".
/// (No "-<digits>" in the name: the deploy recipes take that for a content hash and cache the
/// file for a year, and these names stay the same from build to build.)
pub fn file(id: ChartId, width: u32, dark: bool) -> String {
    let screen = if width < PHONE_VIEWPORT {
        "phone"
    } else {
        "desktop"
    };
    format!(
        "{DIR}/{}.{screen}{}.svg",
        id.slug(),
        if dark { "-dark" } else { "" }
    )
}

/// Every file the page refers to, with its content: each chart at the article's assumptions,
/// with the bands of `sim`.
pub fn files(data: &Dataset, report: &Report, sim: Option<&Simulation>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for &id in ChartId::ALL {
        let chart = id.build_with(data, report, sim);
        for width in WIDTHS {
            for dark in [false, true] {
                out.push((file(id, width, dark), svg(&chart, dark, width)));
            }
        }
    }
    out
}

/// The `<picture>` that shows chart `id`'s files, described by `alt`, in the box the canvas
/// will take (the stylesheet sizes it), with an id the canvas will take over.
pub fn picture(id: ChartId, alt: &str) -> String {
    let [phone, desk] = WIDTHS;
    let narrow = format!("(max-width: {}px)", PHONE_VIEWPORT - 1);
    let dark = "(prefers-color-scheme: dark)";
    let source = |media: &str, f: String| format!("<source media=\"{media}\" srcset=\"{f}\">");
    format!(
        "<div class=\"chart-wrap\"><picture id=\"{slug}\" class=\"chart-picture\">{}{}{}\
         <img src=\"{}\" alt=\"{}\" width=\"{desk}\" height=\"{}\" loading=\"lazy\" decoding=\"async\">\
         </picture></div>",
        source(&format!("{narrow} and {dark}"), file(id, phone, true)),
        source(&narrow, file(id, phone, false)),
        source(dark, file(id, desk, true)),
        file(id, desk, false),
        escape(alt),
        css_height(f64::from(desk)),
        slug = id.slug(),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// `chart` drawn at `width` × its height, in the light or dark theme.
pub fn svg(chart: &Chart, dark: bool, width: u32) -> String {
    let w = f64::from(width);
    sized(chart, dark, (width, css_height(w) as u32), text_scale(w))
}

/// `chart` drawn at `size` with text `text_scale` times the theme's.
pub fn sized(chart: &Chart, dark: bool, size: (u32, u32), text_scale: f64) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, size).into_drawing_area();
        // plotters' SVG backend writes font sizes divided by 1.24 (points, it assumes); the
        // canvas takes them as CSS pixels. Scaled back, the text matches the canvas's.
        let theme = Theme {
            dark,
            font_scale: text_scale * 1.24,
            ..Theme::default()
        };
        // A chart that fails to draw is left blank; the native tests draw every chart.
        let _ = chart.draw(&root, &theme);
    }
    compact(&out)
}

/// plotters' SVG made small: runs of polylines of one style
/// (plotters draws each dash and grid line alone) joined into one path, `opacity="1"` on every
/// element dropped, and decimals past the second ("9.67741935483871") cut: about a sixth of
/// the bytes, drawn the same.
fn compact(svg: &str) -> String {
    let svg = join_polylines(&svg.replace(" opacity=\"1\"", ""));
    let mut out = String::with_capacity(svg.len());
    let mut digits_after_point: Option<usize> = None;
    for c in svg.chars() {
        match (c, digits_after_point) {
            ('0'..='9', Some(n)) => {
                digits_after_point = Some(n + 1);
                if n >= 2 {
                    continue;
                }
            }
            ('.', None) if out.ends_with(|p: char| p.is_ascii_digit()) => {
                digits_after_point = Some(0)
            }
            _ => digits_after_point = None,
        }
        out.push(c);
    }
    out
}

/// Consecutive `<polyline … points="x,y x,y "/>` lines with the same attributes, as one
/// `<path … d="Mx,yLx,y Mx,y…"/>`.
fn join_polylines(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut run: Option<(&str, String)> = None;
    for line in svg.lines() {
        let parsed = line
            .strip_prefix("<polyline ")
            .and_then(|l| l.strip_suffix("\"/>"))
            .and_then(|l| l.split_once(" points=\""));
        let Some((attrs, points)) = parsed else {
            flush(&mut out, run.take());
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let mut d = String::new();
        for (i, p) in points.split_whitespace().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            d.push_str(p);
        }
        match &mut run {
            Some((a, path)) if *a == attrs => path.push_str(&d),
            _ => {
                flush(&mut out, run.take());
                run = Some((attrs, d));
            }
        }
    }
    flush(&mut out, run);
    out
}

fn flush(out: &mut String, run: Option<(&str, String)>) {
    if let Some((attrs, d)) = run {
        out.push_str(&format!("<path {attrs} d=\"{d}\"/>\n"));
    }
}
