//! Section 7: is it sustainable?

use super::SectionProps;
use crate::app::components::figure::Figure;
use crate::app::components::live;
use crate::app::components::slider::Sliders;
use crate::charts::ChartId;
use crate::model::format::{trim, usd_bn, year_or};
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

#[function_component]
pub fn Sustainability(p: &SectionProps) -> Html {
    let s = &p.state;
    let x = &s.report.sustainability;
    let (peak_year, peak) = x.peak_ratio;
    html! {
        <section id="sustainability" aria-labelledby="sustainability-h">
            <h2 id="sustainability-h">{ "Is it sustainable?" }</h2>
            <p>
                { format!("The article's judgment: we are in the middle innings; demand plateaus when enterprise \
                    AI moves from “production” to “optimization”, {}–{} years out. Here the five companies' CapEx \
                    is set against cloud infrastructure revenue ({} in 2025, growing with the provider sliders above).",
                    s.data.narrative.plateau.years_away_min, s.data.narrative.plateau.years_away_max,
                    usd_bn(s.data.cloud.full_year_2025.revenue)) }
            </p>
            <Sliders keys={vec![Key::PlateauYear]} values={s.assumptions} defaults={s.article}
                dispatch={p.dispatch.clone()} instance="s" />
            <p>
                { "CapEx was " }{ live("ratio-2025", format!("{}×", trim(x.ratio[0], 2))) }
                { " revenue in 2025. It peaks at " }
                { live("ratio-peak", format!("{}×", trim(peak, 2))) }{ " in " }
                { live("ratio-peak-year", peak_year.to_string()) }
                { " and ends at " }{ live("ratio-2030", format!("{}×", trim(*x.ratio.last().unwrap_or(&0.0), 2))) }
                { " in 2030. Spending outgrows revenue in " }
                { live("outgrows", years_text(&x.capex_outgrows)) }{ "; CapEx exceeds revenue in " }
                { live("exceeds", year_or(x.capex_exceeds_revenue, "no year to 2030")) }{ "." }
            </p>
            <Figure id={ChartId::Sustainability} state={s.clone()} />
            <table class="ratios">
                <caption>{ "CapEx-to-revenue ratio per year" }</caption>
                <thead><tr>{ for x.years.iter().map(|y| html! { <th scope="col">{ y }</th> }) }</tr></thead>
                <tbody><tr>{ for x.ratio.iter().map(|r| html! { <td>{ trim(*r, 2) }</td> }) }</tr></tbody>
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
