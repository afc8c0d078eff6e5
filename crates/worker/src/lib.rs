//! The page's worker: it answers each request for the uncertainty (a [`Request`]: which run,
//! at which assumptions, on which base figures) with the run's bands and ranges, and each goal
//! seek (a [`Seek`]) with what every lever would need to be, so that neither holds up a
//! slider. Requests and answers are `Float64Array`s (see `ai_infra_model::uncertainty::wire`);
//! the page drops an answer to a request it has replaced since.
//!
//! A run of more than [`SETTLED_PATHS`] is answered twice: with its first paths at once, so
//! the bands come soon after a change settles, and with all of them after [`Answers::step`]s of
//! [`REFINE_STEP`] paths, between which the worker reads its messages. A newer run replaces
//! the one being refined, so it waits for one step at most.

use ai_infra_dataset::Dataset;
use ai_infra_model::reported::{reported_base, Base};
use ai_infra_model::uncertainty::wire::{encode_answer, encode_sought, kind, Request, Seek, RUN};
use ai_infra_model::uncertainty::{Sampler, REFINE_STEP, SETTLED_PATHS};

/// What answers the page's messages: the worker's figures and the run it is refining.
pub struct Answers {
    article: Dataset,
    reported: Dataset,
    /// The newest run while it has paths to go: its request and the paths drawn so far.
    refining: Option<(Request, Sampler)>,
}

impl Answers {
    /// Answers on the article's figures (and the reported ones made from them).
    pub fn new(article: Dataset) -> Answers {
        let reported = reported_base(&article);
        Answers {
            article,
            reported,
            refining: None,
        }
    }

    fn on(&self, base: Base) -> &Dataset {
        match base {
            Base::Article => &self.article,
            Base::Reported => &self.reported,
        }
    }

    /// The answer to one message: `None` for a malformed one or a run switched off. A run
    /// replaces the one being refined, and is refined itself if it asks for more paths than
    /// its first answer has.
    pub fn message(&mut self, message: &[f64]) -> Option<Vec<f64>> {
        if kind(message)?.0 != RUN {
            let seek = Seek::decode(message).ok()?;
            return Some(encode_sought(seek.id, &seek.answer(self.on(seek.base))));
        }
        self.refining = None;
        let req = Request::decode(message).ok()?;
        let data = self.on(req.base);
        let mut sampler = req.settings.sampler(data, &req.assumptions)?;
        sampler.run(data, req.paths.min(SETTLED_PATHS));
        if sampler.paths() == req.paths {
            return Some(encode_answer(req.id, &sampler.finish()));
        }
        let out = encode_answer(req.id, &sampler.summary());
        self.refining = Some((req, sampler));
        Some(out)
    }

    /// Whether a run has paths to go ([`Answers::step`] draws them).
    pub fn refining(&self) -> bool {
        self.refining.is_some()
    }

    /// Draws the next step of the run being refined; its answer with every path once it has
    /// them all.
    pub fn step(&mut self) -> Option<Vec<f64>> {
        let (req, mut sampler) = self.refining.take()?;
        let data = self.on(req.base);
        sampler.run(data, REFINE_STEP.min(req.paths - sampler.paths()));
        if sampler.paths() < req.paths {
            self.refining = Some((req, sampler));
            return None;
        }
        Some(encode_answer(req.id, &sampler.finish()))
    }
}

/// Answers every request the page posts, for as long as the worker lives; a run being refined
/// goes on in tasks of one step each, so a message that comes meanwhile is read between them.
#[cfg(target_arch = "wasm32")]
pub fn listen() {
    use ai_infra_data::Load;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let worker = Rc::new(RefCell::new(Answers::new(Dataset::embedded())));
    let reply = {
        let scope = scope.clone();
        move |out: Vec<f64>| {
            let out = js_sys::Float64Array::from(&out[..]);
            // The buffer moves to the page instead of being copied.
            let _ = scope.post_message_with_transfer(&out, &js_sys::Array::of1(&out.buffer()));
        }
    };
    // One step per task while a run has paths to go, never two tasks asked for at once.
    let step: Rc<RefCell<Option<Closure<dyn FnMut()>>>> = Rc::default();
    let asked = Rc::new(std::cell::Cell::new(false));
    let next = {
        let (scope, step, asked) = (scope.clone(), step.clone(), asked.clone());
        move || {
            if let Some(f) = step.borrow().as_ref().filter(|_| !asked.replace(true)) {
                let f = f.as_ref().unchecked_ref();
                let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(f, 0);
            }
        }
    };
    *step.borrow_mut() = Some(Closure::new({
        let (worker, reply, next) = (worker.clone(), reply.clone(), next.clone());
        move || {
            asked.set(false);
            let mut w = worker.borrow_mut();
            if let Some(out) = w.step() {
                reply(out);
            }
            if w.refining() {
                next();
            }
        }
    }));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let message = js_sys::Float64Array::new(&e.data()).to_vec();
        let mut w = worker.borrow_mut();
        if let Some(out) = w.message(&message) {
            reply(out);
        }
        if w.refining() {
            next();
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Listening: an empty message says so (a request posted before this would have been lost,
    // so the page asks only from now on).
    let _ = scope.post_message(&js_sys::Float64Array::new_with_length(0));
}

#[cfg(test)]
mod tests {
    use super::*;
    use ai_infra_data::Load;
    use ai_infra_model::assumptions::Assumptions;
    use ai_infra_model::uncertainty::wire::decode_answer;
    use ai_infra_model::uncertainty::{Settings, REFINED_PATHS};

    fn request(id: u32, base: Base, data: &Dataset, paths: usize) -> Request {
        Request {
            id,
            base,
            assumptions: Assumptions::article(data),
            settings: Settings::default(),
            paths,
        }
    }

    /// The worker's bands are the page's: the same numbers as the run made natively.
    #[test]
    fn the_workers_answer_is_the_native_run() {
        let mut w = Answers::new(Dataset::embedded());
        for base in [Base::Article, Base::Reported] {
            let data = w.on(base).clone();
            let req = request(3, base, &data, 200);
            let (id, sim) = decode_answer(&w.message(&req.encode()).unwrap()).unwrap();
            assert_eq!(id, 3);
            assert!(!w.refining(), "200 paths are answered at once");
            let native = req.settings.simulate(&data, &req.assumptions, 200).unwrap();
            assert_eq!(
                encode_answer(0, &sim),
                encode_answer(0, &native),
                "{base:?}"
            );
        }
        assert_eq!(w.message(&[1.0]), None, "a malformed request");
    }

    /// A run of more paths than the first answer's is answered twice: its first paths at
    /// once, then, after steps, all of them, each the same as the native run of that many.
    #[test]
    fn a_refined_run_answers_first_then_with_every_path() {
        let mut w = Answers::new(Dataset::embedded());
        let data = w.on(Base::Reported).clone();
        let req = request(7, Base::Reported, &data, REFINED_PATHS);
        let native = |paths| {
            let sim = req
                .settings
                .simulate(&data, &req.assumptions, paths)
                .unwrap();
            encode_answer(7, &sim)
        };
        assert_eq!(w.message(&req.encode()), Some(native(SETTLED_PATHS)));
        let mut steps = 0;
        let last = loop {
            assert!(w.refining());
            steps += 1;
            if let Some(out) = w.step() {
                break out;
            }
        };
        assert_eq!(steps, (REFINED_PATHS - SETTLED_PATHS).div_ceil(REFINE_STEP));
        assert_eq!(last, native(REFINED_PATHS));
        assert!(!w.refining() && w.step().is_none());
    }

    /// A newer run replaces the one being refined: no answer of the old one comes after it.
    #[test]
    fn a_newer_run_stops_the_refinement() {
        let mut w = Answers::new(Dataset::embedded());
        let data = w.on(Base::Article).clone();
        w.message(&request(1, Base::Article, &data, REFINED_PATHS).encode());
        assert_eq!(w.step(), None);
        let (id, _) = decode_answer(
            &w.message(&request(2, Base::Article, &data, REFINED_PATHS).encode())
                .unwrap(),
        )
        .unwrap();
        assert_eq!(id, 2);
        let last = std::iter::from_fn(|| w.refining().then(|| w.step()))
            .flatten()
            .collect::<Vec<_>>();
        assert_eq!(last.len(), 1);
        assert_eq!(decode_answer(&last[0]).unwrap().0, 2);
        // A quick run stops it too, and is not refined itself.
        w.message(&request(3, Base::Article, &data, REFINED_PATHS).encode());
        w.message(&request(4, Base::Article, &data, 64).encode());
        assert!(!w.refining());
    }

    /// The worker's goal seek is the model's, on either base.
    #[test]
    fn the_workers_goal_seek_is_the_native_one() {
        use ai_infra_model::sensitivity::{needed, tornado, Goal};
        use ai_infra_model::uncertainty::wire::{decode_sought, Seek};
        use ai_infra_model::uncertainty::{spreads, Answer};
        let mut w = Answers::new(Dataset::embedded());
        for base in [Base::Article, Base::Reported] {
            let data = &w.on(base).clone();
            let a = Assumptions::article(data);
            for &ans in Answer::ALL {
                let width = Settings::default().width;
                let seek = Seek {
                    id: 5,
                    base,
                    assumptions: a,
                    goal: Goal::preset(ans, data),
                    width,
                };
                let (id, got) = decode_sought(&w.message(&seek.encode()).unwrap()).unwrap();
                assert_eq!(id, 5);
                assert_eq!(got.needed, needed(data, &a, seek.goal), "{base:?} {ans:?}");
                // The tornado's bars: the model's, for every lever that moves the answer.
                let all = tornado(data, &a, &spreads(data, &a, &width), ans);
                let moving: Vec<_> = all.into_iter().filter(|b| b.swing() > 0.0).collect();
                assert_eq!(got.bars, moving, "{base:?} {ans:?}");
                assert!(!got.bars.is_empty(), "{ans:?}");
            }
        }
    }
}
