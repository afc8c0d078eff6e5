//! A chart as an SVG document, for the prerendered page (native builds only): the same drawing
//! code as the canvas, on plotters' SVG backend.

use super::{Chart, Theme};
use plotters::prelude::{IntoDrawingArea, SVGBackend};

/// `chart` drawn at `width` × `height` CSS pixels, in the light or dark theme, with text scaled
/// by `font_scale` as the canvas does on narrow screens.
pub fn svg(chart: &Chart, dark: bool, (width, height): (u32, u32), font_scale: f64) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        // plotters' SVG backend writes font sizes divided by 1.24 (points, it assumes); the
        // canvas takes them as CSS pixels. Scaled back, the text matches the canvas's.
        let theme = Theme {
            dark,
            font_scale: font_scale * 1.24,
            ..Theme::default()
        };
        // A chart that fails to draw is left blank; the native tests draw every chart.
        let _ = chart.draw(&root, &theme);
    }
    compact(&out)
}

/// plotters' SVG made small enough to inline ten of them: runs of polylines of one style
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
