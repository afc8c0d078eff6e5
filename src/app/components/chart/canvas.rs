//! A chart on a `<canvas>` (drawn by `draw`, redrawn only when its description, the
//! colour scheme or its width changes), with the value under the pointer, a tapped point
//! pinned, and the points walked from the keyboard (`keys`).

use super::draw::{dpr, draw, record_draw};
use super::keys::{step, Move};
use super::tip::ChartTip;
use crate::app::browser;
use crate::app::browser::use_size;
use crate::app::components::slider::drag::INTENT;
use crate::app::components::KEYS_HINT_ID;
use crate::app::render_mode;
use crate::charts::{Chart, ChartId, Plot, Theme};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub id: ChartId,
    pub chart: Rc<Chart>,
    pub dark: bool,
    /// No background of its own (an embed's `bg=transparent`).
    #[prop_or_default]
    pub transparent: bool,
    /// The accessible description (describe::summary of the chart).
    pub label: AttrValue,
    /// The point the Listen control is playing (series, index of its year or bar): shown as
    /// the keyboard's is.
    #[prop_or_default]
    pub playing: Option<(usize, usize)>,
}

/// The canvas pixel under a pointer event.
fn canvas_px(e: &PointerEvent) -> Option<(f64, f64)> {
    let canvas: HtmlCanvasElement = e.target_dyn_into()?;
    let scale = f64::from(canvas.width()) / f64::from(canvas.client_width().max(1));
    Some((
        f64::from(e.offset_x()) * scale,
        f64::from(e.offset_y()) * scale,
    ))
}

/// Where the tooltip is asked for: a point on the x axis in data units (a year, or a
/// category's index), so it stays on its year when the chart is redrawn at another size; and
/// whether a tap or click pinned it.
#[derive(Clone, Copy, PartialEq)]
struct Pointed {
    x: f64,
    pinned: bool,
    /// The series the keyboard picked (↑/↓), by its line in the tooltip.
    series: Option<usize>,
}

impl Pointed {
    /// The data point under a pointer event, if it is inside the plot.
    fn at(e: &PointerEvent, plot: &Plot, pinned: bool) -> Option<Pointed> {
        let (px, py) = canvas_px(e)?;
        Some(Pointed {
            x: plot.data_x(px, py)?,
            pinned,
            series: None,
        })
    }

    /// Its canvas pixel in `plot`, halfway up the plotting area.
    fn px(&self, plot: &Plot) -> (f64, f64) {
        let y = f64::from(plot.px_y.0 + plot.px_y.1) / 2.0;
        (plot.px(self.x, plot.y.0).0, y)
    }
}

#[function_component]
pub fn ChartCanvas(p: &ChartCanvasProps) -> Html {
    // The prerender shows the build's SVG pictures of the chart: the hooks below are the app's.
    if let Some(picture) = render_mode::chart_picture(p.id, &p.label) {
        return picture;
    }
    let canvas = use_node_ref();
    let wrap = use_node_ref();
    let (width, _) = use_size(canvas.clone());
    // Where the last drawing put the data; read by the pointer handlers and the tooltip.
    let plot = use_mut_ref(Plot::default);
    let pointed = use_state(|| None::<Pointed>);
    // A redraw can move the data under a tooltip that stays up (a slider moved while a
    // tooltip is pinned): render once more so it follows.
    let rerender = use_force_update();
    {
        let canvas = canvas.clone();
        let plot = plot.clone();
        let slug = p.id.slug();
        let showing = pointed.is_some();
        let look = Theme {
            dark: p.dark,
            transparent: p.transparent,
            ..Theme::default()
        };
        use_effect_with(
            (p.chart.clone(), look, width),
            move |(chart, look, width)| {
                let Some(c) = canvas.cast::<HtmlCanvasElement>().filter(|_| *width > 0.0) else {
                    return;
                };
                let (chart, look, width) = (chart.clone(), *look, *width);
                let first = !c.has_attribute("data-draws");
                let now = move || match draw(&c, &chart, look, width) {
                    Ok(drawn) => {
                        record_draw(&c, slug, &drawn);
                        let moved = *plot.borrow() != drawn;
                        *plot.borrow_mut() = drawn;
                        if showing && moved {
                            rerender.force_update();
                        }
                    }
                    Err(e) => web_sys::console::error_1(&format!("chart {slug}: {e}").into()),
                };
                // The first drawings come in a task each, not all ten in the one after the app
                // takes over: no long task at start-up (a redraw after a slider stays at once).
                if first {
                    gloo_timers::callback::Timeout::new(0, now).forget();
                } else {
                    now();
                }
            },
        );
    }
    // Where the mouse last was over the chart, and where it was when Escape let go of the
    // point: a pointer resting there brings no hover tooltip back (WebKit sends a move without
    // motion when the layout under a resting mouse changes, as it does when a tooltip goes).
    // Where it rests is unknown (`Some(None)`) if it came there by a scroll: the next move
    // tells.
    let rest = use_mut_ref(|| None::<(f64, f64)>);
    let hush = use_mut_ref(|| None::<Option<(f64, f64)>>);
    let let_go = {
        let (pointed, rest, hush) = (pointed.clone(), rest.clone(), hush.clone());
        move || {
            *hush.borrow_mut() = Some(*rest.borrow());
            pointed.set(None);
        }
    };
    // While pinned, Escape or a tap anywhere outside the chart lets go.
    {
        let (pointed, wrap, let_go) = (pointed.clone(), wrap.clone(), let_go.clone());
        let pinned = pointed.is_some_and(|t| t.pinned);
        use_effect_with(pinned, move |pinned| {
            let doc = crate::app::browser::window().and_then(|w| w.document());
            let listeners = doc.filter(|_| *pinned).map(|doc| {
                let on_key = gloo_events::EventListener::new(&doc, "keydown", move |e| {
                    if e.dyn_ref::<web_sys::KeyboardEvent>()
                        .is_some_and(|k| k.key() == "Escape")
                    {
                        let_go();
                    }
                });
                let on_down = gloo_events::EventListener::new(&doc, "pointerdown", move |e| {
                    let inside = match (wrap.cast::<web_sys::Node>(), e.target()) {
                        (Some(w), Some(t)) => t
                            .dyn_ref::<web_sys::Node>()
                            .is_some_and(|t| w.contains(Some(t))),
                        _ => false,
                    };
                    if !inside {
                        pointed.set(None);
                    }
                });
                (on_key, on_down)
            });
            move || drop(listeners)
        });
    }
    let onpointermove = {
        let (pointed, plot) = (pointed.clone(), plot.clone());
        let (rest, hush) = (rest.clone(), hush.clone());
        Callback::from(move |e: PointerEvent| {
            // A finger shows a tooltip by tapping (below); a mouse or pen by hovering.
            if e.pointer_type() == "touch" || pointed.is_some_and(|t| t.pinned) {
                return;
            }
            let at = (f64::from(e.client_x()), f64::from(e.client_y()));
            *rest.borrow_mut() = Some(at);
            let resting = *hush.borrow();
            match resting {
                Some(None) => return *hush.borrow_mut() = Some(Some(at)),
                Some(Some(h)) if h == at => return,
                _ => *hush.borrow_mut() = None,
            }
            let next = Pointed::at(&e, &plot.borrow(), false);
            if *pointed != next {
                pointed.set(next);
            }
        })
    };
    // A tap pins; a finger that moves (a scroll) does not: a touch pins when it lifts close to
    // where it landed, a mouse or pen when it presses.
    let landed = use_mut_ref(|| None::<(f64, f64)>);
    let pin = {
        let (pointed, chart, plot) = (pointed.clone(), p.chart.clone(), plot.clone());
        Callback::from(move |e: PointerEvent| {
            let plot = plot.borrow();
            let Some(at) = Pointed::at(&e, &plot, true) else {
                pointed.set(None);
                return;
            };
            let tip = |t: Pointed| {
                let (px, py) = t.px(&plot);
                chart.tooltip(&plot, px, py)
            };
            // Tapping the year that is pinned lets go of it; any other point pins that one.
            let same = pointed.filter(|t| t.pinned).and_then(tip);
            let next = match (tip(at), same) {
                (Some(a), Some(b)) if a.heading == b.heading => None,
                (Some(_), _) => Some(at),
                (None, _) => None,
            };
            pointed.set(next);
        })
    };
    let client = |e: &PointerEvent| (f64::from(e.client_x()), f64::from(e.client_y()));
    let onpointerdown = {
        let (pin, landed) = (pin.clone(), landed.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                *landed.borrow_mut() = Some(client(&e));
            } else {
                pin.emit(e);
            }
        })
    };
    let onpointerup = {
        let landed = landed.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(start) = landed.borrow_mut().take() else {
                return;
            };
            let now = client(&e);
            if crate::charts::layout::distance(now.0 - start.0, now.1 - start.1) < INTENT {
                pin.emit(e);
            }
        })
    };
    let onpointercancel = Callback::from(move |_: PointerEvent| *landed.borrow_mut() = None);
    let onpointerleave = {
        let pointed = pointed.clone();
        Callback::from(move |_: PointerEvent| {
            *rest.borrow_mut() = None;
            if pointed.is_some_and(|t| !t.pinned) {
                pointed.set(None);
            }
        })
    };
    // The keyboard moves the same point (`keys`), and each step is said politely.
    let onkeydown = {
        let (pointed, chart, plot) = (pointed.clone(), p.chart.clone(), plot.clone());
        let let_go = let_go.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Alt+← (back), Ctrl+Home …: the browser's, not the chart's.
            if e.alt_key() || e.ctrl_key() || e.meta_key() {
                return;
            }
            let xs = chart.xs();
            // The year (or bar) nearest the point shown: a pointer's lies between them.
            let near = |x: f64| {
                move |a: &(usize, &f64), b: &(usize, &f64)| {
                    (a.1 - x).abs().total_cmp(&(b.1 - x).abs())
                }
            };
            let at = pointed.and_then(|t| xs.iter().enumerate().min_by(near(t.x)).map(|(i, _)| i));
            let series = pointed.and_then(|t| t.series);
            let (i, series) = match step(&e.key(), xs.len(), chart.series().len(), at, series) {
                Move::To(i, series) => (i, series),
                Move::Leave => return let_go(),
                Move::Ignored => return,
            };
            e.prevent_default();
            let next = Pointed {
                x: xs[i],
                pinned: true,
                series,
            };
            let plot = plot.borrow();
            let (px, py) = next.px(&plot);
            if let Some(tip) = chart.tooltip(&plot, px, py) {
                let line = series.and_then(|s| tip.lines.get(s)).cloned();
                let said = line.unwrap_or_else(|| tip.lines.join("; "));
                browser::announce(&format!("{}: {said}", tip.heading));
            }
            pointed.set(Some(next));
        })
    };
    // Focus leaving the chart takes its point along (a tap elsewhere does the same).
    let onblur = {
        let pointed = pointed.clone();
        Callback::from(move |_: FocusEvent| pointed.set(None))
    };
    let plot_now = plot.borrow().clone();
    let playing = p.playing.and_then(|(series, i)| {
        let x = *p.chart.xs().get(i)?;
        Some(Pointed {
            x,
            pinned: true,
            series: Some(series),
        })
    });
    let tip = playing.or(*pointed).and_then(|t| {
        let (px, py) = t.px(&plot_now);
        Some((p.chart.tooltip(&plot_now, px, py)?, t.pinned, t.series))
    });
    let scale = dpr();
    html! {
        <div class="chart-wrap" ref={wrap}>
            <canvas ref={canvas} id={p.id.slug()} class="chart-canvas" role="application" tabindex="0"
                aria-roledescription="chart" aria-label={p.label.clone()} aria-describedby={KEYS_HINT_ID}
                {onpointermove} {onpointerdown} {onpointerup} {onpointercancel} {onpointerleave} {onkeydown}
                {onblur} />
            if let Some((tip, pinned, focus)) = tip {
                <ChartTip {tip} plot={plot_now} {scale} {width} {pinned} {focus} />
            }
        </div>
    }
}
