//! A chart with its source line and what a reader can do with it: see it as a table, download
//! it as a 2× PNG or as CSV, and copy a snippet to embed it (`embed_dialog`).

use super::canvas::ChartCanvas;
use super::draw::draw_at;
use super::embed_dialog::EmbedDialog;
use super::sound::{play, Player};
use crate::app::browser;
use crate::app::render_mode::PRERENDER;
use crate::app::state::State;
use crate::charts::outline::{outline, Node};
use crate::charts::sound::Note;
use crate::charts::{describe, Chart, ChartId, Theme};
use crate::model::format::slider_value;
use crate::model::Key;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub id: ChartId,
    pub state: Rc<State>,
    /// Chart and source line only (the embed view).
    #[prop_or_default]
    pub bare: bool,
}

/// Every assumption as (label, value with unit and origin), for a CSV's header.
pub fn assumption_list(state: &State) -> Vec<(String, String)> {
    Key::ALL
        .iter()
        .map(|k| {
            let spec = k.spec();
            let value = slider_value(spec, state.assumptions.get(*k));
            (
                spec.label.to_string(),
                format!("{value} ({})", spec.origin.label()),
            )
        })
        .collect()
}

/// Draws the chart at twice the size it has on the page and downloads it as PNG.
fn download_png(id: ChartId, chart: &Chart, dark: bool) {
    let shown = crate::app::browser::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id.slug()))
        .map_or(800.0, |e| f64::from(e.client_width()).max(280.0));
    let Some(canvas) = browser::new_canvas(1, 1) else {
        return;
    };
    let look = Theme {
        dark,
        ..Theme::default()
    };
    match draw_at(&canvas, chart, look, shown, 2.0)
        .and_then(|_| canvas.to_data_url().map_err(|e| format!("{e:?}")))
    {
        Ok(url) => browser::download(&url, &format!("{}.png", id.slug())),
        Err(e) => web_sys::console::error_1(&format!("PNG of {}: {e}", id.slug()).into()),
    }
}

#[function_component]
pub fn Figure(p: &FigureProps) -> Html {
    let s = &p.state;
    // The tornado follows "What must be true?": its answer, from the worker's latest bars.
    let chart = match (p.id, s.found.as_deref()) {
        (ChartId::Levers, Some(f)) => {
            crate::charts::levers::chart(f.goal.answer, f.central, &f.bars)
        }
        _ => p.id.build_with(&s.data, &s.report, s.sim.as_deref()),
    };
    let chart = Rc::new(match &s.pinned {
        Some(pinned) => p.id.with_pinned(chart, &s.data, pinned),
        None => chart,
    });
    // Listen: the player (dropped, it stops) and the note it plays (`Some(None)`: playing, no
    // point shown: the reader prefers reduced motion, or the first note has not begun).
    let player = use_mut_ref(|| None::<(Rc<Chart>, Player)>);
    let playing = use_state(|| None::<Option<(usize, usize)>>);
    // A chart that changes stops what plays (its notes were the old chart's); one that goes
    // drops its player, which stops it.
    let stale = player.borrow().as_ref().is_some_and(|(c, _)| **c != *chart);
    if stale {
        player.borrow_mut().take();
        playing.set(None);
    }
    if p.bare {
        return html! {
            <figure class="figure" id={format!("fig-{}", p.id.slug())}>
                <ChartBody id={p.id} chart={chart} dark={p.state.dark} base={p.state.view.base}
                    as_of={p.state.data.meta.article.as_of}
                    transparent={p.state.view.transparent} />
            </figure>
        };
    }
    let id = p.id;
    let on_csv = |commented: bool| {
        let (chart, state) = (chart.clone(), p.state.clone());
        Callback::from(move |_: MouseEvent| {
            let list = assumption_list(&state);
            let name = format!("{}{}.csv", id.slug(), if commented { "" } else { "-plain" });
            browser::download_text(
                &describe::csv(
                    &chart,
                    &id.source_line(state.data.meta.article.as_of, &chart, state.view.base),
                    &list,
                    commented,
                ),
                "text/csv",
                &name,
            )
        })
    };
    let listen = {
        let (player, playing, chart) = (player.clone(), playing.clone(), chart.clone());
        Callback::from(move |_: MouseEvent| {
            if player.borrow_mut().take().is_some() {
                return playing.set(None);
            }
            let on_note = {
                // Weak: the player's timers hold this callback, which must not keep the player.
                let (player, playing) = (Rc::downgrade(&player), playing.clone());
                Callback::from(move |n: Option<Note>| match n {
                    Some(n) => playing.set(Some(Some((n.series, n.point)))),
                    None => {
                        playing.set(None);
                        // Not from inside the player's own timer: let it go after this task.
                        let player = player.clone();
                        Timeout::new(0, move || {
                            if let Some(p) = player.upgrade() {
                                drop(p.borrow_mut().take());
                            }
                        })
                        .forget();
                    }
                })
            };
            let still = browser::prefers("(prefers-reduced-motion: reduce)");
            // Without Web Audio the button stays up: nothing plays, so nothing is said to.
            let started = play(&chart.notes(None), !still, on_note);
            if started.is_some() {
                playing.set(Some(None));
            }
            *player.borrow_mut() = started.map(|p| (chart.clone(), p));
        })
    };
    // Escape closes "More" and gives focus back to its summary, as a menu's would.
    let close_on_escape = Callback::from(|e: KeyboardEvent| {
        // Yew delegates events to its root: the element is found from the key's target.
        let more = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("details.more").ok().flatten())
            .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
        if let (true, Some(more)) = (e.key() == "Escape", more) {
            more.set_open(false);
            if let Some(summary) = more
                .first_element_child()
                .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = summary.focus();
            }
        }
    });
    html! {
        <figure class="figure" id={format!("fig-{}", p.id.slug())}>
            <ChartBody id={p.id} chart={chart.clone()} dark={p.state.dark} playing={playing.flatten()}
                base={p.state.view.base} as_of={p.state.data.meta.article.as_of} />
            // One row on every width: Listen and the table in view, the rest behind "More" (a
            // disclosure: keyboard, touch and screen readers open it as any other).
            <div class="figure-actions">
                <button type="button" class="button listen" aria-pressed={playing.is_some().to_string()}
                    onclick={listen} aria-label={format!("Listen to “{}”", chart.title())}>{ "Listen" }</button>
                <ChartViews chart={chart.clone()} />
                <details class="more" onkeydown={close_on_escape}>
                <summary aria-label={format!("More actions for “{}”: PNG, CSV, outline, embed", chart.title())}>
                    { "⋯ More" }</summary>
                <div class="more-items">
                <button type="button" class="button png" onclick={{
                        let (chart, dark) = (chart.clone(), p.state.dark);
                        Callback::from(move |_: MouseEvent| download_png(id, &chart, dark))
                    }}
                    aria-label={format!("Download “{}” as PNG", chart.title())}>{ "PNG" }</button>
                <button type="button" class="button csv" onclick={on_csv(true)}
                    aria-label={format!("Download the numbers of “{}” as CSV, with its assumptions", chart.title())}>
                    { "CSV" }</button>
                <button type="button" class="button csv-plain" onclick={on_csv(false)}
                    aria-label={format!("Download the numbers of “{}” as a plain CSV table", chart.title())}>
                    { "CSV (table only)" }</button>
                <ChartOutline chart={chart.clone()} />
                <EmbedDialog id={p.id} state={p.state.clone()} title={chart.title().to_string()} />
                </div>
                </details>
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct ChartBodyProps {
    id: ChartId,
    chart: Rc<Chart>,
    dark: bool,
    #[prop_or_default]
    transparent: bool,
    #[prop_or_default]
    playing: Option<(usize, usize)>,
    /// What its source line names ([`ChartId::source_line`]): the base figures and the
    /// article's date.
    base: crate::model::reported::Base,
    as_of: crate::dataset::Date,
}

/// The canvas, source line and printed numbers: re-rendered only when this chart changes,
/// so a slider costs nothing for the charts it does not move.
#[function_component]
fn ChartBody(p: &ChartBodyProps) -> Html {
    let summary: AttrValue = describe::summary(&p.chart).into();
    html! {
        <>
            <ChartCanvas id={p.id} chart={p.chart.clone()} dark={p.dark} transparent={p.transparent}
                label={summary.clone()} playing={p.playing} />
            <figcaption class="source">{ "Source: " }{ p.id.source_line(p.as_of, &p.chart, p.base) }</figcaption>
            // For print (the canvas prints as pixels). The prerendered page's SVG picture prints
            // as it is, with the same words as its alt text: not sent twice.
            if !PRERENDER { <p class="print-numbers">{ summary }</p> }
        </>
    }
}

/// One item of the outline and the list under it.
fn outline_item(n: &Node) -> Html {
    html! { <li data-reported={n.reported.then_some("true")}>{ &n.text }
        if !n.children.is_empty() { <ul>{ for n.children.iter().map(outline_item) }</ul> }
    </li> }
}

#[derive(Properties, PartialEq)]
struct ChartViewsProps {
    chart: Rc<Chart>,
}

/// The chart's numbers as text, in two views of the one description: "Table", a real HTML table
/// captioned with its headline and subtitle; and "Outline", nested lists a screen reader walks
/// (chart → axes and series → points, as in MIT's Olli), each point saying where it comes from.
#[function_component]
fn ChartViews(p: &ChartViewsProps) -> Html {
    let central;
    let table = describe::table(if PRERENDER {
        central = p.chart.central();
        &central
    } else {
        &p.chart
    });
    // The reported histories' columns (the last ones) and rows, marked for the stylesheet and
    // for whoever reads the table as the chart's series alone.
    let first_reported = table.header.len() - table.reported_columns;
    let reported = |i: usize| i >= first_reported;
    html! { <>
        <details class="as-table">
            <summary>{ "Table" }</summary>
            // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too (the
            // table's caption names what a screen reader lands on).
            <div class="table-scroll" tabindex="0">
            <table>
                <caption>{ p.chart.title() }<span class="subtitle">{ p.chart.subtitle() }</span></caption>
                <thead><tr>{ for table.header.iter().enumerate().map(|(i, h)| html! {
                    <th scope="col" data-reported={reported(i).then_some("true")}>{ h }</th> }) }</tr></thead>
                <tbody>{ for table.rows.iter().zip(&table.reported_rows).map(|(r, between)| html! {
                    <tr data-reported={between.then_some("true")}><th scope="row">{ &r[0] }</th>
                    { for r[1..].iter().enumerate().map(|(i, c)| html! {
                        <td data-reported={reported(i + 1).then_some("true")}
                            data-label={table.header.get(i + 1).cloned()}>{ c }</td> }) }</tr>
                }) }</tbody>
            </table>
            </div>
        </details>
    </> }
}

/// "Outline": the chart's nested lists (see [`ChartViews`]), among the figure's other actions.
#[function_component]
fn ChartOutline(p: &ChartViewsProps) -> Html {
    html! {
        <details class="as-outline">
            <summary>{ "Outline" }</summary>
            // Only the app's: in the prerendered page the outline would push the HTML past the
            // first round trip, and its summary is hidden there (the table has the numbers).
            if !PRERENDER {
                <ul class="outline">{ outline_item(&outline(&p.chart)) }</ul>
            }
        </details>
    }
}
