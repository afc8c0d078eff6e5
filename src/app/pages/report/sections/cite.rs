//! "Cite this": the report as APA and BibTeX, with the address of the scenario on the page.
//!
//! Part of "Sources and method", which only the build renders (components::kept): the app fills the
//! address in (`browser::show_address`) once a change settles, so a citation copied from here
//! names the very scenario the reader is looking at.

use crate::REPORT_TITLE;
use yew::prelude::*;

/// Where the app writes the page's address (every element with this class).
pub const ADDRESS_CLASS: &str = "cite-address";

/// Until the app runs (or without it), what stands for the address.
const NO_ADDRESS: &str = "this page's address, with its scenario";

#[function_component]
pub fn Cite(p: &super::DataProps) -> Html {
    let a = &p.data.0.meta.article;
    let year = a.as_of.to_string();
    let year = year.get(..4).unwrap_or_default();
    let bibtex = format!(
        "@misc{{ai_infra_race_{year},\n  title  = {{{{{REPORT_TITLE}: an explorable report}}}},\n  \
         year   = {{{year}}},\n  note   = {{Interactive data report; data from ``{}'' ({})}},\n  url    = {{",
        a.title, a.published
    );
    // The class is `ADDRESS_CLASS` written as a literal: any other expression goes through Yew's
    // `Classes` (3 KB of wasm). tests/page.rs checks that the two agree.
    let address = || html! { <span class="cite-address">{ NO_ADDRESS }</span> };
    html! {
        <details class="cite" id="cite">
            <summary>{ "Cite this" }</summary>
            <p>{ "The address below is this scenario's permalink: the assumptions as you set them." }</p>
            <p class="cite-apa"><strong>{ "APA" }</strong><br />
                <i>{ format!("{REPORT_TITLE}: An explorable report") }</i>
                { format!(" [Interactive data report]. ({year}). Data from “{}” ({}). ", a.title, a.published.human()) }
                { address() }</p>
            <p class="cite-bibtex"><strong>{ "BibTeX" }</strong></p>
            <pre><code>{ bibtex }{ address() }{ "}\n}" }</code></pre>
        </details>
    }
}
