//! Section 8: winners and at-risk, and the builder's takeaways, as cards.

use super::DataProps;
use yew::prelude::*;

/// The section's element id (the app keeps the prerendered element: components::kept).
pub const ID: &str = "cards";

#[function_component]
pub fn Cards(p: &DataProps) -> Html {
    let n = &p.data.0.narrative;
    let card = |class: &'static str, title: &str, text: &str| {
        html! {
            <li class={classes!("card", class)}><h3>{ title.to_string() }</h3><p>{ text.to_string() }</p></li>
        }
    };
    html! {
        <section id={ID} aria-labelledby="cards-h">
            <h2 id="cards-h">{ "Who wins, who is at risk" }</h2>
            <h3 class="cards-h">{ "Winners" }</h3>
            <ul class="cards">{ for n.winners.iter().map(|c| card("win", &c.name, &c.why)) }</ul>
            <h3 class="cards-h">{ "At risk" }</h3>
            <ul class="cards">{ for n.at_risk.iter().map(|c| card("risk", &c.name, &c.why)) }</ul>
            <h3 class="cards-h">{ "If you are building on the cloud" }</h3>
            <ol class="cards">{ for n.takeaways.iter().map(|t| card("takeaway", &t.title, &t.text)) }</ol>
        </section>
    }
}
