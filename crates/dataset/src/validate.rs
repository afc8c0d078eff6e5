//! Checks that go beyond the types: every reference resolves, every amount is a real,
//! non-negative number, shares add up. Each error names the record and the field, so a broken
//! data file fails the tests with a message that says where to look.

use super::{CompanyId, DataError, Dataset, Date, ProviderId, Quote};
use std::collections::HashSet;
use strum::VariantArray;

/// Collects every problem instead of stopping at the first, so one run lists them all.
pub(crate) struct Checker<'a> {
    data: &'a Dataset,
    companies: HashSet<CompanyId>,
    sources: HashSet<&'a str>,
    pub(crate) errors: Vec<DataError>,
}

impl<'a> Checker<'a> {
    fn new(data: &'a Dataset) -> Self {
        Checker {
            data,
            companies: data.meta.companies.iter().map(|c| c.id).collect(),
            sources: data.meta.sources.iter().map(|s| s.id.as_ref()).collect(),
            errors: Vec::new(),
        }
    }

    fn company(&mut self, record: &str, field: &'static str, id: CompanyId) {
        if !self.companies.contains(&id) {
            self.errors.push(DataError::UnknownCompany {
                record: record.into(),
                field,
                company: id,
            });
        }
    }

    fn provenance(&mut self, record: &str, quote: &Quote, source: &str, as_of: Date) {
        if let Some(length) = quote.misfit() {
            let record = record.into();
            self.errors.push(DataError::Quote { record, length });
        }
        if !self.sources.contains(source) {
            let (record, source_id) = (record.into(), source.into());
            self.errors
                .push(DataError::UnknownSource { record, source_id });
        }
        self.not_after_as_of(record, "as_of", as_of);
    }

    fn not_after_as_of(&mut self, record: &str, field: &'static str, date: Date) {
        let as_of = self.data.meta.article.as_of;
        if date > as_of {
            self.errors.push(DataError::AfterAsOf {
                record: record.into(),
                field,
                date,
                as_of,
            });
        }
    }

    /// A finite amount of zero or more.
    pub(crate) fn amount(&mut self, record: &str, field: &'static str, value: f64) {
        if !value.is_finite() {
            self.errors.push(DataError::NotFinite {
                record: record.into(),
                field,
            });
        } else if value < 0.0 {
            self.errors.push(DataError::Negative {
                record: record.into(),
                field,
                value,
            });
        }
    }

    /// A finite amount above zero (used as a divisor or a growth base).
    fn positive(&mut self, record: &str, field: &'static str, value: f64) {
        self.amount(record, field, value);
        if value == 0.0 {
            self.errors.push(DataError::NotPositive {
                record: record.into(),
                field,
            });
        }
    }

    pub(crate) fn percent(&mut self, record: &str, field: &'static str, value: f64) {
        self.amount(record, field, value);
        if value > 100.0 {
            self.errors.push(DataError::PercentOver100 {
                record: record.into(),
                field,
                value,
            });
        }
    }

    fn order(&mut self, record: &str, field: &'static str, ok: bool) {
        if !ok {
            self.errors.push(DataError::OutOfOrder {
                record: record.into(),
                field,
            });
        }
    }

    pub(crate) fn unique<'b>(
        &mut self,
        kind: &str,
        field: &'static str,
        ids: impl Iterator<Item = &'b str>,
    ) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.errors.push(DataError::Duplicate {
                    record: format!("{kind}[{id}]"),
                    field,
                });
            }
        }
    }
}

/// Validates the whole dataset; `Ok` only when nothing is wrong.
pub fn validate(data: &Dataset) -> Result<(), Vec<DataError>> {
    let mut c = Checker::new(data);
    meta(&mut c, data);
    events(&mut c, data);
    funding(&mut c, data);
    capex(&mut c, data);
    cloud(&mut c, data);
    narrative(&mut c, data);
    crate::validate_reported::check(&mut c, data);
    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

/// meta.toml: the article's week, unique ids.
fn meta(c: &mut Checker, data: &Dataset) {
    let a = &data.meta.article;
    c.order(
        "article",
        "week_end",
        a.week_start <= a.week_end && a.week_end <= a.as_of,
    );
    c.unique(
        "companies",
        "id",
        data.meta.companies.iter().map(|x| x.id.as_str()),
    );
    c.unique(
        "sources",
        "id",
        data.meta.sources.iter().map(|x| x.id.as_ref()),
    );
}

/// events.toml: unique, in display order (single days before ranges), dated by the as-of.
fn events(c: &mut Checker, data: &Dataset) {
    c.unique(
        "events",
        "id",
        data.events.events.iter().map(|x| x.id.as_ref()),
    );
    // The report shows records in file order, so the files keep it (no sorting in the wasm).
    for w in data.events.events.windows(2) {
        let [a, b] = [&w[0], &w[1]].map(|e| (e.date_end.is_some(), e.date));
        c.order(&format!("events[{}]", w[1].id), "date", a <= b);
    }
    for e in data.events.events.iter() {
        let r = format!("events[{}]", e.id);
        c.company(&r, "company", e.company);
        c.provenance(&r, &e.quote, &e.source, e.as_of);
        c.not_after_as_of(&r, "date", e.date);
        if let Some(end) = e.date_end {
            c.order(&r, "date_end", e.date <= end);
            c.not_after_as_of(&r, "date_end", end);
        }
        if let Some(v) = e.amount {
            c.amount(&r, "amount", v);
        }
        c.order(&r, "unit", e.amount.is_some() == e.unit.is_some());
    }
    let s = &data.events.aws_spain;
    c.provenance("aws_spain", &s.quote, &s.source, s.as_of);
    c.amount("aws_spain", "expansion", s.expansion);
    c.amount("aws_spain", "total_committed", s.total_committed);
    c.order(
        "aws_spain",
        "total_committed",
        s.expansion <= s.total_committed,
    );
}

/// funding.toml: rounds newest first, investors within their round.
fn funding(c: &mut Checker, data: &Dataset) {
    c.unique(
        "rounds",
        "id",
        data.funding.rounds.iter().map(|x| x.id.as_ref()),
    );
    for w in data.funding.rounds.windows(2) {
        c.order(
            &format!("rounds[{}]", w[1].id),
            "date",
            w[0].date >= w[1].date,
        );
    }
    for r in data.funding.rounds.iter() {
        let rec = format!("rounds[{}]", r.id);
        c.company(&rec, "company", r.company);
        c.provenance(&rec, &r.quote, &r.source, r.as_of);
        c.not_after_as_of(&rec, "date", r.date);
        c.positive(&rec, "amount", r.amount);
        if let Some(v) = r.valuation {
            c.positive(&rec, "valuation", v);
        }
        for i in r.investors.iter() {
            c.company(&rec, "investors.company", i.company);
            c.amount(&rec, "investors.amount", i.amount);
        }
        let sum: f64 = r.investors.iter().map(|i| i.amount).sum();
        if sum > r.amount + 1e-9 {
            c.errors.push(DataError::InvestorsExceedRound {
                record: rec,
                sum,
                amount: r.amount,
            });
        }
    }
    let st = &data.funding.stated;
    c.provenance("funding.stated", &st.quote, &st.source, st.as_of);
    for v in data.funding.valuations.iter() {
        let rec = format!("valuations[{}]", v.company);
        c.company(&rec, "company", v.company);
        c.provenance(&rec, &v.quote, &v.source, v.as_of);
        c.positive(&rec, "value", v.value);
    }
    for i in data.funding.ipos.iter() {
        let rec = format!("ipos[{}]", i.company);
        c.company(&rec, "company", i.company);
        c.provenance(&rec, &i.quote, &i.source, i.as_of);
    }
}

/// capex.toml: one record per company, real amounts, the $3–4T estimate in order.
fn capex(c: &mut Checker, data: &Dataset) {
    c.unique(
        "capex",
        "company",
        data.capex.companies.iter().map(|x| x.company.as_str()),
    );
    for x in data.capex.companies.iter() {
        let rec = format!("capex[{}]", x.company);
        c.company(&rec, "company", x.company);
        c.provenance(&rec, &x.quote, &x.source, x.as_of);
        c.positive(&rec, "capex_2025", x.capex_2025);
        c.amount(&rec, "capex_2026", x.capex_2026);
        c.amount(&rec, "stated_growth_pct", x.stated_growth_pct);
    }
    let cs = &data.capex.stated;
    c.provenance("capex.stated", &cs.quote, &cs.source, cs.as_of);
    // A total is a floor when any of its parts is.
    let floors = data.capex.companies.iter().any(|x| x.at_least_2026);
    c.order(
        "capex.stated",
        "total_2026_at_least",
        cs.total_2026_at_least == floors,
    );
    let e = &data.capex.estimate_2030;
    c.provenance("estimate_2030", &e.quote, &e.source, e.as_of);
    c.positive("estimate_2030", "low", e.low);
    c.order("estimate_2030", "high", e.low <= e.high);
}

/// cloud.toml: each provider exactly once (a missing one would silently project as zero),
/// shares that add up to at most 100 %.
fn cloud(c: &mut Checker, data: &Dataset) {
    c.unique(
        "providers",
        "id",
        data.cloud.providers.iter().map(|x| x.id.as_str()),
    );
    for &provider in ProviderId::VARIANTS {
        if !data.cloud.providers.iter().any(|p| p.id == provider) {
            c.errors.push(DataError::MissingProvider { provider });
        }
    }
    let q = &data.cloud.q4_2025;
    c.provenance("q4_2025", &q.quote, &q.source, q.as_of);
    c.positive("q4_2025", "revenue", q.revenue);
    c.amount("q4_2025", "yoy_growth_pct", q.yoy_growth_pct);
    let fy = &data.cloud.full_year_2025;
    c.provenance("full_year_2025", &fy.quote, &fy.source, fy.as_of);
    c.positive("full_year_2025", "revenue", fy.revenue);
    for p in data.cloud.providers.iter() {
        let rec = format!("providers[{}]", p.id);
        c.company(&rec, "company", p.company);
        c.provenance(&rec, &p.quote, &p.source, p.as_of);
        c.percent(&rec, "share_pct", p.share_pct);
        if !p.yoy_growth_pct.is_finite() {
            c.errors.push(DataError::NotFinite {
                record: rec,
                field: "yoy_growth_pct",
            });
        }
    }
    let total: f64 = data.cloud.providers.iter().map(|p| p.share_pct).sum();
    if total > 100.0 {
        c.errors.push(DataError::SharesOver100 { total });
    }
    let m = &data.cloud.market;
    c.provenance("market", &m.quote, &m.source, m.as_of);
    c.positive("market", "value_2025", m.value_2025);
    c.positive("market", "value_2030", m.value_2030);
}

/// narrative.toml: the article's claims are dated and in order.
fn narrative(c: &mut Checker, data: &Dataset) {
    let n = &data.narrative;
    c.provenance(
        "compute",
        &n.compute.quote,
        &n.compute.source,
        n.compute.as_of,
    );
    c.positive(
        "compute",
        "inference_to_training_ratio",
        n.compute.inference_to_training_ratio,
    );
    c.provenance(
        "plateau",
        &n.plateau.quote,
        &n.plateau.source,
        n.plateau.as_of,
    );
    c.order(
        "plateau",
        "years_away_max",
        n.plateau.years_away_min <= n.plateau.years_away_max,
    );
}
