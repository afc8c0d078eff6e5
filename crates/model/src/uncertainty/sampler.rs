//! The Monte Carlo's paths, drawn in order from one seeded generator and kept, so that a run
//! can be summarised and then extended: the first `n` paths of a longer run are a shorter
//! run's, and a run grown in steps is the run made at once.

use super::{draw, quantiles, Answer, Range, Rng, SeriesId, Simulation, Spread};
use crate::assumptions::{Assumptions, KEYS};
use crate::capex::{FIRST_YEAR, LAST_YEAR};
use crate::Report;
use ai_infra_dataset::Dataset;

/// The paths drawn so far around assumptions `a`, each series' values year by year and each
/// answer's, ready for more.
#[derive(Debug, Clone)]
pub struct Sampler {
    a: Assumptions,
    spreads: [Spread; KEYS],
    rng: Rng,
    /// Per series, per year: one value per path.
    series: Vec<Vec<Vec<f64>>>,
    /// Per answer: one per path (`None`: it does not happen by the horizon).
    answers: Vec<Vec<Option<f64>>>,
    /// Paths in which the five's spend reaches the low end of Huang's estimate by 2030.
    reached: usize,
    paths: usize,
}

impl Sampler {
    /// No paths yet, around `a` with `spreads`, from `seed`.
    pub fn new(a: &Assumptions, spreads: &[Spread; KEYS], seed: u64) -> Sampler {
        let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
        Sampler {
            a: *a,
            spreads: *spreads,
            rng: Rng::new(seed),
            series: SeriesId::ALL
                .iter()
                .map(|_| vec![Vec::new(); years])
                .collect(),
            answers: Answer::ALL.iter().map(|_| Vec::new()).collect(),
            reached: 0,
            paths: 0,
        }
    }

    /// How many paths are drawn.
    pub fn paths(&self) -> usize {
        self.paths
    }

    /// Draws `n` more paths and runs the model on each.
    pub fn run(&mut self, data: &Dataset, n: usize) {
        for _ in 0..n {
            let r = Report::compute(data, &draw(&self.a, &self.spreads, &mut self.rng));
            for (s, by_year) in SeriesId::ALL.iter().zip(&mut self.series) {
                for (year, v) in by_year.iter_mut().zip(s.values(&r)) {
                    year.push(v);
                }
            }
            for (ans, values) in Answer::ALL.iter().zip(&mut self.answers) {
                values.push(ans.of(&r));
            }
            self.reached += usize::from(r.capex.estimate_low_year.is_some());
        }
        self.paths += n;
    }

    /// The bands and ranges of the paths so far (which stay, for more).
    pub fn summary(&self) -> Simulation {
        self.clone().finish()
    }

    /// The bands and ranges of the paths drawn (sorting them in place).
    pub fn finish(self) -> Simulation {
        let paths = self.paths;
        let share = |n: usize| {
            if paths == 0 {
                0.0
            } else {
                n as f64 / paths as f64
            }
        };
        Simulation {
            paths,
            by_series: SeriesId::ALL
                .iter()
                .zip(self.series)
                .map(|(&s, mut by_year)| (s, by_year.iter_mut().map(quantiles).collect()))
                .collect(),
            ranges: Answer::ALL
                .iter()
                .zip(self.answers)
                .map(|(&ans, vs)| {
                    let mut some: Vec<f64> = vs.iter().flatten().copied().collect();
                    let never = share(vs.len() - some.len());
                    let quantiles = quantiles(&mut some);
                    (ans, Range { quantiles, never })
                })
                .collect(),
            estimate_reached: share(self.reached),
        }
    }
}

/// Runs `paths` draws of the assumptions around `a` and summarises them.
pub fn simulate(
    data: &Dataset,
    a: &Assumptions,
    spreads: &[Spread; KEYS],
    seed: u64,
    paths: usize,
) -> Simulation {
    let mut sampler = Sampler::new(a, spreads, seed);
    sampler.run(data, paths);
    sampler.finish()
}
