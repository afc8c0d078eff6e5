//! Section 4: the cloud market by provider.

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live, range};
use crate::charts::ChartId;
use crate::dataset::{Dataset, ProviderId};
use crate::model::capex::{HEADLINE_YEAR, LAST_YEAR};
use crate::model::cloud::{crossing_range, implied_others_growth, others_growth_range};
use crate::model::format::{fixed, pct, trim, usd_bn};
use crate::model::levers;
use crate::model::reported::Base;
use crate::model::uncertainty::Answer;
use crate::model::Key;
use yew::prelude::*;

/// The assumptions this section's sliders set.
pub const KEYS: [Key; 5] = levers::CLOUD;

/// A rate with one decimal, as the rounding range reads best ("35.2 %").
fn pct_1(v: f64) -> String {
    format!("{} %", trim(v, 1))
}

/// The element id of the paragraph on Q4 2025, which depends only on the dataset.
const QUARTER: &str = "cloud-quarter";

/// Q4 2025 by provider and what it implies for "others": the dataset's figures alone, so the
/// build prerenders it and the app keeps that paragraph (`kept`).
fn quarter(d: &Dataset) -> Html {
    let q4 = &d.cloud.q4_2025;
    let aws_share = d
        .cloud
        .providers
        .iter()
        .find(|p| p.id == ProviderId::Aws)
        .map_or(0.0, |p| p.share_pct);
    let (lo, hi) = others_growth_range(d);
    let q4_source = |figure: Html| cited(figure, "cloud", "q4_2025", None);
    html! {
        <p id={QUARTER}>
            { "Cloud infrastructure revenue hit " }{ q4_source(html! { usd_bn(q4.revenue) }) }
            { " in Q4 2025, up " }{ q4_source(html! { pct(q4.yoy_growth_pct) }) }
            { " on the year; the full year passed " }
            { super::revenue_2025(d) }
            { ". AWS leads with " }
            { cited(html! { pct(aws_share) }, "cloud", "providers", Some(ProviderId::Aws.as_str())) }
            { " but grows slowest. “Others” — everyone outside the big three — must be growing " }
            { live("others-growth", pct(implied_others_growth(d))) }
            { format!(" for the whole market to grow {} — or anything from {} to {}, since the article \
                rounds its shares and rates to whole points.",
                pct(q4.yoy_growth_pct), pct_1(lo), pct_1(hi)) }
        </p>
    }
}

/// On the reported base, the quarter the model starts from instead of the paragraph above it
/// (the article's, which the page keeps as it is).
fn reported_quarter(d: &Dataset) -> Html {
    let q4 = &d.cloud.q4_2025;
    let of = |id: ProviderId| {
        let p = d.cloud.providers.iter().find(|p| p.id == id);
        p.map_or((0.0, 0.0), |p| (p.share_pct, p.yoy_growth_pct))
    };
    let [aws, azure, gcp] = [ProviderId::Aws, ProviderId::Azure, ProviderId::Gcp].map(of);
    html! {
        <p class="base-note-p">
            { format!("On the reported figures, Q4 2025 brought {}, up {}. AWS held {}, Azure {}, Google Cloud {}; \
                they grew {}, {} and {} on the year, by their own reports. The paragraph above is the article's.",
                usd_bn(q4.revenue), pct(q4.yoy_growth_pct), pct(aws.0), pct(azure.0), pct(gcp.0),
                pct(aws.1), pct(azure.1), pct(gcp.1)) }
        </p>
    }
}

#[function_component]
pub fn Cloud(p: &SectionProps) -> Html {
    let s = &p.state;
    let c = &s.report.cloud;
    let at_2030 = (HEADLINE_YEAR - c.years[0]) as usize;
    let share_2030 = |id: ProviderId| {
        c.provider(id)
            .and_then(|p| p.share_pct.get(at_2030).copied())
            .unwrap_or(0.0)
    };
    // How far the article's rounding of the shares moves the crossing: its own sentence.
    let mut rounded = String::new();
    let passes = match c.azure_passes_aws {
        Some(x) if x.year <= c.years[0] => "Azure is already ahead of AWS".to_string(),
        Some(x) => {
            let range = crossing_range(
                &s.data,
                s.assumptions.get(Key::AwsGrowth),
                s.assumptions.get(Key::AzureGrowth),
                c.fade_pp,
            )
            .map_or(String::new(), |(lo, hi)| {
                format!(
                    " With the article's shares as rounded, that is {}–{} years.",
                    trim(lo, 1),
                    trim(hi, 1)
                )
            });
            rounded = range;
            format!(
                "Azure passes AWS {} years after Q4 2025, ahead by Q4 {}",
                trim(x.after_years, 1),
                x.year
            )
        }
        None => "Azure does not pass AWS in sight (by 2100) at these growth rates".to_string(),
    };
    html! {
        <section id="cloud" aria-labelledby="cloud-h">
            <h2 id="cloud-h">{ "The cloud market: AI put it into overdrive" }</h2>
            { kept(QUARTER, || quarter(&s.source)) }
            if s.view.base == Base::Reported { { reported_quarter(&s.data) } }
            <Sliders keys={KEYS.to_vec()} values={s.assumptions} defaults={s.article}
                article={s.article_defaults} dispatch={p.dispatch.clone()} />
            <p>
                { if c.fade_pp > 0.0 { "With every rate fading as set: " } else { "If each keeps its growth rate: " } }
                { live("azure-passes", passes) }
                { range("azure-passes", s.sim.as_deref(), Answer::AzurePassesAws,
                    years) }{ "." }{ rounded }{ format!(" By Q4 {HEADLINE_YEAR} AWS would hold ") }
                { live("share-aws-2030", pct(share_2030(ProviderId::Aws))) }{ ", Azure " }
                { live("share-azure-2030", pct(share_2030(ProviderId::Azure))) }
                { ", Google Cloud " }{ live("share-gcp-2030", pct(share_2030(ProviderId::Gcp))) }{ " of a " }
                { live("q4-2030", usd_bn(c.total[at_2030])) }{ format!(" quarter; by Q4 {LAST_YEAR} the quarter \
                    would bring ") }{ live("q4-2035", usd_bn(*c.total.last().unwrap_or(&0.0))) }{ "." }
            </p>
            <Figure id={ChartId::CloudRevenue} state={s.clone()} />
            <Figure id={ChartId::CloudShare} state={s.clone()} />
        </section>
    }
}

/// "2027–2031", or "2028" when both ends are one year.
fn years(lo: f64, hi: f64) -> String {
    if lo == hi {
        fixed(lo, 0)
    } else {
        format!("{}–{}", fixed(lo, 0), fixed(hi, 0))
    }
}
