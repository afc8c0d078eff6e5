//! "What must be true": the reader picks a target for one of the headline answers (the article's
//! by default, or their own number) and the page says, for each lever that moves that answer,
//! the value it alone would need, the others as the reader set them, with a button to apply it.
//! The worker finds the values (`model::sensitivity::needed`); the table keeps its rows while it
//! works, so nothing moves when they arrive.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::query::number::parse_number;
use crate::app::state::{Action, Solved};
use crate::charts::ChartId;
use crate::model::capex::LAST_YEAR;
use crate::model::format::{answer_words, slider_value, trim};
use crate::model::sensitivity::Goal;
use crate::model::uncertainty::Answer;
use crate::model::Key;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The section's element id.
pub const ID: &str = "must";

/// How a target reads beside its number: the relation (from the goal's own direction), the
/// unit, and the number's step.
fn relation(goal: &Goal) -> (&'static str, &'static str, &'static str) {
    let (unit, step, year) = match goal.answer {
        Answer::CumulativeCapex2030 | Answer::Market2030 => ("$ billions", "1", false),
        Answer::Ratio2030 => ("× revenue", "0.01", false),
        Answer::AzurePassesAws => ("", "1", true),
    };
    let words = match (goal.at_least, year) {
        (true, _) => "is at least",
        (false, true) => "is at latest",
        (false, false) => "is at most",
    };
    (words, unit, step)
}

/// The target as the number field first shows it.
fn target_text(goal: &Goal) -> String {
    trim(goal.target, 2)
}

#[function_component]
pub fn Must(p: &SectionProps) -> Html {
    let s = &p.state;
    let goal = s.goal;
    let (name, write) = answer_words(goal.answer);
    let (words, unit, step) = relation(&goal);
    let now = goal.answer.of(&s.report);
    let holds = goal.met(&s.report);
    // The worker's answer, if it is for what the page shows now.
    let found: Option<&Solved> = s.found.as_deref().filter(|f| f.is_for(s));
    let stale = !s.found.as_deref().is_some_and(|f| f.is_for(s));
    let pick = {
        let (dispatch, data) = (p.dispatch.clone(), s.data.clone());
        Callback::from(move |e: Event| {
            let i: usize = e
                .target_unchecked_into::<HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(0);
            let answer = Answer::ALL.get(i).copied().unwrap_or(Answer::ALL[0]);
            dispatch.emit(Action::Goal(Goal::preset(answer, &data)));
        })
    };
    let typed = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            // A number as typed (the address's parser); anything else waits for the reader.
            if let Some(target) = parse_number(text.trim()).filter(|v| v.is_finite()) {
                dispatch.emit(Action::Goal(Goal { target, ..goal }));
            }
        })
    };
    let status = match (holds, found) {
        (true, _) => format!(
            "It holds already at your assumptions ({}).",
            now.map_or("–".into(), write)
        ),
        (false, None) => "Working out what each lever would need…".to_string(),
        (false, Some(f)) => match f.needed.iter().filter(|(_, v)| v.is_some()).count() {
            0 => "No lever alone can make it true within its range: it takes several together."
                .to_string(),
            1 => "One lever alone can make it true:".to_string(),
            n => format!("{n} levers alone can each make it true:"),
        },
    };
    let preset = Goal::preset(goal.answer, &s.data);
    html! {
        <section id={ID} aria-labelledby="must-h">
            <h2 id="must-h">{ "What moves the answers, and what must be true?" }</h2>
            <p>{ "Pick a target for one of the report's answers. For each lever that moves it, the page finds the \
                value that alone would meet it, the other levers as you set them." }</p>
            <div class="goal-form">
                <label for="goal-answer">{ "Target" }</label>
                <select id="goal-answer" onchange={pick}>
                    { for Answer::ALL.iter().map(|&a| html! {
                        <option value={(a as usize).to_string()} selected={a == goal.answer}>
                            { answer_words(a).0 }</option>
                    }) }
                </select>
                <label for="goal-target">{ words }</label>
                // Keyed by the answer: a new answer starts a new field at its preset, and typing is
                // never overwritten by the page's own rendering of the number.
                <input id="goal-target" key={goal.answer as usize} type="number" inputmode="decimal"
                    {step} value={target_text(&preset)} oninput={typed} />
                <span class="goal-unit">{ unit }</span>
            </div>
            <p>{ "Which levers move it most, each at the ends of its spread in the uncertainty panel:" }</p>
            // Drawn from the worker's latest answer: faded, and busy for assistive technology,
            // while it is for an earlier state or target than the one shown.
            <div class="levers-chart" aria-busy={stale.to_string()} data-stale={stale.then_some("true")}>
                <Figure id={ChartId::Levers} state={s.clone()} />
            </div>
            <p id="goal-status">
                // The value moves with every slider step: outside the live region, which speaks
                // only when what the levers need is found.
                { format!("{name}: {} now. ", now.map_or(format!("not by {LAST_YEAR}"), write)) }
                <span role="status">{ status }</span>
            </p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="What each lever would need">
            <table class="goals" aria-busy={found.is_none().to_string()}>
                <thead><tr><th scope="col">{ "Lever" }</th><th scope="col">{ "Yours" }</th>
                    <th scope="col">{ "Needed alone" }</th><th scope="col"><span class="sr-only">
                    { "Apply" }</span></th></tr></thead>
                <tbody>{ for goal.answer.inputs().iter().map(|&k| row(p, k, found)) }</tbody>
            </table>
            </div>
        </section>
    }
}

/// One lever's row: its value, the value it would need (or that none in its range will do, or
/// "…" while the worker works) and the button that sets it.
fn row(p: &SectionProps, key: Key, found: Option<&Solved>) -> Html {
    let spec = key.spec();
    let yours = p.state.assumptions.get(key);
    let needed = found.map(|f| {
        f.needed
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| *v)
    });
    let text = match needed {
        None => "…".to_string(),
        Some(Some(v)) => slider_value(spec, v),
        Some(None) => "none in its range".to_string(),
    };
    let apply = needed.flatten().filter(|v| *v != yours);
    let label = apply.map(|v| format!("Apply: {} to {}", spec.label, slider_value(spec, v)));
    html! {
        <tr data-key={spec.id}>
            <th scope="row">{ spec.label }</th>
            <td class="yours">{ slider_value(spec, yours) }</td>
            <td class="needed">{ text }</td>
            // aria-disabled: the focused Apply keeps the focus while the worker finds the next.
            <td><button type="button" class="button apply" aria-disabled={apply.is_none().to_string()}
                aria-label={label}
                onclick={p.dispatch.reform(move |_| Action::Set(key, apply.unwrap_or(yours)))}>
                { "Apply" }</button></td>
        </tr>
    }
}
