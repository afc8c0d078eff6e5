//! Section 6: the three layers of AI compute.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live};
use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::model::capex::{HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::{times, usd_bn};
use crate::model::levers;
use crate::model::Key;
use yew::prelude::*;

/// The assumptions this section's sliders set.
pub const KEYS: [Key; 3] = levers::COMPUTE;

/// The element id of the paragraph on the three layers, which depends only on the dataset.
const VIEW: &str = "compute-view";

/// The article's view of the three layers: its figures alone, so the build prerenders it and
/// the app keeps that paragraph (`kept`).
fn layers(d: &Dataset) -> Html {
    let bet = d.narrative.compute.inference_biggest_by;
    let stated = |figure: String| cited(html! { figure }, "narrative", "compute", None);
    html! {
        <p id={VIEW}>
            { "Training builds models; inference runs them for every user, forever. The article expects \
                inference workloads to reach " }
            { stated(times(d.narrative.compute.inference_to_training_ratio)) }
            { " training and bets inference will be the biggest market by " }
            { stated(bet.to_string()) }
            { ". Edge inference — on phones and laptops — is emerging. The split of today's spend is not in \
                the article: the defaults marked " }
            <em>{ "assumption" }</em>{ " are ours." }
        </p>
    }
}

#[function_component]
pub fn Compute(p: &SectionProps) -> Html {
    let s = &p.state;
    let l = &s.report.compute;
    let last = (HEADLINE_YEAR - l.years[0]) as usize;
    let passes = match l.inference_passes_training {
        Some(y) if y == l.years[0] => format!("already in {y}"),
        Some(y) => format!("in {y}"),
        None => format!("not by {LAST_YEAR}"),
    };
    let bet = s.data.narrative.compute.inference_biggest_by;
    // Whether the split is still ours: the sentence about what the verdict rests on says so.
    let own_split = KEYS
        .iter()
        .all(|&k| s.assumptions.get(k) == s.article.get(k));
    html! {
        <section id="compute" aria-labelledby="compute-h">
            <h2 id="compute-h">{ "Three layers of AI compute" }</h2>
            { kept(VIEW, || layers(&s.source)) }
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article}
                article={s.article_defaults} dispatch={p.dispatch.clone()} />
            <p>
                { "Split this way, the five companies' projected CapEx has inference spend pass training " }
                { live("inference-passes", passes) }
                { format!(". In {HEADLINE_YEAR} inference takes ") }
                { live("inference-2030", usd_bn(l.inference[last])) }{ " against " }
                { live("training-2030", usd_bn(l.training[last])) }{ " for training and " }
                { live("edge-2030", usd_bn(l.edge[last])) }
                { " at the edge. (A simplification: not all of the CapEx buys AI compute, and edge devices are \
                    bought by others, not carved out of it.) The article's bet (" }{ bet.to_string() }{ ") " }
                { live("bet-holds", if l.inference_passes_training.is_some_and(|y| y <= bet) {
                    "holds"
                } else {
                    "does not hold"
                }) }
                if own_split {
                    { " under these assumptions — with our default split, so it follows from our assumptions; it \
                        is not a test of the article's bet." }
                } else {
                    { " under these assumptions — with the split chosen here, so it follows from that choice, not \
                        from the article's data." }
                }
            </p>
            <Figure id={ChartId::Compute} state={s.clone()} />
        </section>
    }
}
