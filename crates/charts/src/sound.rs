//! A chart as sound (its "Listen" control): each series in turn as pitch over time, a higher
//! value a higher note, on one scale for the whole chart so that series compare by ear. Pure:
//! the browser plays this schedule (`app::components::chart_sound`); the tests check it.

use super::Chart;

/// The lowest pitch, in Hz (A3), and how many semitones up the highest value plays: two
/// octaves, to A5, where small speakers still play.
pub const LOW_HZ: f64 = 220.0;
pub const SEMITONES: u8 = 24;
/// The ratio of one semitone to the next: the twelfth root of two.
const SEMITONE: f64 = 1.059_463_094_359_295_3;
/// Seconds each point sounds, and the pause before the next series.
pub const STEP: f64 = 0.22;
pub const PAUSE: f64 = 0.6;

/// One note: when it starts (seconds from the first), its pitch, and the point it plays.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Note {
    pub start: f64,
    pub hz: f64,
    pub series: usize,
    /// The index of its year (or bar).
    pub point: usize,
}

impl Chart {
    /// Every note of the chart, series after series (or only `series`): one per value, its
    /// pitch on a logarithmic scale from the chart's lowest value to its highest.
    pub fn notes(&self, series: Option<usize>) -> Vec<Note> {
        let all = self.series();
        let values = || {
            all.iter()
                .flat_map(|s| &s.values)
                .copied()
                .filter(|v| v.is_finite())
        };
        let lo = values().fold(f64::INFINITY, f64::min);
        let hi = values().fold(f64::NEG_INFINITY, f64::max);
        // On the semitones of the two octaves (an equal-tempered scale, as an instrument plays),
        // by `powi` alone: a `powf` of a constant base becomes exp2, whose table alone is 4 KB
        // of wasm.
        let hz = |v: f64| {
            let at = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
            LOW_HZ * SEMITONE.powi((at * f64::from(SEMITONES)).round() as i32)
        };
        let mut out: Vec<Note> = Vec::new();
        let mut start = 0.0;
        for (i, s) in all.iter().enumerate() {
            if series.is_some_and(|only| only != i) {
                continue;
            }
            if !out.is_empty() {
                start += PAUSE - STEP;
            }
            for (point, v) in s.values.iter().enumerate().filter(|(_, v)| v.is_finite()) {
                out.push(Note {
                    start,
                    hz: hz(*v),
                    series: i,
                    point,
                });
                start += STEP;
            }
        }
        out
    }
}
