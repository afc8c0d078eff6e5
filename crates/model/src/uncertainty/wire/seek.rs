//! A goal seek's messages: the request ([`Seek`]) and its answer ([`Sought`]): what each lever
//! would need to be for a target, and the tornado of the target's answer.

use super::{base_number, base_of, tagged, values, whole, Malformed, SEEK};
use crate::assumptions::{Assumptions, Key, KEYS};
use crate::reported::Base;
use crate::sensitivity::{Bar, Goal};
use crate::uncertainty::Answer;

/// A goal seek the page asks for: what each lever that moves `goal`'s answer would need to be,
/// alone, at `assumptions` on `base` (see [`crate::sensitivity::needed`]), and how far each one
/// moves that answer across its spread (`width`, the uncertainty's: the tornado).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Seek {
    pub id: u32,
    pub base: Base,
    pub assumptions: Assumptions,
    pub goal: Goal,
    pub width: [f64; KEYS],
}

/// What each lever would need to be: `None` where no value in its range meets the goal.
pub type Needed = Vec<(Key, Option<f64>)>;

/// A seek's answer: what each lever would need to be, and the tornado's bars.
#[derive(Debug, Clone, PartialEq)]
pub struct Sought {
    pub needed: Needed,
    pub bars: Vec<Bar>,
    /// The answer at the seek's assumptions, which the bars are set against.
    pub central: f64,
}

impl Seek {
    /// The answer, found here (the worker's, or the main thread's where there is none).
    pub fn answer(&self, data: &ai_infra_dataset::Dataset) -> Sought {
        let a = &self.assumptions;
        let spreads = crate::uncertainty::spreads(data, a, &self.width);
        Sought {
            needed: crate::sensitivity::needed(data, a, self.goal),
            bars: crate::sensitivity::moving(data, a, &spreads, self.goal.answer),
            central: self.goal.answer.value(&crate::Report::compute(data, a)),
        }
    }
}

impl Seek {
    /// [`SEEK`], id, base, the answer's index, the target, at least (1) or at most (0), each
    /// lever's value, each lever's spread.
    pub fn encode(&self) -> Vec<f64> {
        let mut out = vec![
            SEEK,
            f64::from(self.id),
            base_number(self.base),
            self.goal.answer as usize as f64,
            self.goal.target,
            f64::from(u8::from(self.goal.at_least)),
        ];
        out.extend(Key::ALL.iter().map(|&k| self.assumptions.get(k)));
        out.extend(self.width);
        out
    }

    pub fn decode(xs: &[f64]) -> Result<Seek, Malformed> {
        let xs = tagged(xs, SEEK)?;
        let [id, base, answer, target, at_least] = *xs.get(..5).ok_or(Malformed)? else {
            return Err(Malformed);
        };
        let answer = Answer::ALL.get(answer as usize).filter(|_| whole(answer));
        let (Some(&answer), true) = (answer, xs.len() == 5 + 2 * KEYS && whole(id)) else {
            return Err(Malformed);
        };
        if !target.is_finite() {
            return Err(Malformed);
        }
        Ok(Seek {
            id: id as u32,
            base: base_of(base),
            assumptions: values(&xs[5..5 + KEYS])?,
            goal: Goal {
                answer,
                target,
                at_least: at_least == 1.0,
            },
            width: std::array::from_fn(|i| xs[5 + KEYS + i]),
        })
    }
}

/// [`SEEK`], id, how many levers are needed-or-not, the answer at the seek's assumptions, each
/// lever's index and the value it needs
/// (NaN: none in its range), then each tornado bar: its lever's index, the answer at the low end
/// and at the high end.
pub fn encode_sought(id: u32, sought: &Sought) -> Vec<f64> {
    let mut out = vec![
        SEEK,
        f64::from(id),
        sought.needed.len() as f64,
        sought.central,
    ];
    for &(k, v) in &sought.needed {
        out.extend([k as usize as f64, v.unwrap_or(f64::NAN)]);
    }
    for b in &sought.bars {
        out.extend([b.key as usize as f64, b.at_low, b.at_high]);
    }
    out
}

/// The seek's id and its answer, from [`encode_sought`]'s numbers.
pub fn decode_sought(xs: &[f64]) -> Result<(u32, Sought), Malformed> {
    let xs = tagged(xs, SEEK)?;
    let [id, n, central] = *xs.get(..3).ok_or(Malformed)? else {
        return Err(Malformed);
    };
    if !whole(id) || !whole(n) || n > xs.len() as f64 {
        return Err(Malformed);
    }
    let n = n as usize;
    if xs.len() < 3 + 2 * n || (xs.len() - 3 - 2 * n) % 3 != 0 {
        return Err(Malformed);
    }
    let key = |v: f64| {
        Key::ALL
            .get(v as usize)
            .filter(|_| whole(v))
            .copied()
            .ok_or(Malformed)
    };
    let (needed, bars) = xs[3..].split_at(2 * n);
    let needed = needed
        .chunks(2)
        .map(|c| Ok((key(c[0])?, Some(c[1]).filter(|v| v.is_finite()))))
        .collect::<Result<Needed, Malformed>>()?;
    let bars = bars
        .chunks(3)
        .map(|c| {
            Ok(Bar {
                key: key(c[0])?,
                at_low: c[1],
                at_high: c[2],
            })
        })
        .collect::<Result<Vec<Bar>, Malformed>>()?;
    Ok((
        id as u32,
        Sought {
            needed,
            bars,
            central,
        },
    ))
}
