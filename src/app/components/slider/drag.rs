//! Pointer handling for a slider's track: the native range input takes no pointer events
//! (CSS), so that only a deliberate horizontal drag moves it.
//!
//! On a touch screen a native range input moves with any swipe that starts on its track, so
//! a reader scrolling the page changed assumptions (AWS 19 → −1 in one swipe). Here a finger
//! must first move sideways (at least [`INTENT`] CSS pixels, and more sideways than down);
//! a vertical swipe is left to the browser (`touch-action: pan-y`) and changes nothing, and
//! a tap changes nothing. A mouse or pen behaves as on a native slider: press anywhere on the
//! track to jump there, then drag. The keyboard still works on the input itself.

use crate::model::Spec;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, PointerEvent};
use yew::prelude::*;

/// How far (CSS px) a finger moves sideways before a drag counts as a slider drag.
pub const INTENT: f64 = 8.0;

/// The native thumb's width in CSS px: the track's ends are half of it inside the input.
const THUMB: f64 = 16.0;

/// One pointer's gesture on the track.
#[derive(Clone, Copy)]
pub struct Gesture {
    pointer: i32,
    start: (f64, f64),
    start_value: f64,
    /// Whether it is moving the slider (a mouse at once; a finger once it moved sideways).
    dragging: bool,
}

/// The value under client x `x` on `input`'s track, for a spec's range (not yet snapped).
fn value_at(input: &HtmlInputElement, spec: &Spec, x: f64) -> f64 {
    let r = input.get_bounding_client_rect();
    let span = (r.width() - THUMB).max(1.0);
    spec.min + (x - r.left() - THUMB / 2.0) / span * (spec.max - spec.min)
}

/// The handlers for a slider's track: they call `set` with each new (unsnapped) value.
pub struct TrackHandlers {
    pub down: Callback<PointerEvent>,
    pub moved: Callback<PointerEvent>,
    pub up: Callback<PointerEvent>,
}

pub fn track_handlers(
    input: NodeRef,
    track: NodeRef,
    spec: &'static Spec,
    value: f64,
    set: Callback<f64>,
    gesture: Rc<RefCell<Option<Gesture>>>,
) -> TrackHandlers {
    let down = {
        let (input, track, set, gesture) =
            (input.clone(), track.clone(), set.clone(), gesture.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(el) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let mouse = e.pointer_type() != "touch";
            let at = (f64::from(e.client_x()), f64::from(e.client_y()));
            *gesture.borrow_mut() = Some(Gesture {
                pointer: e.pointer_id(),
                start: at,
                start_value: value,
                dragging: mouse,
            });
            if mouse {
                e.prevent_default();
                let _ = el.focus();
                capture(&track, &e);
                set.emit(value_at(&el, spec, at.0));
            }
        })
    };
    let moved = {
        let (set, gesture) = (set.clone(), gesture.clone());
        let track = track.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(mut g) = *gesture.borrow() else {
                return;
            };
            if g.pointer != e.pointer_id() {
                return;
            }
            let Some(el) = input.cast::<HtmlInputElement>() else {
                return;
            };
            let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
            let (dx, dy) = (x - g.start.0, y - g.start.1);
            if !g.dragging {
                if dx.abs() >= INTENT && dx.abs() > 1.5 * dy.abs() {
                    g.dragging = true;
                    capture(&track, &e);
                } else if dy.abs() >= INTENT {
                    // A scroll: the browser has it, and this gesture is over.
                    *gesture.borrow_mut() = None;
                    return;
                }
            }
            *gesture.borrow_mut() = Some(g);
            if !g.dragging {
                return;
            }
            if e.pointer_type() == "touch" {
                // Relative to where the finger went down: the thumb does not jump under it.
                let r = el.get_bounding_client_rect();
                let per_px = (spec.max - spec.min) / (r.width() - THUMB).max(1.0);
                set.emit(g.start_value + dx * per_px);
            } else {
                set.emit(value_at(&el, spec, x));
            }
        })
    };
    let up = Callback::from(move |_: PointerEvent| *gesture.borrow_mut() = None);
    TrackHandlers { down, moved, up }
}

/// Keeps the pointer's events coming to the track while it drags, even off it. (Not the
/// event's `currentTarget`: Yew delegates events, so that is the app's root element.)
fn capture(track: &NodeRef, e: &PointerEvent) {
    if let Some(el) = track.cast::<web_sys::Element>() {
        let _ = el.set_pointer_capture(e.pointer_id());
    }
}

/// A slider's gesture state, kept across renders.
#[hook]
pub fn use_gesture() -> Rc<RefCell<Option<Gesture>>> {
    use_mut_ref(|| None)
}
