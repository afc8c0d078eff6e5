//! `use_size`: an element's CSS content size, kept current by a ResizeObserver.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

/// (width, height) of `node` in whole CSS pixels (floored); (0, 0) until the first observation.
/// Re-renders the caller only when that changes. It is a trigger: callers that need the exact
/// fractional size (the canvas backing store, the embed's height) read it when they use it.
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
                        let next = (r.width().floor(), r.height().floor());
                        if next != *size {
                            size.set(next);
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
