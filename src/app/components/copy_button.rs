//! A "Copy" button that says what happened: "Copied", announced politely to screen readers;
//! or, where the browser has no clipboard for the page (no Clipboard API on an `http:`
//! origin), the text shown selected, ready for the reader's own copy.

use crate::app::browser;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// A shorter text for narrow screens; the button's name stays `label`.
    #[prop_or_default]
    pub short: Option<AttrValue>,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// The text to copy, read at the click (a permalink is current only then).
    pub text: Callback<(), String>,
    /// A field that already shows the text (the embed snippet): selected on fallback instead
    /// of a field of this button's own.
    #[prop_or_default]
    pub field: Option<NodeRef>,
}

#[derive(Clone, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    /// No clipboard: the text, selected for the reader; whether the old copy command took it.
    Selected(String, bool),
}

/// How long "Copied" stays, in ms.
const SHOWN_MS: u32 = 2500;

#[function_component]
pub fn CopyButton(p: &CopyButtonProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let timer = use_mut_ref(|| None::<Timeout>);
    let own_field = use_node_ref();
    let onclick = {
        let (outcome, timer, text) = (outcome.clone(), timer.clone(), p.text.clone());
        Callback::from(move |_: MouseEvent| {
            let text = text.emit(());
            let (outcome, timer, copied) = (outcome.clone(), timer.clone(), text.clone());
            browser::copy(&text, move |ok| {
                if ok {
                    outcome.set(Outcome::Copied);
                    let outcome = outcome.clone();
                    *timer.borrow_mut() =
                        Some(Timeout::new(SHOWN_MS, move || outcome.set(Outcome::Idle)));
                } else {
                    outcome.set(Outcome::Selected(copied, false));
                }
            });
        })
    };
    // On fallback: select the text (and try the old copy command) once it is on the page.
    {
        let outcome = outcome.clone();
        let field = p.field.clone().unwrap_or_else(|| own_field.clone());
        use_effect_with((*outcome).clone(), move |now| {
            if let (Outcome::Selected(text, false), Some(el)) =
                (now, field.cast::<web_sys::HtmlElement>())
            {
                let copied = browser::select_and_copy(&el);
                if copied {
                    outcome.set(Outcome::Selected(text.clone(), true));
                }
            }
        });
    }
    let status = match &*outcome {
        Outcome::Idle => "",
        Outcome::Copied | Outcome::Selected(_, true) => "Copied",
        Outcome::Selected(_, false) => "Selected: press Ctrl+C (⌘C) to copy",
    };
    let own = match (&*outcome, &p.field) {
        (Outcome::Selected(text, _), None) => html! {
            <input class="copy-fallback" ref={own_field} readonly=true value={text.clone()}
                aria-label={format!("{}: the text to copy", p.label)} />
        },
        _ => html! {},
    };
    html! {
        <span class="copy">
            <button type="button" id={p.id.clone()} class="button" title={p.title.clone()} {onclick}
                aria-label={p.short.as_ref().map(|_| p.label.clone())}>
                if let Some(short) = &p.short {
                    <span class="wide">{ &p.label }</span><span class="narrow">{ short }</span>
                } else {
                    { &p.label }
                }
            </button>
            <span class="copy-status" role="status" aria-live="polite">{ status }</span>
            { own }
        </span>
    }
}
