//! The tornado on the page (charts::levers): each bar is the model run with one lever at an end
//! of its spread, set against the reader's answer, levers that move it most first.

mod common;

use ai_infra_report::charts::{levers, Chart, ChartId, ValueUnit};
use ai_infra_report::model::sensitivity::tornado;
use ai_infra_report::model::uncertainty::{spreads, Answer, Settings};
use ai_infra_report::model::{Assumptions, Report};
use common::data;

#[test]
fn each_bar_is_a_model_run_at_an_end_of_its_levers_spread() {
    let a = Assumptions::article(data());
    let s = spreads(data(), &a, &Settings::default().width);
    let central_report = Report::compute(data(), &a);
    for &ans in Answer::ALL {
        let bars: Vec<_> = tornado(data(), &a, &s, ans)
            .into_iter()
            .filter(|b| b.swing() > 0.0)
            .collect();
        let central = ans.value(&central_report);
        let Chart::Bar(c) = levers::chart(ans, central, &bars) else {
            panic!("{ans:?}: a bar chart");
        };
        assert_eq!(
            c.categories.len(),
            bars.len(),
            "{ans:?}: one category per lever that moves it"
        );
        for (i, b) in bars.iter().enumerate() {
            assert_eq!(c.categories[i], b.key.spec().short);
            let at = |v: f64| ans.value(&Report::compute(data(), &a.with(b.key, v))) - central;
            let sp = s[b.key as usize];
            assert_eq!(c.series[0].values[i], at(sp.low), "{ans:?} {:?} low", b.key);
            assert_eq!(
                c.series[1].values[i],
                at(sp.high),
                "{ans:?} {:?} high",
                b.key
            );
        }
        assert!(c.title.starts_with(bars[0].key.spec().short), "{}", c.title);
        let unit = match ans {
            Answer::CumulativeCapex2030 | Answer::Market2030 => ValueUnit::UsdBnChange,
            Answer::Ratio2030 => ValueUnit::RatioChange,
            Answer::AzurePassesAws => ValueUnit::YearsChange,
        };
        assert_eq!(c.unit, unit, "{ans:?}");
    }
}

#[test]
fn built_alone_it_is_the_first_answers_tornado_at_the_reports_assumptions() {
    let a = Assumptions::article(data()).with(ai_infra_report::model::Key::CapexGrowth, 50.0);
    let r = Report::compute(data(), &a);
    let s = spreads(data(), &a, &Settings::default().width);
    let bars: Vec<_> = tornado(data(), &a, &s, levers::ANSWER)
        .into_iter()
        .filter(|b| b.swing() > 0.0)
        .collect();
    let want = levers::chart(levers::ANSWER, levers::ANSWER.value(&r), &bars);
    assert_eq!(ChartId::Levers.build(data(), &r), want);
    assert_eq!(ValueUnit::UsdBnChange.value(-80.0), "−$80B");
    assert_eq!(ValueUnit::RatioChange.value(0.12), "+0.12×");
    assert_eq!(ValueUnit::YearsChange.value(-1.0), "−1 year");
    assert_eq!(ValueUnit::YearsChange.value(2.0), "+2 years");
}
