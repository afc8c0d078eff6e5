//! `cargo run --bin export -- <dir>`: writes the pages whole and what they serve beside them
//! that the build does not put in the wasm, into Trunk's staged dist/ (`<dir>`, where Trunk put
//! the wasm, its glue, the stylesheet and the icon): `index.html` (the prerendered report, see
//! `ai_infra_report::prerender`, in the document of `ai_infra_report::document`) and the boot
//! module that starts the wasm, `SOURCES_PAGE` and `UNCERTAINTY_PAGE`, the charts as SVG files
//! (`charts/`), the link-preview image, the dataset downloads and `manifest.json` (see
//! `ai_infra_report::manifest`). Trunk's post-build hook (tools/post-build.mjs) runs it after
//! minifying the glue and the stylesheet, so the integrity hashes are of what is served.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use ai_infra_report::dataset::*;
    use ai_infra_report::model::uncertainty::{Settings, SETTLED_PATHS};
    let dir = std::env::args().nth(1).expect("usage: export <dir>");
    let dir = std::path::Path::new(&dir);
    use ai_infra_report::prerender;
    let manifest = ai_infra_report::manifest::manifest();
    let assets =
        ai_infra_report::document::Assets::find(dir).unwrap_or_else(|e| panic!("export: {e}"));
    let boot_file = assets.boot_file();
    let files = [
        (DOWNLOAD_CSV_FILE, DOWNLOAD_CSV.to_string()),
        (DOWNLOAD_JSON_FILE, DOWNLOAD_JSON.to_string()),
        (DOWNLOAD_WIDE_CSV_FILE, DOWNLOAD_WIDE_CSV.to_string()),
        (DOWNLOAD_README_FILE, DOWNLOAD_README.to_string()),
        (
            SCORECARD_CSV_FILE,
            ai_infra_report::model::scorecard::csv(&Dataset::embedded()),
        ),
        ("index.html", assets.index_html(&prerender::report_html())),
        (&boot_file, assets.boot_script()),
        (
            SOURCES_PAGE,
            assets.page_html(
                "Every figure and its source",
                "Every figure of the report with the article's words it comes from, its source and date.",
                Some(SOURCES_CSS),
                &prerender::sources_html(),
            ),
        ),
        (
            UNCERTAINTY_PAGE,
            assets.page_html(
                "How sure are the projections?",
                "The report's headline answers with their ranges, which assumptions move them most, \
                 and what each would have to be.",
                None,
                &prerender::uncertainty_html(),
            ),
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
    // The worker's glue (Trunk's, named for the binary) ends by loading its wasm.
    use ai_infra_report::app::browser::worker::{SCRIPT, START};
    let glue =
        std::fs::read_to_string(dir.join(SCRIPT)).unwrap_or_else(|e| panic!("{SCRIPT}: {e}"));
    if !glue.ends_with(START) {
        std::fs::write(dir.join(SCRIPT), glue + START).unwrap_or_else(|e| panic!("{SCRIPT}: {e}"));
    }
}

/// Nothing to export from inside the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
