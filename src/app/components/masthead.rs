//! The report's title block. The build writes it into index.html once (src/prerender.rs) and
//! the app never replaces it: it is the first thing a reader sees, and the page's Largest
//! Contentful Paint stays the first paint instead of moving to the app's takeover.

use crate::app::browser::MASTHEAD_ID;
use crate::app::pages::report::sections::{scorecard, DataProps};
use crate::app::pages::report::CONTENTS_ID;
use yew::prelude::*;

#[function_component]
pub fn Masthead(p: &DataProps) -> Html {
    let article = &p.data.0.meta.article;
    let (latest, checked) = (
        crate::model::reported::as_of(&p.data.0),
        p.data.0.reported.checked,
    );
    html! {
        <div class="report report-head" id={MASTHEAD_ID}>
            <a class="skip-link" href={format!("#{CONTENTS_ID}")}>{ "Skip to the sections" }</a>
            <header class="masthead">
                <p class="kicker">{ "An explorable report · the article's figures as of " }
                    <time datetime={article.as_of.to_string()}>{ article.as_of.human() }</time>
                    { "; reported figures to " }
                    <time datetime={latest.to_string()}>{ latest.human() }</time>
                    { ", checked " }<time datetime={checked.to_string()}>{ checked.human() }</time>
                    { " · " }<a href={format!("#{}", scorecard::ID)}>
                        { "how the article holds up" }</a></p>
                <h1>{ crate::REPORT_TITLE }</h1>
                <p class="dek">{ "Every number from one week in February 2026 — and a model of where it leads \
                    that you can drag. Built from " }
                    <cite>{ &*article.title }</cite>{ format!(" ({}).", article.published.human()) }</p>
            </header>
        </div>
    }
}
