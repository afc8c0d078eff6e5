//! Where text goes on a chart: boxes in backend pixels, the free space left between what is
//! already drawn (text boxes, and the lines of the data), greedy word wrapping, and the
//! vertical "dodge" that keeps the direct labels at the lines' ends apart.
//!
//! Every piece of text a chart draws is placed through here and recorded in
//! [`Plot::labels`](super::Plot), so tests can check natively that no two of them overlap.

/// An axis-aligned box in backend pixels: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rect {
    pub x0: i32,
    pub y0: i32,
    pub x1: i32,
    pub y1: i32,
}

impl Rect {
    /// The box of a `w` × `h` text whose top left corner is (`x`, `y`).
    pub fn at(x: i32, y: i32, w: i32, h: i32) -> Rect {
        Rect {
            x0: x,
            y0: y,
            x1: x + w,
            y1: y + h,
        }
    }

    /// Whether the two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    /// Whether `o` lies wholly inside this box.
    pub fn contains(&self, o: &Rect) -> bool {
        o.x0 >= self.x0 && o.x1 <= self.x1 && o.y0 >= self.y0 && o.y1 <= self.y1
    }

    /// The box grown by `d` pixels on every side.
    pub fn grow(&self, d: i32) -> Rect {
        Rect {
            x0: self.x0 - d,
            y0: self.y0 - d,
            x1: self.x1 + d,
            y1: self.y1 + d,
        }
    }

    /// Whether the segment `a`–`b` passes through the box (Liang–Barsky clipping).
    pub fn crosses(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0, 1.0);
        let sides = [
            (-dx, a.0 - f64::from(self.x0)),
            (dx, f64::from(self.x1) - a.0),
            (-dy, a.1 - f64::from(self.y0)),
            (dy, f64::from(self.y1) - a.1),
        ];
        for (p, q) in sides {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = r.max(t0);
                } else {
                    t1 = r.min(t1);
                }
                if t0 > t1 {
                    return false;
                }
            }
        }
        true
    }
}

/// A piece of text the chart drew, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub text: String,
    pub rect: Rect,
}

/// A segment between two backend pixels.
pub type LineSegment = ((f64, f64), (f64, f64));

/// What is already on the chart: text boxes, and segments that text must not cross (the
/// data's lines) or should not (rules and zone dividers: thin, so other annotations may),
/// inside the bounds text may use.
#[derive(Debug, Clone, Default)]
pub struct Space {
    pub bounds: Option<Rect>,
    pub labels: Vec<Label>,
    pub lines: Vec<LineSegment>,
    pub rules: Vec<LineSegment>,
}

impl Space {
    /// Whether `r` is inside the bounds and clear of every box (and, with `lines`, of every
    /// segment), keeping `gap` pixels from other text.
    pub fn free(&self, r: &Rect, gap: i32, lines: bool) -> bool {
        self.bounds.is_none_or(|b| b.contains(r))
            && !self.labels.iter().any(|l| l.rect.overlaps(&r.grow(gap)))
            && !(lines && self.lines.iter().any(|(a, b)| r.crosses(*a, *b)))
    }

    /// Whether `r` crosses no rule.
    pub fn off_rules(&self, r: &Rect) -> bool {
        !self.rules.iter().any(|(a, b)| r.crosses(*a, *b))
    }

    /// The first candidate clear of text and lines, else the first clear of text.
    pub fn spot(&self, candidates: &[Rect], gap: i32) -> Option<Rect> {
        candidates
            .iter()
            .find(|r| self.free(r, gap, true))
            .or_else(|| candidates.iter().find(|r| self.free(r, gap, false)))
            .copied()
    }

    /// Records text drawn at `rect`.
    pub fn add(&mut self, text: &str, rect: Rect) {
        self.labels.push(Label {
            text: text.to_string(),
            rect,
        });
    }

    /// Records a polyline (in backend pixels) that text should not cross.
    pub fn add_line(&mut self, points: &[(f64, f64)]) {
        for w in points.windows(2) {
            self.lines.push((w[0], w[1]));
        }
    }
}

/// Greedy word wrap: the words of `text` in lines no wider than `width`, measured by `measure`.
/// A word wider than the line gets a line of its own.
pub fn wrap(text: &str, width: i32, measure: &mut dyn FnMut(&str) -> i32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let longer = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || measure(&longer) <= width {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Vertical positions (tops) for boxes of heights `h` that want their centres at `want`,
/// at least `gap` apart and inside `top..bottom`: the classic dodge of end-of-line labels.
/// Order is kept (a label wanting to be higher stays higher).
pub fn dodge(want: &[f64], h: &[i32], gap: i32, top: i32, bottom: i32) -> Vec<i32> {
    let n = want.len();
    let mut order: Vec<usize> = (0..n).collect();
    // Insertion sort by wanted centre: a handful of labels.
    for i in 1..n {
        let mut j = i;
        while j > 0 && want[order[j]] < want[order[j - 1]] {
            order.swap(j, j - 1);
            j -= 1;
        }
    }
    let mut y = vec![0; n];
    let mut next = top;
    for &i in &order {
        let wanted = (want[i] - f64::from(h[i]) / 2.0).round() as i32;
        y[i] = wanted.max(next);
        next = y[i] + h[i] + gap;
    }
    // Pushed past the bottom: push back up, then never above the top.
    let mut limit = bottom;
    for &i in order.iter().rev() {
        y[i] = y[i].min(limit - h[i]);
        limit = y[i] - gap;
    }
    let mut next = top;
    for &i in &order {
        y[i] = y[i].max(next);
        next = y[i] + h[i] + gap;
    }
    y
}

/// The length of (`dx`, `dy`). Not `f64::hypot`, whose overflow-safe libm routine the wasm
/// would carry for distances of a few thousand pixels.
pub fn distance(dx: f64, dy: f64) -> f64 {
    (dx * dx + dy * dy).sqrt()
}
