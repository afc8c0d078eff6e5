//! Section 9: sources and method — every source and as-of date, every formula in words, every
//! assumption with its default.

use super::DataProps;
use crate::dataset::{DOWNLOAD_CSV_FILE, DOWNLOAD_JSON_FILE};
use crate::model::format::slider_value;
use crate::model::{Key, Origin};
use yew::prelude::*;

const FORMULAS: [(&str, &str); 7] = [
    ("CapEx projection", "2025 and 2026 are the sums of the five companies' figures. From 2027 CapEx grows by the growth slider; each later year that growth moves the slowdown's points towards zero (never past it). From the plateau year on, CapEx stays at the previous year's level."),
    ("Against $3–4T", "The running total of CapEx from 2025, compared with Jensen Huang's $3–4T estimate; the answer is the first year the total reaches $3T."),
    ("Flow-back", "The round times the flow-back share, split between Amazon and Nvidia in proportion to what each invested (50 : 30)."),
    ("Cloud providers", "Q4 2025 revenue ($119B) times each share; “others” is the rest, with the growth that makes the whole market grow 30 % at the article's rates. Each provider compounds at its own rate; Azure passes AWS when 26.18·(1+g_Azure)^t = 35.7·(1+g_AWS)^t."),
    ("Cloud market", "$752B × (1 + CAGR)^(year − 2025); the article's forecast implies (2390/752)^(1/5) − 1."),
    ("Compute layers", "Edge takes its share of each year's CapEx; the rest splits training : inference by a ratio that moves geometrically from today's (share ÷ (1 − share)) to the 2030 ratio."),
    ("Sustainability", "Revenue is $419B in 2025, growing like the projected Q4 total; the ratio is CapEx ÷ revenue. “Outgrows” means CapEx grew faster that year than revenue."),
];

#[function_component]
pub fn Method(p: &DataProps) -> Html {
    let d = &p.data.0;
    let defaults = crate::model::Assumptions::article(d);
    html! {
        <section id="method" aria-labelledby="method-h">
            <h2 id="method-h">{ "Sources and method" }</h2>
            <p>{ format!("Every figure comes from the article of {} and the sources it names; all are as of {}.", d.meta.article.published.human(), d.meta.article.as_of.human()) }</p>
            <p class="downloads">{ "Download the dataset: " }
                <a class="button" id="download-dataset-csv" href={DOWNLOAD_CSV_FILE}
                    download={DOWNLOAD_CSV_FILE}>{ "CSV" }</a>{ " " }
                <a class="button" id="download-dataset-json" href={DOWNLOAD_JSON_FILE}
                    download={DOWNLOAD_JSON_FILE}>{ "JSON" }</a>
            </p>
            <ul class="sources">
                { for d.meta.sources.iter().map(|s| html! { <li><strong>{ &s.name }</strong>{ " — " }{ &s.note }</li> }) }
            </ul>
            <h3>{ "Formulas" }</h3>
            <dl class="formulas">
                { for FORMULAS.iter().map(|(t, f)| html! { <><dt>{ *t }</dt><dd>{ *f }</dd></> }) }
            </dl>
            <h3>{ "Assumptions and their defaults" }</h3>
            <div class="table-scroll">
            <table class="assumptions">
                <thead><tr><th scope="col">{ "Assumption" }</th><th scope="col">{ "Default" }</th><th scope="col">{ "Range" }</th><th scope="col">{ "Origin" }</th></tr></thead>
                <tbody>
                    { for Key::ALL.iter().map(|k| {
                        let spec = k.spec();
                        let origin = match spec.origin { Origin::Article => "article", Origin::Derived => "derived from the article", Origin::Assumption => "assumption (not in the article)" };
                        html! { <tr>
                            <th scope="row">{ spec.label }</th>
                            <td data-label="Default">{ slider_value(spec, defaults.get(*k)) }</td>
                            <td data-label="Range">{ format!("{} to {}", slider_value(spec, spec.min), slider_value(spec, spec.max)) }</td>
                            <td data-label="Origin">{ origin }{ ": " }{ spec.why }</td>
                        </tr> }
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
