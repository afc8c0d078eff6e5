//! The annotations of a line chart, all driven by its description (so by the model): the
//! plan and projection zones, Huang's band, the plateau rule and labelled points (the
//! forecast, the crossover). Shapes go beneath the data ([`backdrop`]); their labels go on
//! top, each at the first of a few spots around its anchor that is clear of the lines and of
//! every text placed so far ([`labels`]), or nowhere rather than over another label.

use super::frame::{font, measure, text_at, DrawSeries, Framed};
use super::layout::Rect;
use super::line::to_segment;
use super::{DrawResult, KeyPixels, LineChart, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The band's fill: the text colour at 14 %, made opaque over the background, so its key's
/// swatch shows exactly the colour of the band whatever lies beneath either.
fn estimate_fill(t: &Theme) -> RGBColor {
    let (f, b) = (t.foreground(), t.background());
    let mix = |f: u8, b: u8| (f64::from(b) + (f64::from(f) - f64::from(b)) * 0.14).round() as u8;
    RGBColor(mix(f.0, b.0), mix(f.1, b.1), mix(f.2, b.2))
}

/// The band's box in backend pixels.
fn estimate_rect(f: &Framed<impl DrawingBackend>, c: &LineChart) -> Option<Rect> {
    let b = c.estimate.as_ref()?;
    let (from, to) = b.years.unwrap_or(f.plot.x);
    let (x0, y0) = f.plot.px(from, b.high);
    let (x1, y1) = f.plot.px(to, b.low);
    let (x0, x1) = (
        x0.max(f64::from(f.plot.px_x.0)),
        x1.min(f64::from(f.plot.px_x.1)),
    );
    Some(Rect {
        x0: x0.round() as i32,
        y0: y0.round() as i32,
        x1: x1.round() as i32,
        y1: y1.round() as i32,
    })
}

/// Zone dividers (last actual year, last plan year), the band and the rules: beneath the data.
pub fn backdrop<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &mut Framed<DB>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB> {
    let (top, bottom) = (f64::from(f.plot.px_y.0), f64::from(f.plot.px_y.1));
    if let Some(r) = estimate_rect(f, c) {
        root.draw(&Rectangle::new(
            [(r.x0, r.y0), (r.x1, r.y1)],
            estimate_fill(t).filled(),
        ))?;
    }
    for (x, _) in zones(c) {
        let px = f.plot.px(x, 0.0).0;
        let line = vec![(px as i32, top as i32), (px as i32, bottom as i32)];
        root.draw(&PathElement::new(
            line,
            t.muted().mix(0.45).stroke_width(t.px(1.0)),
        ))?;
        f.space.rules.push(((px, top), (px, bottom)));
    }
    for r in &c.rules {
        let x = f64::from(r.year);
        let style = t.foreground().mix(0.6).stroke_width(t.px(1.5));
        let dash = t.px(3.0);
        let rule = DashedLineSeries::new([(x, f.plot.y.0), (x, f.plot.y.1)], dash, dash, style);
        f.chart.draw_series(rule)?;
        let px = f.plot.px(x, 0.0).0;
        f.space.rules.push(((px, top), (px, bottom)));
    }
    Ok(())
}

/// Where each zone starts, and its name: plan years after the last actual one, projections
/// after the plan. None on a chart that is modelled throughout (its subtitle says so).
fn zones(c: &LineChart) -> Vec<(f64, &'static str)> {
    if c.modelled() {
        return Vec::new();
    }
    let mut z = Vec::new();
    if c.plan_until > c.last_actual {
        z.push((f64::from(c.last_actual), "plan"));
    }
    z.push((f64::from(c.plan_until.max(c.last_actual)), "projection →"));
    z
}

/// The labels of the markers, the band, the rules and the zones, in that order of importance.
pub fn labels<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    f: &mut Framed<DB>,
    c: &LineChart,
    t: &Theme,
) -> DrawResult<DB> {
    let ink = font(t, 12.0, true, t.foreground());
    let quiet = font(t, 12.0, false, t.muted());
    let (g, ring) = (t.px(4.0) as i32, t.px(6.0) as i32);
    let plot_box = Rect {
        x0: f.plot.px_x.0,
        y0: f.plot.px_y.0,
        x1: f.plot.px_x.1,
        y1: f.plot.px_y.1,
    };
    for m in &c.markers {
        let (px, py) = f.plot.px(m.x, m.value);
        let p = (px.round() as i32, py.round() as i32);
        root.draw(&Circle::new(
            p,
            ring as u32,
            t.foreground().stroke_width(t.px(2.0)),
        ))?;
        let o = ring + g;
        let (w, h) = measure(root, &m.label, &ink);
        let mut spots = vec![
            Rect::at(p.0 - o - w, p.1 - o - h, w, h),
            Rect::at(p.0 + o, p.1 - o - h, w, h),
            Rect::at(p.0 - o - w, p.1 + o, w, h),
            Rect::at(p.0 + o, p.1 + o, w, h),
        ];
        // Then further up, clear of crowded lines, with a leader back to the ring.
        for k in 1..8 {
            let y = p.1 - o - h - k * (h + g);
            spots.extend([
                Rect::at(p.0 - w / 2, y, w, h),
                Rect::at(p.0 - o - w, y, w, h),
                Rect::at(p.0 + o, y, w, h),
            ]);
        }
        spots.retain(|s| plot_box.contains(s));
        if let Some(r) = f.space.spot(&spots, g) {
            if r.y1 < p.1 - o {
                let x = p.0.max(r.x0).min(r.x1);
                let leader = vec![(p.0, p.1 - ring), (x, r.y1 + g / 2)];
                root.draw(&PathElement::new(leader, t.muted().stroke_width(t.px(1.0))))?;
            }
            text_at(root, &mut f.space, &m.label, r, &ink)?;
        }
        // Later text keeps off the ring.
        let d = f64::from(ring);
        f.space.lines.push(((px - d, py - d), (px + d, py + d)));
        f.space.lines.push(((px - d, py + d), (px + d, py - d)));
    }
    if let (Some(b), Some(r)) = (&c.estimate, estimate_rect(f, c)) {
        let side = t.px(11.0) as i32;
        // The whole label, else its part before " by " ("Huang: $3–4T"), somewhere along the
        // band clear of the lines; else the whole label clear of other text.
        let short = b.label.split(" by ").next().unwrap_or(&b.label);
        let spots = |text: &str| {
            let (w, h) = measure(root, text, &ink);
            let (w, h) = (w + side + g, h.max(side));
            let mut v = Vec::new();
            for k in 0..5 {
                let x = r.x0 + g + (r.x1 - r.x0 - 2 * g - w).max(0) * k / 4;
                let rows = [r.y0 + g, r.y1 - g - h, r.y0 - g - h, r.y1 + g];
                v.extend(rows.map(|y| Rect::at(x, y, w, h)));
            }
            v.push(Rect::at(r.x0 - g - w, (r.y0 + r.y1 - h) / 2, w, h));
            v.retain(|s| plot_box.contains(s));
            (v, h)
        };
        let (long, h) = spots(&b.label);
        let (brief, _) = spots(short);
        let strict = |v: &[Rect]| v.iter().copied().find(|s| f.space.free(s, g, true));
        let choice = strict(&long)
            .map(|at| (b.label.as_str(), at))
            .or_else(|| strict(&brief).map(|at| (short, at)))
            .or_else(|| f.space.spot(&long, g).map(|at| (b.label.as_str(), at)));
        if let Some((text, at)) = choice {
            let cy = at.y0 + h / 2;
            let swatch = [(at.x0, cy - side / 2), (at.x0 + side, cy + side / 2)];
            root.draw(&Rectangle::new(swatch, estimate_fill(t).filled()))?;
            root.draw(&Rectangle::new(swatch, t.muted().stroke_width(1)))?;
            let style = ink.pos(Pos::new(HPos::Left, VPos::Center));
            root.draw(&Text::new(text, (at.x0 + side + g, cy), style))?;
            f.space.add(text, at);
            let drawn = inside(f, &r, &at);
            f.plot.keys.push(KeyPixels {
                swatch: (at.x0 + side / 2, cy),
                drawn,
            });
        }
    }
    let top = f.plot.px_y.0 + g;
    for r in &c.rules {
        let x = f.plot.px(f64::from(r.year), 0.0).0.round() as i32;
        let (w, h) = measure(root, &r.label, &quiet);
        let bottom = f.plot.px_y.1 - g - h;
        let spots: Vec<Rect> = [
            Rect::at(x + g, top, w, h),
            Rect::at(x - g - w, top, w, h),
            Rect::at(x + g, top + h + g, w, h),
            Rect::at(x - g - w, top + h + g, w, h),
            Rect::at(x + g, bottom, w, h),
            Rect::at(x - g - w, bottom, w, h),
        ]
        .into_iter()
        .filter(|s| f.space.off_rules(s))
        .collect();
        if let Some(at) = f.space.spot(&spots, g) {
            text_at(root, &mut f.space, &r.label, at, &quiet)?;
        }
    }
    for (x, name) in zones(c) {
        let x = f.plot.px(x, 0.0).0.round() as i32;
        let (w, h) = measure(root, name, &quiet);
        // Right of its divider, in the plot; else (a phone's narrow year) just above the plot.
        let spots: Vec<Rect> = (0..4)
            .map(|k| Rect::at(x + g, top + k * (h + g), w, h))
            .filter(|s| plot_box.contains(s))
            .chain(
                [Rect::at(x + g, plot_box.y0 - g - h, w, h)]
                    .into_iter()
                    .filter(|s| s.y0 >= 0),
            )
            .collect();
        let free = |s: &&Rect| f.space.free(s, g, true) && f.space.off_rules(s);
        if let Some(at) = spots.iter().find(free) {
            text_at(root, &mut f.space, name, *at, &quiet)?;
        }
    }
    Ok(())
}

/// A pixel inside the band `r`, as far as possible from every line and from its label `at`.
fn inside<DB: DrawingBackend>(f: &Framed<DB>, r: &Rect, at: &Rect) -> (i32, i32) {
    let mut best = ((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
    let mut score = f64::MIN;
    for i in 1..8 {
        for j in 1..4 {
            let x = r.x0 + (r.x1 - r.x0) * i / 8;
            let y = r.y0 + (r.y1 - r.y0) * j / 4;
            let p = (f64::from(x), f64::from(y));
            let d = f
                .space
                .lines
                .iter()
                .chain(&f.space.rules)
                .map(|(a, b)| to_segment(p, *a, *b))
                .chain(f.space.labels.iter().map(|l| {
                    let l = l.rect.grow(2);
                    if l.contains(&Rect::at(x, y, 0, 0)) {
                        0.0
                    } else {
                        f64::INFINITY
                    }
                }))
                .chain(std::iter::once(
                    if at.grow(2).contains(&Rect::at(x, y, 0, 0)) {
                        0.0
                    } else {
                        f64::INFINITY
                    },
                ))
                .fold(f64::INFINITY, f64::min);
            if d > score {
                (score, best) = (d, (x, y));
            }
        }
    }
    best
}
