//! The messages between the page and its worker, as flat lists of numbers: a request for a
//! Monte Carlo run (which run, at which assumptions) and its answer (the [`Simulation`]), and
//! a goal seek ([`Seek`]) and its answer (what each lever would need to be). Numbers only, so a
//! message is one `Float64Array` each way, copied without a parser; every value a run reads or
//! gives is an `f64` already, and the ids and seeds are exact as `f64` (below 2^53). Each
//! message starts with its kind ([`RUN`] or [`SEEK`]).

use super::{Answer, Quantiles, Range, SeriesId, Settings, Simulation};
use crate::assumptions::{Assumptions, Key, KEYS};
use crate::reported::Base;

/// The first number of a run's request and answer.
pub const RUN: f64 = 0.0;
/// The first number of a goal seek's request and answer.
pub const SEEK: f64 = 1.0;

/// What a message is, by its first number, and the numbers after it.
pub fn kind(xs: &[f64]) -> Option<(f64, &[f64])> {
    let (&k, rest) = xs.split_first()?;
    (k == RUN || k == SEEK).then_some((k, rest))
}

/// A run the page asks for: `id` names it, so an answer to an older request is dropped.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Request {
    pub id: u32,
    pub base: Base,
    pub assumptions: Assumptions,
    pub settings: Settings,
    pub paths: usize,
}

/// The id of the newest request: each request gets the next, and only the newest one's answer
/// is taken (an answer to a request a newer one replaced is stale).
#[derive(Debug, Default)]
pub struct Latest(u32);

impl Latest {
    /// The id of a new request, which is from now on the newest.
    pub fn ask(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }

    /// Whether `id` is the newest request's.
    pub fn is(&self, id: u32) -> bool {
        id == self.0
    }
}

/// What a message of the wrong shape is: too short, or a field out of its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed;

impl Request {
    /// [`RUN`], id, base, paths, seed, each lever's value, each lever's spread.
    pub fn encode(&self) -> Vec<f64> {
        let mut out = vec![
            RUN,
            f64::from(self.id),
            base_number(self.base),
            self.paths as f64,
            self.settings.seed as f64,
        ];
        out.extend(Key::ALL.iter().map(|&k| self.assumptions.get(k)));
        out.extend(self.settings.width);
        out
    }

    pub fn decode(xs: &[f64]) -> Result<Request, Malformed> {
        let xs = tagged(xs, RUN)?;
        let [id, base, paths, seed] = *xs.get(..4).ok_or(Malformed)? else {
            return Err(Malformed);
        };
        let rest = &xs[4..];
        if rest.len() != 2 * KEYS || ![id, paths, seed].iter().all(|v| whole(*v)) {
            return Err(Malformed);
        }
        let assumptions = values(&rest[..KEYS])?;
        let mut width = [0.0; KEYS];
        width.copy_from_slice(&rest[KEYS..]);
        Ok(Request {
            id: id as u32,
            base: base_of(base),
            assumptions,
            settings: Settings {
                on: true,
                seed: seed as u64,
                width,
            },
            paths: paths as usize,
        })
    }
}

/// The numbers after a message's kind, if it is of kind `want`.
pub(super) fn tagged(xs: &[f64], want: f64) -> Result<&[f64], Malformed> {
    match kind(xs) {
        Some((k, rest)) if k == want => Ok(rest),
        _ => Err(Malformed),
    }
}

/// Each lever's value as the page holds it: within its range, on its step (else refused).
pub(super) fn values(xs: &[f64]) -> Result<Assumptions, Malformed> {
    let mut assumptions = Assumptions::lowest();
    for (&k, &v) in Key::ALL.iter().zip(xs) {
        assumptions.set(k, v);
        if assumptions.get(k) != v {
            return Err(Malformed);
        }
    }
    Ok(assumptions)
}

/// A base figures' number in a message: 1 for the reported, 0 for the article's.
pub(super) fn base_number(base: Base) -> f64 {
    f64::from(u8::from(base == Base::Reported))
}

/// The base figures a message's number names ([`base_number`]'s inverse).
pub(super) fn base_of(v: f64) -> Base {
    if v == 1.0 {
        Base::Reported
    } else {
        Base::Article
    }
}

/// A whole number a message can carry exactly.
pub(super) fn whole(v: f64) -> bool {
    v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v < 9_007_199_254_740_992.0
}

/// [`RUN`], id, paths, the share reaching Huang's estimate, the years per series, then each series'
/// quantiles year by year (in [`SeriesId::ALL`]'s order), then each answer's quantiles and
/// the share of paths in which it never happens (in [`Answer::ALL`]'s order).
pub fn encode_answer(id: u32, sim: &Simulation) -> Vec<f64> {
    let years = sim.series(SeriesId::ALL[0]).len();
    let mut out = vec![
        RUN,
        f64::from(id),
        sim.paths as f64,
        sim.estimate_reached,
        years as f64,
    ];
    for &s in SeriesId::ALL {
        out.extend(sim.series(s).iter().flat_map(|q| q.to_array()));
    }
    for &a in Answer::ALL {
        let r = sim.range(a).copied().unwrap_or(Range {
            quantiles: Quantiles::NAN,
            never: 1.0,
        });
        out.extend(r.quantiles.to_array());
        out.push(r.never);
    }
    out
}

/// The request's id and its run, from [`encode_answer`]'s numbers.
pub fn decode_answer(xs: &[f64]) -> Result<(u32, Simulation), Malformed> {
    let xs = tagged(xs, RUN)?;
    let [id, paths, reached, years] = *xs.get(..4).ok_or(Malformed)? else {
        return Err(Malformed);
    };
    if ![id, paths, years].iter().all(|v| whole(*v)) {
        return Err(Malformed);
    }
    let years = years as usize;
    let want = 4 + SeriesId::ALL.len() * years * 5 + Answer::ALL.len() * 6;
    if xs.len() != want {
        return Err(Malformed);
    }
    let quantiles = |c: &[f64]| Quantiles::from_array([c[0], c[1], c[2], c[3], c[4]]);
    let (series, answers) = xs[4..].split_at(SeriesId::ALL.len() * years * 5);
    let by_series = SeriesId::ALL
        .iter()
        .zip(series.chunks(years * 5))
        .map(|(&s, rows)| (s, rows.chunks(5).map(quantiles).collect()))
        .collect();
    let ranges = Answer::ALL
        .iter()
        .zip(answers.chunks(6))
        .map(|(&a, c)| {
            (
                a,
                Range {
                    quantiles: quantiles(c),
                    never: c[5],
                },
            )
        })
        .collect();
    let sim = Simulation {
        paths: paths as usize,
        by_series,
        ranges,
        estimate_reached: reached,
    };
    Ok((id as u32, sim))
}

mod seek;
pub use seek::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sensitivity::Goal;
    use ai_infra_data::Load;
    use ai_infra_dataset::Dataset;

    #[test]
    fn a_request_and_its_answer_come_back_as_they_went() {
        let d = Dataset::embedded();
        let mut a = Assumptions::article(&d);
        a.set(Key::CapexGrowth, 44.0);
        let mut settings = Settings {
            seed: (1 << 53) - 1,
            ..Settings::default()
        };
        settings.width[Key::AwsGrowth as usize] = 1.5;
        let req = Request {
            id: 7,
            base: Base::Reported,
            assumptions: a,
            settings,
            paths: 64,
        };
        assert_eq!(Request::decode(&req.encode()), Ok(req));
        let sim = settings.simulate(&d, &a, 64).unwrap();
        let (id, back) = decode_answer(&encode_answer(9, &sim)).unwrap();
        assert_eq!(id, 9);
        // NaN ≠ NaN: compare the numbers' bits.
        let bits = |s: &Simulation| {
            encode_answer(0, s)
                .iter()
                .map(|v| v.to_bits())
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&back), bits(&sim));
        assert_eq!(back.series(SeriesId::Capex), sim.series(SeriesId::Capex));
    }

    #[test]
    fn only_the_newest_requests_answer_is_taken() {
        let mut latest = Latest::default();
        let (quick, settled) = (latest.ask(), latest.ask());
        assert!(
            !latest.is(quick),
            "a quick run's answer after the full run was asked for"
        );
        assert!(latest.is(settled));
        assert!(!latest.is(0) && !latest.is(settled + 1));
    }

    #[test]
    fn a_malformed_message_is_refused() {
        let d = Dataset::embedded();
        let req = Request {
            id: 1,
            base: Base::Article,
            assumptions: Assumptions::article(&d),
            settings: Settings::default(),
            paths: 8,
        };
        let good = req.encode();
        assert_eq!(Request::decode(&good[..good.len() - 1]), Err(Malformed));
        let mut bad = good.clone();
        bad[1] = 1.5;
        assert_eq!(Request::decode(&bad), Err(Malformed));
        assert_eq!(decode_answer(&[RUN, 1.0, 2.0]), Err(Malformed));
        let sim = Settings::default()
            .simulate(&d, &req.assumptions, 8)
            .unwrap();
        let answer = encode_answer(1, &sim);
        assert_eq!(decode_answer(&answer[..answer.len() - 1]), Err(Malformed));
    }

    #[test]
    fn a_goal_seek_and_its_answer_come_back_as_they_went() {
        let d = Dataset::embedded();
        let a = Assumptions::article(&d);
        let mut width = Settings::default().width;
        width[Key::CapexGrowth as usize] = 1.5;
        let seek = Seek {
            id: 4,
            base: Base::Reported,
            assumptions: a.with(Key::AzureGrowth, 30.0),
            goal: Goal::preset(Answer::Ratio2030, &d),
            width,
        };
        assert_eq!(Seek::decode(&seek.encode()), Ok(seek));
        let sought = seek.answer(&d);
        assert!(!sought.bars.is_empty() && !sought.needed.is_empty());
        assert_eq!(decode_sought(&encode_sought(4, &sought)), Ok((4, sought)));
        // One kind's message is not the other's.
        assert_eq!(Request::decode(&seek.encode()), Err(Malformed));
        let empty = Sought {
            needed: Vec::new(),
            bars: Vec::new(),
            central: 1.0,
        };
        assert_eq!(decode_answer(&encode_sought(4, &empty)), Err(Malformed));
        let mut bad = seek.encode();
        bad[3] = 9.0;
        assert_eq!(Seek::decode(&bad), Err(Malformed), "no such answer");
        assert_eq!(
            decode_sought(&[SEEK, 1.0, 1.0, 2.0, 99.0, 1.0]),
            Err(Malformed),
            "no such lever"
        );
        assert_eq!(
            decode_sought(&[SEEK, 1.0, 0.0, 2.0, 1.0, 2.0]),
            Err(Malformed),
            "a bar cut short"
        );
    }
}
