//! The article's checkable claims, each as a [`Check`] on what was reported. The article's side
//! of every claim comes from its records in `data/`; the reported side from `reported.toml`.

use super::{sources, Check, Claim};
use crate::format::usd_bn;
use crate::reported::{company, provider};
use ai_infra_dataset::{Dataset, Date, FigureUnit, Metric, Period, Subject};

/// How far either side of a round's date its later reports (its close) are looked for.
const ROUND_DAYS: i32 = 45;

/// Every claim, in the order of the article.
pub fn claims(data: &Dataset) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut add = |topic: String, article: String, check: Check| {
        let (reported, verdict, found) = check.run(data);
        out.push(Claim {
            topic,
            article,
            reported,
            verdict,
            sources: sources(&found),
        });
    };
    let week = (data.meta.article.week_start, data.meta.article.week_end);
    let money = |v: f64, floor: bool| format!("{}{}", usd_bn(v), if floor { "+" } else { "" });

    // The week's events.
    for r in data.funding.rounds.iter() {
        let name = data.company_name(r.company).to_string();
        let subject = company(r.company);
        // The round of this size nearest the article's date (within a year): its day.
        let (from, to) = (shift(r.date, -366), shift(r.date, 366));
        let size = Check::When {
            article: r.date,
            metric: Metric::Round,
            subject,
            window: (from, to),
            amount: Some(r.amount),
        };
        let found_day = size.day(data).unwrap_or(r.date);
        add(
            format!("{name}: date of the {} round", usd_bn(r.amount)),
            r.date.human(),
            size,
        );
        let window = vec![
            Period::Day(shift(found_day, -ROUND_DAYS)),
            Period::Day(shift(found_day, ROUND_DAYS)),
        ];
        add(
            format!("{name}: round size"),
            usd_bn(r.amount),
            Check::Amount {
                article: r.amount,
                unit: FigureUnit::UsdBn,
                metric: Metric::Round,
                subject,
                periods: window.clone(),
            },
        );
        if let Some(v) = r.valuation {
            add(
                format!("{name}: valuation at the round"),
                usd_bn(v),
                Check::Amount {
                    article: v,
                    unit: FigureUnit::UsdBn,
                    metric: Metric::Valuation,
                    subject,
                    periods: window,
                },
            );
        }
    }
    add(
        "Nvidia: an inference chip with Groq's technology, unveiled at GTC".into(),
        "announced, to be unveiled in March".into(),
        Check::Expected {
            metric: Metric::Launch,
            subject: Subject::Nvidia,
        },
    );
    add(
        "Anthropic: federal ban and supply-chain-risk designation".into(),
        week.1.human(),
        Check::Happened {
            metric: Metric::Ruling,
            subject: Subject::Anthropic,
            window: week,
        },
    );
    for i in data.funding.ipos.iter() {
        add(
            format!("{}: listing", data.company_name(i.company)),
            i.expected.to_string(),
            Check::Expected {
                metric: Metric::Listing,
                subject: company(i.company),
            },
        );
    }
    for v in data.funding.valuations.iter() {
        add(
            format!("{}: valuation", data.company_name(v.company)),
            format!("~{}", usd_bn(v.value)),
            Check::Amount {
                article: v.value,
                unit: FigureUnit::UsdBn,
                metric: Metric::Valuation,
                subject: company(v.company),
                periods: super::EVER.to_vec(),
            },
        );
    }
    let spain = &data.events.aws_spain;
    let week_days = vec![
        Period::Day(shift(week.0, -7)),
        Period::Day(shift(week.1, 7)),
    ];
    for (what, v, metric) in [
        ("expansion", spain.expansion, Metric::Commitment),
        (
            "total committed",
            spain.total_committed,
            Metric::CommitmentTotal,
        ),
    ] {
        add(
            format!("AWS in Spain: {what}"),
            super::value(v, FigureUnit::EurBn),
            Check::Amount {
                article: v,
                unit: FigureUnit::EurBn,
                metric,
                subject: Subject::Aws,
                periods: week_days.clone(),
            },
        );
    }

    // CapEx, company by company, then the five together.
    let years = |y: i32| vec![Period::Year(y), Period::Fiscal(y, 6)];
    for c in data.capex.companies.iter() {
        let name = data.company_name(c.company).to_string();
        let subject = company(c.company);
        let amount = |article, metric, periods| Check::Amount {
            article,
            unit: FigureUnit::UsdBn,
            metric,
            subject,
            periods,
        };
        add(
            format!("{name}: 2025 CapEx"),
            money(c.capex_2025, false),
            amount(c.capex_2025, Metric::Capex, years(2025)),
        );
        add(
            format!("{name}: 2026 CapEx plan"),
            money(c.capex_2026, c.at_least_2026),
            amount(c.capex_2026, Metric::CapexGuide, years(2026)),
        );
    }
    let st = &data.capex.stated;
    add(
        "The five: 2026 CapEx plans".into(),
        money(st.total_2026, st.total_2026_at_least),
        Check::Total {
            article: st.total_2026,
            metric: Metric::CapexGuide,
            subjects: data
                .capex
                .companies
                .iter()
                .map(|c| company(c.company))
                .collect(),
            periods: years(2026),
        },
    );
    let e = &data.capex.estimate_2030;
    add(
        format!("Huang: AI-infrastructure spend by {}", e.by_year),
        crate::format::usd_range(e.low, e.high),
        Check::Amount {
            article: (e.low + e.high) / 2.0,
            unit: FigureUnit::UsdBn,
            metric: Metric::Estimate,
            subject: Subject::Nvidia,
            periods: super::EVER.to_vec(),
        },
    );

    // The cloud market in Q4 2025.
    let q4 = &data.cloud.q4_2025;
    let quarter = Period::Quarter(2025, 4);
    let market = |article, metric, unit, period| Check::Amount {
        article,
        unit,
        metric,
        subject: Subject::Market,
        periods: vec![period],
    };
    add(
        "Cloud infrastructure revenue, Q4 2025".into(),
        usd_bn(q4.revenue),
        market(q4.revenue, Metric::CloudRevenue, FigureUnit::UsdBn, quarter),
    );
    add(
        "Its growth on a year earlier, Q4 2025".into(),
        super::value(q4.yoy_growth_pct, FigureUnit::Percent),
        market(
            q4.yoy_growth_pct,
            Metric::CloudGrowth,
            FigureUnit::Percent,
            quarter,
        ),
    );
    let fy = &data.cloud.full_year_2025;
    add(
        "Cloud infrastructure revenue, 2025".into(),
        money(fy.revenue, fy.at_least),
        market(
            fy.revenue,
            Metric::CloudRevenue,
            FigureUnit::UsdBn,
            Period::Year(2025),
        ),
    );
    for p in data.cloud.providers.iter() {
        let percent = |article, metric| Check::Amount {
            article,
            unit: FigureUnit::Percent,
            metric,
            subject: provider(p.id),
            periods: vec![quarter],
        };
        add(
            format!("{}: share, Q4 2025", p.name),
            super::value(p.share_pct, FigureUnit::Percent),
            percent(p.share_pct, Metric::CloudShare),
        );
        let approx = if p.growth_approximate { "~" } else { "" };
        add(
            format!("{}: growth, Q4 2025", p.name),
            format!(
                "{approx}{}",
                super::value(p.yoy_growth_pct, FigureUnit::Percent)
            ),
            percent(p.yoy_growth_pct, Metric::SegmentGrowth),
        );
    }
    let m = &data.cloud.market;
    for (year, v) in [(2025, m.value_2025), (2030, m.value_2030)] {
        add(
            format!("Cloud computing market, {year}"),
            usd_bn(v),
            market(v, Metric::Market, FigureUnit::UsdBn, Period::Year(year)),
        );
    }
    out
}

/// `d` moved by `days` (a month's date counts from its 1st).
fn shift(d: Date, days: i32) -> Date {
    super::days::from_serial(super::days::serial(d) + days)
}
