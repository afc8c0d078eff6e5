//! Which levers matter: how far each one moves a headline answer across its spread (a
//! tornado), and which value of one lever reaches a target (goal seek).

use super::assumptions::{Assumptions, Key, KEYS};
use super::capex::FIRST_YEAR;
use super::uncertainty::{Answer, Spread};
use super::Report;
use ai_infra_dataset::Dataset;

/// One lever's bar in a tornado: the answer with the lever at the low and at the high end of
/// its spread, every other lever at the reader's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    pub key: Key,
    pub at_low: f64,
    pub at_high: f64,
}

impl Bar {
    pub fn swing(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

/// How far each lever with a spread moves `answer`, largest swing first.
pub fn tornado(
    data: &Dataset,
    a: &Assumptions,
    spreads: &[Spread; KEYS],
    answer: Answer,
) -> Vec<Bar> {
    bars(data, a, spreads, answer, Key::ALL)
}

/// The bars of [`tornado`] that move `answer` at all: from its inputs alone (a lever outside
/// them moves it by nothing, tested), so it costs a fraction of the model's runs. What the page
/// draws.
pub fn moving(
    data: &Dataset,
    a: &Assumptions,
    spreads: &[Spread; KEYS],
    answer: Answer,
) -> Vec<Bar> {
    let mut bars = bars(data, a, spreads, answer, answer.inputs());
    bars.retain(|b| b.swing() > 0.0);
    bars
}

/// The bars of `keys` that have a spread, largest swing first.
fn bars(
    data: &Dataset,
    a: &Assumptions,
    spreads: &[Spread; KEYS],
    answer: Answer,
    keys: &[Key],
) -> Vec<Bar> {
    let at = |key: Key, v: f64| answer.value(&Report::compute(data, &a.with(key, v)));
    let mut bars: Vec<Bar> = keys
        .iter()
        .filter(|&&k| !spreads[k as usize].is_off())
        .map(|&key| {
            let s = spreads[key as usize];
            Bar {
                key,
                at_low: at(key, s.low),
                at_high: at(key, s.high),
            }
        })
        .collect();
    bars.sort_by(|x, y| y.swing().total_cmp(&x.swing()));
    bars
}

/// A target for one answer: at least or at most a value (a year, for the crossover: "by").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Goal {
    pub answer: Answer,
    pub target: f64,
    /// `true`: the answer must reach at least `target`; `false`: at most (a ratio below 0.5,
    /// a crossover by 2027).
    pub at_least: bool,
}

impl Goal {
    /// The target each answer is held to at first, as the article's argument puts it: the
    /// five spend the high end of Huang's estimate by 2030, CapEx is at most half of cloud
    /// revenue in 2030, Azure passes AWS within two years, the market reaches the article's
    /// forecast. The reader can type their own number.
    pub fn preset(answer: Answer, data: &Dataset) -> Goal {
        let (target, at_least) = match answer {
            Answer::CumulativeCapex2030 => (data.capex.estimate_2030.high, true),
            Answer::Ratio2030 => (0.5, false),
            Answer::AzurePassesAws => (f64::from(FIRST_YEAR + 2), false),
            Answer::Market2030 => (data.cloud.market.value_2030, true),
        };
        Goal {
            answer,
            target,
            at_least,
        }
    }

    pub fn met(&self, r: &Report) -> bool {
        let v = self.answer.value(r);
        if self.at_least {
            v >= self.target
        } else {
            v <= self.target
        }
    }
}

/// The value of `key`, on its slider's steps and as close to the reader's as possible, at
/// which `goal` is met, the other levers as they are; `None` when no value in the slider's
/// range meets it. Searches each side of the reader's value by bisection, which finds the
/// nearest such value when the answer moves one way as the lever does (every lever and answer
/// here; where not, it still returns a value that meets the goal).
pub fn solve(data: &Dataset, a: &Assumptions, key: Key, goal: Goal) -> Option<f64> {
    let spec = key.spec();
    let steps = ((spec.max - spec.min) / spec.step).round() as i64;
    let value = |i: i64| spec.min + i as f64 * spec.step;
    let met = |i: i64| goal.met(&Report::compute(data, &a.with(key, value(i))));
    let here = ((a.get(key) - spec.min) / spec.step).round() as i64;
    if met(here) {
        return Some(a.get(key));
    }
    // From `here` (not met) towards `end` (met): the nearest index that meets the goal.
    let nearest = |end: i64| {
        let (mut miss, mut hit) = (here, end);
        while (hit - miss).abs() > 1 {
            let mid = (miss + hit) / 2;
            if met(mid) {
                hit = mid;
            } else {
                miss = mid;
            }
        }
        hit
    };
    [0, steps]
        .into_iter()
        .filter(|&end| end != here && met(end))
        .map(nearest)
        .min_by_key(|&i| (i - here).abs())
        .map(|i| a.with(key, value(i)).get(key))
}

/// Each lever that moves `goal`'s answer, with the value at which it alone meets the goal (as
/// [`solve`] finds it: on its slider's steps, nearest the reader's), or `None` when no value in
/// its range does. What the page's "What must be true" lists, from its worker.
pub fn needed(data: &Dataset, a: &Assumptions, goal: Goal) -> Vec<(Key, Option<f64>)> {
    goal.answer
        .inputs()
        .iter()
        .map(|&k| (k, solve(data, a, k, goal)))
        .collect()
}
