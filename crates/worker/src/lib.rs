//! The page's worker: it answers each request for the uncertainty (a [`Request`]: which run,
//! at which assumptions, on which base figures) with the run's bands and ranges, and each goal
//! seek (a [`Seek`]) with what every lever would need to be, so that neither holds up a
//! slider. Requests and answers are `Float64Array`s (see `ai_infra_model::uncertainty::wire`);
//! the page drops an answer to a request it has replaced since.

use ai_infra_dataset::Dataset;
use ai_infra_model::reported::Base;
use ai_infra_model::uncertainty::wire::{encode_answer, encode_sought, kind, Request, Seek, RUN};

/// The answer to one request, as numbers: `None` for a malformed request or a run switched off.
pub fn answer(article: &Dataset, reported: &Dataset, message: &[f64]) -> Option<Vec<f64>> {
    let on = |base: Base| match base {
        Base::Article => article,
        Base::Reported => reported,
    };
    if kind(message)?.0 == RUN {
        let req = Request::decode(message).ok()?;
        let sim = req
            .settings
            .simulate(on(req.base), &req.assumptions, req.paths)?;
        Some(encode_answer(req.id, &sim))
    } else {
        let seek = Seek::decode(message).ok()?;
        Some(encode_sought(seek.id, &seek.answer(on(seek.base))))
    }
}

/// Answers every request the page posts, for as long as the worker lives.
#[cfg(target_arch = "wasm32")]
pub fn listen() {
    use ai_infra_data::Load;
    use ai_infra_model::reported::reported_base;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let article = Dataset::embedded();
    let reported = reported_base(&article);
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let message = js_sys::Float64Array::new(&e.data()).to_vec();
        if let Some(out) = answer(&article, &reported, &message) {
            let out = js_sys::Float64Array::from(&out[..]);
            // The buffer moves to the page instead of being copied.
            let _ = reply.post_message_with_transfer(&out, &js_sys::Array::of1(&out.buffer()));
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
    use ai_infra_model::reported::reported_base;
    use ai_infra_model::uncertainty::wire::decode_answer;
    use ai_infra_model::uncertainty::Settings;

    /// The worker's bands are the page's: the same numbers as the run made natively.
    #[test]
    fn the_workers_answer_is_the_native_run() {
        let article = Dataset::embedded();
        let reported = reported_base(&article);
        for (base, data) in [(Base::Article, &article), (Base::Reported, &reported)] {
            let a = Assumptions::article(data);
            let settings = Settings::default();
            let req = Request {
                id: 3,
                base,
                assumptions: a,
                settings,
                paths: 200,
            };
            let (id, sim) =
                decode_answer(&answer(&article, &reported, &req.encode()).unwrap()).unwrap();
            assert_eq!(id, 3);
            let native = settings.simulate(data, &a, 200).unwrap();
            assert_eq!(
                encode_answer(0, &sim),
                encode_answer(0, &native),
                "{base:?}"
            );
        }
        assert_eq!(
            answer(&article, &reported, &[1.0]),
            None,
            "a malformed request"
        );
    }

    /// The worker's goal seek is the model's, on either base.
    #[test]
    fn the_workers_goal_seek_is_the_native_one() {
        use ai_infra_model::sensitivity::{needed, tornado, Goal};
        use ai_infra_model::uncertainty::wire::{decode_sought, Seek};
        use ai_infra_model::uncertainty::{spreads, Answer};
        let article = Dataset::embedded();
        let reported = reported_base(&article);
        for (base, data) in [(Base::Article, &article), (Base::Reported, &reported)] {
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
                let (id, got) =
                    decode_sought(&answer(&article, &reported, &seek.encode()).unwrap()).unwrap();
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
