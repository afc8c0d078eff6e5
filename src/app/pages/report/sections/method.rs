//! Section 9: sources and method — every source and as-of date, every formula in words, every
//! assumption with its default.

use super::DataProps;
use crate::dataset::{Dataset, ProviderId};
use crate::dataset::{
    DOWNLOAD_CSV_FILE, DOWNLOAD_JSON_FILE, DOWNLOAD_README_FILE, DOWNLOAD_WIDE_CSV_FILE,
    SOURCES_PAGE, UNCERTAINTY_PAGE,
};
use crate::model::capex::{FIRST_YEAR, HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::{pct, slider_value, trim, usd_bn, usd_range};
use crate::model::funding::VENDOR_INVESTORS;
use crate::model::Key;
use yew::prelude::*;

/// Every formula in words, with the article's figures taken from the dataset.
fn formulas(d: &Dataset) -> [(&'static str, String); 7] {
    let e = &d.capex.estimate_2030;
    let (q4, m) = (&d.cloud.q4_2025, &d.cloud.market);
    let share = |id| {
        d.cloud
            .providers
            .iter()
            .find(|p| p.id == id)
            .map_or(0.0, |p| q4.revenue * p.share_pct / 100.0)
    };
    let stakes: Vec<String> = d
        .funding
        .rounds
        .iter()
        .max_by(|a, b| a.amount.total_cmp(&b.amount))
        .map(|r| {
            r.investors
                .iter()
                .filter(|i| VENDOR_INVESTORS.contains(&i.company))
                .map(|i| trim(i.amount, 1))
                .collect()
        })
        .unwrap_or_default();
    let years = HEADLINE_YEAR - FIRST_YEAR;
    [
        ("CapEx projection", format!("2025 and 2026 are the sums of the five companies' figures. From 2027 \
            CapEx grows by the growth slider; each later year that growth moves the fade's points towards zero \
            (never past it), up to the plateau year, when CapEx reaches its plateau; after it, CapEx changes by the \
            post-plateau rate instead (0 %: it holds the plateau year's level). Projected to {LAST_YEAR}.")),
        ("Against the estimate", format!("Jensen Huang's {} is compared, in the reading chosen, with the five \
            companies' running total of CapEx from 2025 (our reading) or with their spend in {HEADLINE_YEAR} alone; \
            the answer is the first year, by {HEADLINE_YEAR}, that it reaches {}.", usd_range(e.low, e.high),
            usd_bn(e.low))),
        ("Flow-back", format!("The round times the flow-back share. Azure gets its part of that (a slider); \
            the rest is split between Amazon and Nvidia in proportion to what each invested ({}).",
            stakes.join(" : "))),
        ("Cloud providers", format!("Q4 2025 revenue ({}) times each share; “others” is the rest. Their growth \
            defaults to the rate that makes the whole market grow {} at the article's rates. Each segment \
            compounds at its own rate, every rate fading by the cloud fade's points a year after 2026 (never past \
            zero); Azure passes AWS where {}·Π(1+g_Azure) = {}·Π(1+g_AWS), found year by year.",
            usd_bn(q4.revenue), pct(q4.yoy_growth_pct), trim(share(ProviderId::Azure), 2),
            trim(share(ProviderId::Aws), 2))),
        ("Cloud market", format!("{} × (1 + CAGR)^(year − 2025); the article's forecast implies \
            ({}/{})^(1/{years}) − 1.", usd_bn(m.value_2025), trim(m.value_2030, 0), trim(m.value_2025, 0))),
        ("Compute layers", format!("Edge takes its share of each year's CapEx; the rest splits training : \
            inference by a ratio that moves geometrically from today's (share ÷ (1 − share)) to the \
            {HEADLINE_YEAR} ratio.")),
        ("Sustainability", format!("Revenue is {} in 2025, growing like the projected Q4 total; the ratio is \
            CapEx ÷ revenue. “Outgrows” means CapEx grew faster that year than revenue.",
            usd_bn(d.cloud.full_year_2025.revenue))),
    ]
}

/// The section's element id (the app keeps the prerendered element: components::kept).
pub const ID: &str = "method";

#[function_component]
pub fn Method(p: &DataProps) -> Html {
    let d = &p.data.0;
    let defaults = crate::model::Assumptions::article(d);
    html! {
        <section id={ID} aria-labelledby="method-h">
            <h2 id="method-h">{ "Sources and method" }</h2>
            <p>{ format!("Every figure comes from the article of {} and the sources it names; all are as of {}.",
                d.meta.article.published.human(), d.meta.article.as_of.human()) }</p>
            <p class="downloads" id="sources-link">
                { "In the text, underlined figures link to the article's words they come from; highlighted \
                    ones are computed, from its figures or the assumptions below. " }
                <a class="button" href={SOURCES_PAGE}>{ "Each figure with the article's own words" }</a>{ " " }
                <a class="button" href={UNCERTAINTY_PAGE}>{ "How sure the projections are" }</a></p>
            <p class="downloads">{ "Download the dataset: " }
                <a class="button" id="download-dataset-wide" href={DOWNLOAD_WIDE_CSV_FILE}
                    download={DOWNLOAD_WIDE_CSV_FILE}>{ "CSV, a row per record" }</a>{ " " }
                <a class="button" id="download-dataset-csv" href={DOWNLOAD_CSV_FILE}
                    download={DOWNLOAD_CSV_FILE}>{ "CSV, a row per figure" }</a>{ " " }
                <a class="button" id="download-dataset-json" href={DOWNLOAD_JSON_FILE}
                    download={DOWNLOAD_JSON_FILE}>{ "JSON" }</a>{ " " }
                <a class="button" id="download-dataset-readme" href={DOWNLOAD_README_FILE}
                    download={DOWNLOAD_README_FILE}>{ "What each column is (README)" }</a>
            </p>
            <ul class="sources">
                { for d.meta.sources.iter().map(|s| html! {
                    <li><strong>{ &*s.name }</strong>{ " — " }{ &s.note }</li>
                }) }
            </ul>
            <super::cite::Cite data={p.data.clone()} />
            <h3>{ "Formulas" }</h3>
            <dl class="formulas">
                { for formulas(d).into_iter().map(|(t, f)| html! { <><dt>{ t }</dt><dd>{ f }</dd></> }) }
            </dl>
            <h3>{ "How well calibrated the bands are" }</h3>
            <p>{ super::scorecard::calibration_text(d) }{ " " }
                <a href={format!("#{}", super::scorecard::ID)}>{ "The reported figures that fall within the \
                projection, and whether the bands held them, are in the scorecard." }</a></p>
            <h3 id="assumptions-h">{ "Assumptions and their defaults" }</h3>
            // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="assumptions-h">
            <table class="assumptions">
                <thead><tr>
                    <th scope="col">{ "Assumption" }</th><th scope="col">{ "Default" }</th>
                    <th scope="col">{ "Range" }</th><th scope="col">{ "Origin" }</th>
                </tr></thead>
                <tbody>
                    { for Key::ALL.iter().map(|k| {
                        let spec = k.spec();
                        let origin = spec.origin.label();
                        html! { <tr>
                            <th scope="row">{ spec.label }</th>
                            <td data-label="Default">{ slider_value(spec, defaults.get(*k)) }</td>
                            <td data-label="Range">
                                { format!("{} to {}", slider_value(spec, spec.min), slider_value(spec, spec.max)) }
                            </td>
                            <td data-label="Origin">{ origin }{ ": " }{ spec.why }</td>
                        </tr> }
                    }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}
