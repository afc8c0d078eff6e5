//! Section 2: the mega-round era — money raised, valuations, and where the $110B goes back to.

use ai_infra_dataset::{CompanyId, Dataset, ProviderId, Round};

#[derive(Debug, Clone, PartialEq)]
pub struct RaisedBar {
    /// "OpenAI"
    pub name: String,
    /// "Feb 2026"
    pub when: String,
    pub amount: f64,
}

/// Each round in the article's "last 12 months", newest first (the data file's order, which
/// validation enforces); OpenAI's two rounds apart.
pub fn raised(data: &Dataset) -> Vec<RaisedBar> {
    data.funding
        .rounds
        .iter()
        .map(|r| RaisedBar {
            name: data.company_name(r.company).to_string(),
            when: short_month(r.date),
            amount: r.amount,
        })
        .collect()
}

fn short_month(d: ai_infra_dataset::Date) -> String {
    let h = d.human();
    // "Feb 27, 2026" → "Feb 2026"; "Oct 2025" stays.
    match h.split_once(' ') {
        Some((m, _)) => format!("{m} {}", d.year),
        None => h,
    }
}

/// Money raised by one company across its rounds.
pub fn raised_by(data: &Dataset, company: CompanyId) -> f64 {
    data.funding
        .rounds
        .iter()
        .filter(|r| r.company == company)
        .map(|r| r.amount)
        .sum()
}

/// All money raised in the rounds listed.
pub fn combined(data: &Dataset) -> f64 {
    data.funding.rounds.iter().map(|r| r.amount).sum()
}

/// What flows back from the biggest round to the investors who also sell it compute.
#[derive(Debug, Clone, PartialEq)]
pub struct Flowback {
    /// The round it is about (the biggest), as the dataset has it; `None` without rounds.
    pub round: Option<Round>,
    /// The part of the round spent on cloud and chips, $B.
    pub to_vendors: f64,
    pub vendors: Vec<VendorFlow>,
}

impl Flowback {
    /// The flow to `company`, if it gets one.
    pub fn to(&self, company: CompanyId) -> Option<&VendorFlow> {
        self.vendors.iter().find(|v| v.company == company)
    }

    /// The round's amount, $B (0 without a round).
    pub fn amount(&self) -> f64 {
        self.round.as_ref().map_or(0.0, |r| r.amount)
    }
}

/// One vendor investor's side of the flow-back.
#[derive(Debug, Clone, PartialEq)]
pub struct VendorFlow {
    /// The company whose revenue it is (Microsoft for Azure).
    pub company: CompanyId,
    pub name: String,
    /// What comes back to it as revenue, $B.
    pub returned: f64,
    /// What it put into the round, $B.
    pub invested: f64,
}

/// The biggest round of the dataset: the one the section and its flow-back are about.
pub fn biggest_round(data: &Dataset) -> Option<&Round> {
    data.funding
        .rounds
        .iter()
        .max_by(|a, b| a.amount.total_cmp(&b.amount))
}

/// Investors in the round that also sell OpenAI compute: Amazon (cloud) and Nvidia (chips).
pub const VENDOR_INVESTORS: [CompanyId; 2] = [CompanyId::Amazon, CompanyId::Nvidia];

/// Splits `share_pct` of the biggest round: `azure_pct` of that spend goes to Microsoft's Azure,
/// which the article names among OpenAI's clouds; the rest goes to the vendor investors in
/// proportion to what each put in (Amazon 50 : Nvidia 30). Both splits are our assumptions,
/// stated on the page. What comes back is revenue for the vendor, not a return on its stake.
pub fn flowback(data: &Dataset, share_pct: f64, azure_pct: f64) -> Flowback {
    let Some(round) = biggest_round(data) else {
        return Flowback {
            round: None,
            to_vendors: 0.0,
            vendors: vec![],
        };
    };
    let to_vendors = round.amount * share_pct / 100.0;
    let to_azure = to_vendors * azure_pct / 100.0;
    let investors: Vec<_> = round
        .investors
        .iter()
        .filter(|i| VENDOR_INVESTORS.contains(&i.company))
        .collect();
    let stake: f64 = investors.iter().map(|i| i.amount).sum();
    let mut vendors: Vec<VendorFlow> = investors
        .iter()
        .map(|i| VendorFlow {
            company: i.company,
            name: data.company_name(i.company).to_string(),
            returned: if stake > 0.0 {
                (to_vendors - to_azure) * i.amount / stake
            } else {
                0.0
            },
            invested: i.amount,
        })
        .collect();
    if azure_pct > 0.0 {
        let azure = data
            .cloud
            .providers
            .iter()
            .find(|p| p.id == ProviderId::Azure);
        vendors.push(VendorFlow {
            company: azure.map_or(CompanyId::Microsoft, |p| p.company),
            name: azure.map_or("Azure".into(), |p| p.name.to_string()),
            returned: to_azure,
            invested: 0.0,
        });
    }
    Flowback {
        round: Some(round.clone()),
        to_vendors,
        vendors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ai_infra_data::Load;

    #[test]
    fn half_the_round_returns_in_proportion_to_stakes() {
        let d = Dataset::embedded();
        // 110 × 50 % = 55; Amazon 55 × 50/80 = 34.375, Nvidia 55 × 30/80 = 20.625.
        let f = flowback(&d, 50.0, 0.0);
        assert_eq!(f.amount(), 110.0);
        assert_eq!(f.round.as_ref().map(|r| r.company), Some(CompanyId::OpenAi));
        assert!((f.to_vendors - 55.0).abs() < 1e-9);
        assert!((f.vendors[0].returned - 34.375).abs() < 1e-9);
        assert!((f.vendors[1].returned - 20.625).abs() < 1e-9);
        assert_eq!(flowback(&d, 0.0, 0.0).vendors[0].returned, 0.0);
        // A fifth of the spend to Azure: 11 to Microsoft Azure, 44 split 50 : 30.
        let az = flowback(&d, 50.0, 20.0);
        assert_eq!(az.vendors.len(), 3);
        assert!((az.vendors[2].returned - 11.0).abs() < 1e-9);
        assert!((az.vendors[0].returned - 27.5).abs() < 1e-9);
    }

    #[test]
    fn each_vendor_is_found_by_its_company_and_azure_by_microsoft() {
        let d = Dataset::embedded();
        let f = flowback(&d, 50.0, 20.0);
        for v in &f.vendors {
            assert_eq!(f.to(v.company).map(|x| x.company), Some(v.company));
        }
        assert!(
            f.to(CompanyId::Meta).is_none(),
            "Meta is no investor and sells no cloud"
        );
        // The Azure share goes to Microsoft's cloud, named as the data names it.
        let azure = f.to(CompanyId::Microsoft).expect("a flow to Azure");
        assert!(azure.name.contains("Azure"), "{}", azure.name);
        assert_eq!(azure.invested, 0.0);
    }

    #[test]
    fn vendors_with_no_stake_get_nothing_back_not_nan() {
        // The largest round with every investor's amount at zero (a valid figure): the share
        // of the spend is split by stakes, and with none there is nothing to split.
        let mut d = Dataset::embedded();
        let rounds = d.funding.rounds.to_mut();
        let i = (0..rounds.len())
            .max_by(|a, b| rounds[*a].amount.total_cmp(&rounds[*b].amount))
            .unwrap();
        for investor in rounds[i].investors.to_mut() {
            investor.amount = 0.0;
        }
        let f = flowback(&d, 50.0, 0.0);
        assert!(!f.vendors.is_empty());
        assert!(
            f.vendors.iter().all(|v| v.returned == 0.0),
            "{:?}",
            f.vendors
        );
    }

    #[test]
    fn raised_lists_newest_first_with_openai_split() {
        let d = Dataset::embedded();
        let bars: Vec<_> = raised(&d).into_iter().map(|b| (b.name, b.when)).collect();
        let want = [
            ("OpenAI", "Feb 2026"),
            ("Anthropic", "Jan 2026"),
            ("xAI", "Dec 2025"),
            ("OpenAI", "Oct 2025"),
        ];
        assert_eq!(bars, want.map(|(n, w)| (n.to_string(), w.to_string())));
    }
}
