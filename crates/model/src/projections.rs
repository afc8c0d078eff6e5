//! Every projection at the reader's assumptions, as one table a year a row: the download an
//! analyst opens in a spreadsheet.

use super::format::trim;
use super::horizon::FIRST_YEAR;
use super::Report;
use ai_infra_dataset::csv_field::row;

/// The projections as CSV: with `commented`, `#` lines first name the assumptions.
pub fn csv(r: &Report, assumptions: &[(String, String)], commented: bool) -> String {
    let mut header: Vec<String> = vec![
        "year".into(),
        "CapEx of the five (USD bn)".into(),
        format!("CapEx running total from {FIRST_YEAR} (USD bn)"),
    ];
    header.extend(
        r.cloud
            .providers
            .iter()
            .map(|p| format!("{} Q4 revenue (USD bn)", p.name)),
    );
    header.extend([
        "Cloud Q4 revenue, total (USD bn)".into(),
        "Cloud market (USD bn)".into(),
        "Training (USD bn)".into(),
        "Inference (USD bn)".into(),
        "Edge (USD bn)".into(),
        "CapEx to cloud revenue (ratio)".into(),
    ]);
    let mut out = String::new();
    if commented {
        out.push_str(&format!(
            "# Projections of \"{}\", at these assumptions:\n",
            crate::REPORT_TITLE
        ));
        for (k, v) in assumptions {
            out.push_str(&format!("# {k} = {v}\n"));
        }
    }
    out.push_str(&row(&header));
    out.push('\n');
    for (i, year) in r.capex.years.iter().enumerate() {
        let c = r.compute.years.iter().position(|y| y == year);
        let layer = |v: &Vec<f64>| c.map_or(String::new(), |c| trim(v[c], 4));
        let mut cells = vec![
            year.to_string(),
            trim(r.capex.annual[i], 4),
            trim(r.capex.cumulative[i], 4),
        ];
        cells.extend(r.cloud.providers.iter().map(|p| trim(p.revenue[i], 4)));
        cells.extend([
            trim(r.cloud.total[i], 4),
            trim(r.market.value[i], 4),
            layer(&r.compute.training),
            layer(&r.compute.inference),
            layer(&r.compute.edge),
            trim(r.sustainability.ratio[i], 4),
        ]);
        out.push_str(&row(&cells));
        out.push('\n');
    }
    out
}
