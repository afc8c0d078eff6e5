//! Pin and compare: the reader pins their scenario, tries others, and sees the headline answers
//! of both side by side with the change, and which levers differ. Every chart draws the pinned
//! scenario's lines beside theirs (`charts::pinned`); the address keeps the pin (`pin=`).

use crate::app::state::{Action, State};
use crate::model::capex::LAST_YEAR;
use crate::model::format::{answer_words, slider_value};
use crate::model::uncertainty::Answer;
use crate::model::{Assumptions, Key, Report};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub state: Rc<State>,
    pub dispatch: Callback<Action>,
}

/// How far the reader's answer is from the pinned one, in the answer's own terms.
fn change(answer: Answer, pinned: Option<f64>, yours: Option<f64>) -> String {
    let (Some(p), Some(y)) = (pinned, yours) else {
        return if pinned == yours {
            "same".into()
        } else {
            "–".into()
        };
    };
    let d = y - p;
    if d.abs() < 1e-9 {
        return "same".into();
    }
    crate::charts::levers::unit(answer).value(d)
}

/// The answers of the pinned scenario and the reader's, side by side, with which levers differ.
fn table(s: &State, pinned: &Report, at: &Assumptions) -> Html {
    let write = |answer: Answer, v: Option<f64>| {
        v.map_or(format!("not by {LAST_YEAR}"), answer_words(answer).1)
    };
    let differ: Vec<String> = Key::ALL
        .iter()
        .filter(|&&k| at.get(k) != s.assumptions.get(k))
        .map(|&k| {
            let spec = k.spec();
            let (yours, theirs) = (
                slider_value(spec, s.assumptions.get(k)),
                slider_value(spec, at.get(k)),
            );
            format!("{}: {theirs} pinned, {yours} yours", spec.label)
        })
        .collect();
    html! { <>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
        <table class="compare-table">
            <caption id="compare-caption">{ "Your scenario against the pinned one" }</caption>
            <thead><tr><th scope="col">{ "Answer" }</th><th scope="col">{ "Pinned" }</th>
                <th scope="col">{ "Yours" }</th><th scope="col">{ "Change" }</th></tr></thead>
            <tbody>{ for Answer::ALL.iter().map(|&a| {
                let (then, now) = (a.of(pinned), a.of(&s.report));
                html! { <tr>
                    <th scope="row">{ answer_words(a).0 }</th>
                    <td>{ write(a, then) }</td><td>{ write(a, now) }</td>
                    <td class="change">{ change(a, then, now) }</td>
                </tr> }
            }) }</tbody>
        </table>
        </div>
        <p class="compare-note" id="compare-levers">{ if differ.is_empty() {
            "The same levers as the pinned scenario: move one to compare.".to_string()
        } else {
            format!("Levers that differ: {}.", differ.join("; "))
        } }</p>
    </> }
}

/// The buttons stay in place whether a scenario is pinned or not (one that goes while it has
/// the focus would take the focus with it); the comparison opens below them.
#[function_component]
pub fn Compare(p: &CompareProps) -> Html {
    let s = &p.state;
    let here = s.assumptions;
    let pinned = s.pinned.as_deref().zip(s.view.pinned);
    let same = s.view.pinned == Some(here);
    html! {
        <section class="compare" id="compare" aria-label="Pin and compare"
            data-pinned={pinned.is_some().then_some("true")}>
            <div class="compare-actions">
                // aria-disabled: the focus stays on a button that has nothing to do for now.
                <button type="button" id="pin" class="button" aria-disabled={same.to_string()}
                    onclick={p.dispatch.reform(move |_| Action::Pin(Some(here)))}>
                    { if pinned.is_some() { "Pin yours instead" } else { "Pin this scenario" } }</button>
                <button type="button" id="unpin" class="button"
                    aria-disabled={pinned.is_none().to_string()}
                    onclick={p.dispatch.reform(|_| Action::Pin(None))}>{ "Unpin" }</button>
                if pinned.is_none() {
                    <span class="compare-note">{ "to compare the next scenarios with it, on every chart" }</span>
                }
            </div>
            if let Some((report, at)) = pinned { { table(s, report, &at) } }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_said_with_its_sign_and_unit() {
        assert_eq!(change(Answer::Ratio2030, Some(0.5), Some(0.62)), "+0.12×");
        assert_eq!(
            change(Answer::CumulativeCapex2030, Some(4000.0), Some(3500.0)),
            "−$500B"
        );
        assert_eq!(
            change(Answer::AzurePassesAws, Some(2028.0), Some(2027.0)),
            "−1 year"
        );
        assert_eq!(change(Answer::AzurePassesAws, None, Some(2030.0)), "–");
        assert_eq!(change(Answer::Market2030, Some(900.0), Some(900.0)), "same");
    }
}
