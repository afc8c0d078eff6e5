//! What the address asked for that could not be used, as given: a dismissible notice that
//! also goes away once the reader changes an assumption (it is about the link, not the page).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
    /// The reader has changed an assumption since the page opened.
    pub edited: bool,
}

#[function_component]
pub fn Notices(p: &NoticesProps) -> Html {
    let closed = use_state(|| false);
    {
        let closed = closed.clone();
        use_effect_with(p.edited, move |edited| {
            if *edited {
                closed.set(true);
            }
        });
    }
    if *closed || p.edited || p.notices.is_empty() {
        return html! {};
    }
    let close = {
        let closed = closed.clone();
        Callback::from(move |_: MouseEvent| closed.set(true))
    };
    html! {
        <div class="notice" role="status" id="url-notices">
            <button type="button" class="notice-close" aria-label="Dismiss this notice" onclick={close}>{ "×" }</button>
            <p>{ "Some settings in this link could not be used as given:" }</p>
            <ul>{ for p.notices.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
        </div>
    }
}
