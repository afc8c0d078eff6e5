//! Which levers move a headline answer most: a tornado, as grouped bars. For each lever that
//! moves the answer (most first), the change in the answer with that lever at the low and at
//! the high end of its spread (the uncertainty panel's), the others at the reader's values.
//! The page builds it from its worker's answer ([`chart`]); built alone, natively, from the
//! model at a report's assumptions ([`ChartId::Levers`](super::ChartId::Levers)).

use super::theme::Entity;
use super::{BarChart, Chart, Series, Stroke, ValueUnit};
use ai_infra_dataset::Dataset;
use ai_infra_model::capex::{HEADLINE_YEAR, LAST_YEAR};
use ai_infra_model::format::answer_words;
use ai_infra_model::sensitivity::{moving, Bar};
use ai_infra_model::uncertainty::{spreads, Answer, Settings};
use ai_infra_model::Report;
use const_format::formatcp;

/// The answer the chart shows when it is built alone (an embed, the prerender, the tests).
pub const ANSWER: Answer = Answer::CumulativeCapex2030;

/// The unit of a change in `answer` (the tornado's, and the comparison's "Change").
pub fn unit(answer: Answer) -> ValueUnit {
    match answer {
        Answer::CumulativeCapex2030 | Answer::Market2030 => ValueUnit::UsdBnChange,
        Answer::Ratio2030 => ValueUnit::RatioChange,
        Answer::AzurePassesAws => ValueUnit::YearsChange,
    }
}

/// What the headline calls the answer.
fn noun(answer: Answer) -> &'static str {
    match answer {
        Answer::CumulativeCapex2030 => formatcp!("the five's CapEx to {HEADLINE_YEAR}"),
        Answer::Ratio2030 => formatcp!("the {HEADLINE_YEAR} ratio"),
        Answer::AzurePassesAws => "the year Azure passes AWS",
        Answer::Market2030 => formatcp!("the {HEADLINE_YEAR} market"),
    }
}

/// The tornado of `answer` (its value at the reader's assumptions: `central`) from `bars`, the
/// levers that move it, largest swing first.
pub fn chart(answer: Answer, central: f64, bars: &[Bar]) -> Chart {
    let (name, write) = answer_words(answer);
    let low: Vec<f64> = bars.iter().map(|b| b.at_low - central).collect();
    let high: Vec<f64> = bars.iter().map(|b| b.at_high - central).collect();
    let title = match bars.first() {
        Some(b) => {
            let (lo, hi) = (b.at_low.min(b.at_high), b.at_low.max(b.at_high));
            let end = |v: f64| match answer {
                Answer::AzurePassesAws if v > f64::from(LAST_YEAR) => format!("after {LAST_YEAR}"),
                _ => write(v),
            };
            let (lever, it) = (b.key.spec().short, noun(answer));
            format!("{lever} moves {it} most: {} to {}", end(lo), end(hi))
        }
        None => format!("No lever moves {} within its spread", noun(answer)),
    };
    let series = |name: &str, values: Vec<f64>, e: Entity| Series {
        name: name.into(),
        label: String::new(),
        values,
        color: e.slot(),
        stroke: Stroke::Solid,
        quantiles: Vec::new(),
    };
    Chart::Bar(BarChart {
        title,
        subtitle: format!(
            "{name}: change from yours ({}) with one lever at each end of its spread, the others as yours",
            write(central)
        ),
        unit: unit(answer),
        categories: bars.iter().map(|b| b.key.spec().short.to_string()).collect(),
        series: vec![
            series("Lever at its low end", low, Entity::LowEnd),
            series("Lever at its high end", high, Entity::HighEnd),
        ],
        notes: Vec::new(),
        colors: Vec::new(),
    })
}

/// The tornado of [`ANSWER`] at `r`'s assumptions, with the uncertainty's default spreads.
pub fn native(data: &Dataset, r: &Report) -> Chart {
    let a = &r.assumptions;
    let s = spreads(data, a, &Settings::default().width);
    chart(ANSWER, ANSWER.value(r), &moving(data, a, &s, ANSWER))
}
