//! The uncertainty page (`app::pages::uncertainty`): what it says is what the model gives.

use ai_infra_report::app::pages::uncertainty::{answer_words, goals, needed, PAGE_PATHS, SEED};
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::sensitivity::tornado;
use ai_infra_report::model::uncertainty::{simulate, spreads, Answer, DEFAULT_WIDTH};
use ai_infra_report::model::{Assumptions, Key, Report};

/// The text of the element with id `id` (tags dropped), up to its table's end.
fn row_text(html: &str, id: &str) -> String {
    let at = html.find(&format!("id=\"{id}\"")).expect(id);
    let end = html[at..].find("</tr>").map_or(html.len(), |e| at + e);
    let mut out = String::new();
    let mut tag = false;
    for c in html[at..end].chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x27;", "'")
}

#[test]
fn each_answer_shows_the_models_central_value_and_80_percent_range() {
    let page = ai_infra_report::prerender::uncertainty_html();
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let central = Report::compute(&d, &a);
    let sim = simulate(&d, &a, &spreads(&d, &a, &DEFAULT_WIDTH), SEED, PAGE_PATHS);
    for &ans in Answer::ALL {
        let (name, write) = answer_words(ans);
        let row = row_text(&page, &format!("answer-{ans:?}"));
        let range = sim.range(ans).expect("every answer has a range");
        assert!(range.quantiles.p10 <= range.quantiles.p90, "{ans:?}");
        for want in [
            name.to_string(),
            ans.of(&central).map_or(String::new(), write),
            format!(
                "{} to {}",
                write(range.quantiles.p10),
                write(range.quantiles.p90)
            ),
        ] {
            assert!(row.contains(&want), "{ans:?}: `{want}` not in `{row}`");
        }
    }
}

#[test]
fn the_levers_are_listed_by_how_far_they_move_each_answer() {
    let page = ai_infra_report::prerender::uncertainty_html();
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    let spread = spreads(&d, &a, &DEFAULT_WIDTH);
    for &ans in Answer::ALL {
        let table = &page[page
            .find(&format!("id=\"tornado-{ans:?}\""))
            .expect("a table")..];
        let table = &table[..table.find("</table>").expect("its end")];
        let bars: Vec<_> = tornado(&d, &a, &spread, ans)
            .into_iter()
            .filter(|b| b.swing() > 0.0)
            .collect();
        assert!(!bars.is_empty(), "{ans:?}: some lever moves it");
        // In the model's order (largest swing first), and only the levers that move it.
        let at: Vec<usize> = bars
            .iter()
            .map(|b| table.find(b.key.spec().label).expect("listed"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{ans:?}: {at:?}");
        assert_eq!(
            table.matches("<tr>").count(),
            bars.len() + 1,
            "{ans:?}: head and bars"
        );
    }
}

#[test]
fn each_value_a_target_needs_meets_it_through_the_model_and_no_other_lever_can() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    for (words, goal) in goals(&d) {
        let found = needed(&d, &a, goal);
        assert!(!found.is_empty(), "{words}: some lever meets it");
        for &(k, v) in &found {
            assert!(
                goal.met(&Report::compute(&d, &a.with(k, v))),
                "{words}: {k:?} at {v}"
            );
        }
        // A lever left out meets it at neither end of its slider.
        for &k in Key::ALL.iter().filter(|&&k| k != Key::HuangReading) {
            if found.iter().any(|(f, _)| *f == k) {
                continue;
            }
            let spec = k.spec();
            for end in [spec.min, spec.max] {
                assert!(
                    !goal.met(&Report::compute(&d, &a.with(k, end))),
                    "{words}: {k:?} at {end}"
                );
            }
        }
    }
}
