//! `cargo run --bin export -- <dir>`: writes what the page serves beside index.html and the
//! build does not put in the wasm: the dataset downloads (CSV and JSON, as build.rs made them),
//! `manifest.json` (see `ai_infra_report::manifest`), and the prerendered report
//! (`prerendered.html`, see `ai_infra_report::prerender`) that the hook puts into index.html,
//! with its charts as SVG files (`charts/`), and the body of the sources page
//! (`SOURCES_PAGE`, see `ai_infra_report::app::pages::sources`) and of the uncertainty page
//! (`UNCERTAINTY_PAGE`, `app::pages::uncertainty`), which the hook completes.
//! Trunk's post-build hook (scripts/post-build.mjs) runs it on the staged dist/.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use ai_infra_report::dataset::*;
    use ai_infra_report::model::uncertainty::{Settings, SETTLED_PATHS};
    let dir = std::env::args().nth(1).expect("usage: export <dir>");
    let dir = std::path::Path::new(&dir);
    let manifest = ai_infra_report::manifest::manifest();
    let files = [
        (DOWNLOAD_CSV_FILE, DOWNLOAD_CSV.to_string()),
        (DOWNLOAD_JSON_FILE, DOWNLOAD_JSON.to_string()),
        (DOWNLOAD_WIDE_CSV_FILE, DOWNLOAD_WIDE_CSV.to_string()),
        (DOWNLOAD_README_FILE, DOWNLOAD_README.to_string()),
        (
            SCORECARD_CSV_FILE,
            ai_infra_report::model::scorecard::csv(&Dataset::embedded()),
        ),
        (
            "prerendered.html",
            ai_infra_report::prerender::report_html(),
        ),
        (SOURCES_PAGE, ai_infra_report::prerender::sources_html()),
        (
            UNCERTAINTY_PAGE,
            ai_infra_report::prerender::uncertainty_html(),
        ),
        (
            "manifest.json",
            serde_json::to_string_pretty(&manifest).expect("JSON"),
        ),
    ];
    std::fs::create_dir_all(dir.join(ai_infra_report::charts::svg::DIR)).expect("charts/");
    let data = Dataset::embedded();
    let article = ai_infra_report::model::Assumptions::article(&data);
    let report = ai_infra_report::model::Report::compute(&data, &article);
    // The bands the page starts with: the default settings, every path.
    let sim = Settings::default().simulate(&data, &article, SETTLED_PATHS);
    let charts = ai_infra_report::charts::svg::files(&data, &report, sim.as_ref());
    match ai_infra_report::prerender::preview_png() {
        Some(png) => std::fs::write(dir.join("preview.png"), png).expect("preview.png"),
        None => eprintln!("export: no preview.png (the chart's SVG could not be rasterised)"),
    }
    let files = files
        .into_iter()
        .map(|(name, text)| (name.to_string(), text));
    for (name, text) in files.chain(charts) {
        std::fs::write(dir.join(&name), text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// Nothing to export from inside the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
