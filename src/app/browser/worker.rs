//! The page's worker (`crates/worker`) from the page's side: started once the page answers its
//! reader, asked for runs and goal seeks as `Float64Array`s, its answers handed back decoded.

use super::window;
use crate::model::uncertainty::wire::{decode_answer, decode_sought, Request, Seek, Sought};
use crate::model::uncertainty::Simulation;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The worker's script beside index.html: wasm-bindgen's glue of the worker's wasm, which the
/// build ends with [`START`].
pub const SCRIPT: &str = "ai-infra-worker.js";

/// The last line of the worker's script: it loads the worker's wasm, which starts listening.
pub const START: &str = "\nwasm_bindgen({ module_or_path: './ai-infra-worker_bg.wasm' });\n";

/// The global a page may set to the worker's address instead (the one-file build, whose
/// worker is a `blob:` made from the wasm inside it).
pub const URL_GLOBAL: &str = "aiInfraWorkerUrl";

/// An answer of the worker, with its request's id.
pub enum Answered {
    Run(u32, Simulation),
    Seek(u32, Sought),
}

/// Messages posted before the worker listens, sent once it does (`None` from then on).
type Waiting = Rc<RefCell<Option<Vec<js_sys::Float64Array>>>>;

/// A running worker and its listeners (dropped with it).
pub struct Worker {
    worker: web_sys::Worker,
    waiting: Waiting,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Worker {
    /// Starts the worker; `None` if the browser refuses (no `Worker`, or a policy that forbids
    /// it). `ready` is called once the worker listens (its wasm loaded: it says so with an
    /// empty message; what was posted before is sent then), `answer` with each decoded answer
    /// and its request's id, and `failed` if the worker cannot load or run.
    pub fn start(
        ready: impl Fn() + 'static,
        answer: impl Fn(Answered) + 'static,
        failed: impl Fn() + 'static,
    ) -> Option<Worker> {
        let w = window()?;
        let url = js_sys::Reflect::get(&w, &URL_GLOBAL.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| format!("./{SCRIPT}"));
        let worker = web_sys::Worker::new(&url).ok()?;
        let waiting: Waiting = Rc::new(RefCell::new(Some(Vec::new())));
        let (posted, to) = (waiting.clone(), worker.clone());
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let numbers = js_sys::Float64Array::new(&e.data()).to_vec();
                if numbers.is_empty() {
                    for message in posted.borrow_mut().take().unwrap_or_default() {
                        let _ = to.post_message(&message);
                    }
                    ready();
                } else if let Ok((id, sim)) = decode_answer(&numbers) {
                    answer(Answered::Run(id, sim));
                } else if let Ok((id, sought)) = decode_sought(&numbers) {
                    answer(Answered::Seek(id, sought));
                }
            });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            // Handled here: the page says the ranges are unavailable instead.
            e.prevent_default();
            failed();
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Worker {
            worker,
            waiting,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    pub fn ask(&self, request: &Request) {
        self.post(&request.encode());
    }

    pub fn seek(&self, seek: &Seek) {
        self.post(&seek.encode());
    }

    fn post(&self, numbers: &[f64]) {
        let message = js_sys::Float64Array::from(numbers);
        match self.waiting.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(message),
            None => {
                let _ = self.worker.post_message(&message);
            }
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}
