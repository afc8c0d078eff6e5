//! Section 7: is it sustainable?

use super::SectionProps;
use crate::app::components::chart::figure::Figure;
use crate::app::components::slider::Sliders;
use crate::app::components::{cited, kept, live, range};
use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::model::capex::{HEADLINE_YEAR, LAST_YEAR};
use crate::model::format::{trim, usd_bn};
use crate::model::uncertainty::Answer;
use crate::model::Key;
use yew::prelude::*;

/// "2026–2028", "2026, 2028", or "no year".
fn years_text(years: &[i32]) -> String {
    match years {
        [] => "no year".into(),
        [one] => one.to_string(),
        [first, .., last] if (*last - *first) as usize == years.len() - 1 => {
            format!("{first}–{last}")
        }
        _ => years
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The element id of the paragraph on the article's judgment, which depends only on the dataset.
const JUDGMENT: &str = "sustainability-judgment";

/// The article's judgment on the plateau: its figures alone, so the build prerenders it and the
/// app keeps that paragraph (`kept`).
fn judgment(d: &Dataset) -> Html {
    html! {
        <p id={JUDGMENT}>
            { "The article's judgment: we are in the middle innings; demand plateaus when enterprise AI moves \
                from “production” to “optimization”, " }
            { cited(html! { format!("{}–{} years", d.narrative.plateau.years_away_min,
                d.narrative.plateau.years_away_max) }, "narrative", "plateau", None) }
            { " out. Here the five companies' CapEx is set against cloud infrastructure revenue (" }
            { super::revenue_2025(d) }{ " in 2025, growing with the provider sliders above)." }
        </p>
    }
}

/// The element id of the caveat on the ratio, which depends only on the dataset.
const CAVEAT: &str = "sustainability-caveat";

/// How to read the ratio: the dataset's figures alone, so the build prerenders it and the app
/// keeps that paragraph (`kept`).
fn caveat(d: &Dataset) -> Html {
    html! {
        <p class="caveat" id={CAVEAT}>
            { "Read this ratio with care. It divides five companies' CapEx by the whole market's \
                infrastructure revenue, though Meta sells no cloud. And the " }{ super::revenue_2025(d) }
            { " of 2025 is a floor (the article says revenue “surpassed” it), so the true ratio is at most this." }
        </p>
    }
}

#[function_component]
pub fn Sustainability(p: &SectionProps) -> Html {
    let s = &p.state;
    let x = &s.report.sustainability;
    let (peak_year, peak) = x.peak_ratio;
    let at_2030 = (HEADLINE_YEAR - x.years[0]) as usize;
    html! {
        <section id="sustainability" aria-labelledby="sustainability-h">
            <h2 id="sustainability-h">{ "Is it sustainable?" }</h2>
            { kept(JUDGMENT, || judgment(&s.source)) }
            <Sliders keys={vec![Key::PlateauYear]} values={s.assumptions} defaults={s.article}
                article={s.article_defaults}
                dispatch={p.dispatch.clone()} instance="s" />
            <p>
                { "CapEx was " }{ live("ratio-2025", format!("{}×", trim(x.ratio[0], 2))) }
                { " revenue in 2025. It " }
                if peak_year < LAST_YEAR {
                    { "peaks at " }{ live("ratio-peak", format!("{}×", trim(peak, 2))) }{ " in " }
                    { live("ratio-peak-year", peak_year.to_string()) }{ " and is " }
                } else {
                    { "keeps rising: " }
                }
                { live("ratio-2030", format!("{}×", trim(x.ratio[at_2030], 2))) }
                { range("ratio-2030", s.sim.as_deref(), Answer::Ratio2030,
                    |lo, hi| format!("{}–{}×", trim(lo, 2), trim(hi, 2))) }
                { format!(" in {HEADLINE_YEAR} and ") }
                { live("ratio-2035", format!("{}×", trim(*x.ratio.last().unwrap_or(&0.0), 2))) }
                { format!(" in {LAST_YEAR}. CapEx grows faster than revenue in ") }
                { live("outgrows", years_text(&x.capex_outgrows)) }{ "; CapEx " }
                { live("exceeds", match x.capex_exceeds_revenue {
                    Some(y) => format!("exceeds revenue in {y}"),
                    None => format!("stays below revenue to {LAST_YEAR} on these assumptions"),
                }) }{ "." }
            </p>
            { kept(CAVEAT, || caveat(&s.source)) }
            <Figure id={ChartId::Sustainability} state={s.clone()} />
            <table class="ratios">
                <caption>{ "CapEx against revenue, per year" }</caption>
                <thead><tr>
                    <th scope="col">{ "Year" }</th><th scope="col">{ "CapEx" }</th>
                    <th scope="col">{ "Revenue" }</th><th scope="col">{ "Ratio" }</th>
                </tr></thead>
                <tbody>{ for x.years.iter().enumerate().map(|(i, y)| html! { <tr>
                    <th scope="row">{ y }</th><td>{ usd_bn(x.capex[i]) }</td>
                    <td>{ usd_bn(x.revenue[i]) }</td><td>{ format!("{}×", trim(x.ratio[i], 2)) }</td>
                </tr> }) }</tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::years_text;

    #[test]
    fn runs_of_years_read_as_ranges() {
        assert_eq!(years_text(&[]), "no year");
        assert_eq!(years_text(&[2027]), "2027");
        assert_eq!(years_text(&[2026, 2027, 2028]), "2026–2028");
        assert_eq!(years_text(&[2026, 2028]), "2026, 2028");
    }
}
