//! `use_size`: an element's CSS content size, kept current by a ResizeObserver.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// (width, height) of `node`'s content box in CSS pixels, exact (fractional) as laid out;
/// (0, 0) until the first observation. Re-renders the caller only when it changes. Callers use
/// it instead of reading the layout themselves, which would force a synchronous layout on
/// every redraw.
#[hook]
pub fn use_size(node: NodeRef) -> (f64, f64) {
    let size = use_state(|| (0.0_f64, 0.0_f64));
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Some(e) = entries.get(0).dyn_ref::<ResizeObserverEntry>() {
                        let r = e.content_rect();
                        let next = (r.width(), r.height());
                        // Applied in a task after the observers' turn, not inside it: the render
                        // it causes resizes observed elements (a chart's canvas takes its drawn
                        // height), and a size that changes while observers are being notified
                        // ends the browser's loop with "ResizeObserver loop completed with
                        // undelivered notifications" (an error event; WebKit logs it).
                        let size = size.clone();
                        let apply = Closure::once_into_js(move || {
                            if next != *size {
                                size.set(next);
                            }
                        });
                        if let Some(w) = web_sys::window() {
                            let f = apply.unchecked_ref();
                            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f, 0);
                        }
                    }
                });
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(el)) = (&observer, node.cast::<web_sys::Element>()) {
                o.observe(&el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    *size
}
