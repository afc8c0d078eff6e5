//! Section 1: the week — five dated events as a compact timeline.

use super::DataProps;
use crate::model::format::money;
use yew::prelude::*;

/// The section's element id (the app keeps the prerendered element: components::kept).
pub const ID: &str = "week";

#[function_component]
pub fn Week(p: &DataProps) -> Html {
    let d = &p.data.0;
    let a = &d.meta.article;
    // In file order: by date, single days first (validation enforces it).
    let events = &d.events.events;
    html! {
        <section id={ID} aria-labelledby="week-h">
            <h2 id="week-h">{ "One week that redrew the map" }</h2>
            <p>{ format!("Between {} and {}, five announcements landed within 72 hours. The article dates only \
                the first; the others fell inside the same window.", a.week_start.human(), a.week_end.human()) }</p>
            <ol class="timeline">
                { for events.iter().map(|e| {
                    let when = match e.date_end {
                        Some(end) => format!("{} – {}", e.date.human().replace(", 2026", ""), end.human()),
                        None => e.date.human(),
                    };
                    let amount = match (e.amount, e.unit) {
                        (Some(v), Some(u)) => money(u.symbol(), v),
                        _ => String::new(),
                    };
                    html! {
                        <li class="event">
                            <time datetime={e.date.to_string()}>{ when }</time>
                            <span class="event-company">{ d.company_name(e.company) }</span>
                            { if amount.is_empty() {
                                html!{}
                            } else {
                                html!{ <span class="event-amount">{ amount }</span> }
                            } }
                            <span class="event-text">{ &*e.headline }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
