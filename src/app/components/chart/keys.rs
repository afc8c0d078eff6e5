//! A chart from the keyboard: ←/→ along the years (or bars), Home/End to the ends, ↑/↓ across
//! the series, Enter to start where it is, Escape to leave. The same point the pointer shows.

/// What a key does to the keyboard's point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// To the point at this index of the years (or bars), on this series (`None`: all).
    To(usize, Option<usize>),
    /// Out of the chart: no point shown.
    Leave,
    /// Not a key of the chart's (Tab, letters …): left to the page.
    Ignored,
}

/// Where `key` moves from point `at` (none yet: the first arrow starts at an end) on `series`,
/// among `points` years (or bars) and `lines` series.
pub fn step(
    key: &str,
    points: usize,
    lines: usize,
    at: Option<usize>,
    series: Option<usize>,
) -> Move {
    let (i, last) = (at.unwrap_or(0), points.saturating_sub(1));
    let to = |i: usize, s: Option<usize>| Move::To(i.min(last), s);
    match key {
        _ if points == 0 => Move::Ignored,
        "ArrowRight" => to(at.map_or(0, |i| i + 1), series),
        "ArrowLeft" => to(at.map_or(last, |i| i.saturating_sub(1)), series),
        "Home" => to(0, series),
        "End" => to(last, series),
        "Enter" => to(i, series),
        "ArrowDown" => to(
            i,
            Some(series.map_or(0, |s| s + 1).min(lines.saturating_sub(1))),
        ),
        "ArrowUp" => to(i, Some(series.map_or(0, |s| s.saturating_sub(1)))),
        "Escape" => Move::Leave,
        _ => Move::Ignored,
    }
}

#[cfg(test)]
mod tests {
    use super::{step, Move};

    #[test]
    fn arrows_step_and_stop_at_the_ends() {
        assert_eq!(step("ArrowRight", 11, 3, None, None), Move::To(0, None));
        assert_eq!(step("ArrowLeft", 11, 3, None, None), Move::To(10, None));
        assert_eq!(
            step("ArrowRight", 11, 3, Some(4), Some(1)),
            Move::To(5, Some(1))
        );
        assert_eq!(
            step("ArrowRight", 11, 3, Some(10), None),
            Move::To(10, None)
        );
        assert_eq!(step("ArrowLeft", 11, 3, Some(0), None), Move::To(0, None));
        assert_eq!(step("Home", 11, 3, Some(7), Some(2)), Move::To(0, Some(2)));
        assert_eq!(step("End", 11, 3, None, None), Move::To(10, None));
        assert_eq!(step("Enter", 11, 3, None, None), Move::To(0, None));
    }

    #[test]
    fn up_and_down_pick_a_series_within_the_chart() {
        assert_eq!(
            step("ArrowDown", 11, 3, Some(2), None),
            Move::To(2, Some(0))
        );
        assert_eq!(
            step("ArrowDown", 11, 3, Some(2), Some(2)),
            Move::To(2, Some(2))
        );
        assert_eq!(
            step("ArrowUp", 11, 3, Some(2), Some(0)),
            Move::To(2, Some(0))
        );
        assert_eq!(
            step("ArrowUp", 11, 3, Some(2), Some(2)),
            Move::To(2, Some(1))
        );
    }

    #[test]
    fn escape_leaves_and_other_keys_pass() {
        assert_eq!(step("Escape", 11, 3, Some(2), None), Move::Leave);
        assert_eq!(step("Tab", 11, 3, Some(2), None), Move::Ignored);
        assert_eq!(step("ArrowRight", 0, 0, None, None), Move::Ignored);
    }
}
