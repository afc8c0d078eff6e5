//! The names and figures the JavaScript side needs, as one JSON document written by the build
//! (`cargo run --bin export`, from Trunk's post-build hook, into dist/manifest.json): every
//! slider's URL key, range, unit, origin and default; every chart's id and the sliders it
//! depends on; every preset's values; the download file names and the sources page's. The browser tests, the
//! benchmark and the one-file build read it instead of spelling any of these again, so a
//! name changed here is changed everywhere.

use crate::app::components::slider::SLIDER_ID_PREFIX;
use crate::app::pages::embed::host;
use crate::app::query::SPREAD;
use crate::charts::ChartId;
use crate::dataset::{
    Dataset, Load, DOWNLOAD_CSV_FILE, DOWNLOAD_JSON_FILE, DOWNLOAD_README_FILE,
    DOWNLOAD_WIDE_CSV_FILE, SOURCES_PAGE, UNCERTAINTY_PAGE,
};
use crate::model::assumptions::SliderUnit;
use crate::model::format::slider_value;
use crate::model::uncertainty::{
    Settings, DRAG_PATHS, MAX_SEED, MAX_WIDTH, REFINED_PATHS, SETTLED_PATHS,
};
use crate::model::{Assumptions, Key, Preset};
use serde_json::{json, Map, Value};

/// Assumptions as `{ "CapexGrowth": 39.0, … }` and as the sliders show them.
fn values(a: &Assumptions) -> (Value, Value) {
    let (mut v, mut t) = (Map::new(), Map::new());
    for &k in Key::ALL {
        v.insert(format!("{k:?}"), json!(a.get(k)));
        t.insert(format!("{k:?}"), json!(slider_value(k.spec(), a.get(k))));
    }
    (Value::Object(v), Value::Object(t))
}

/// The manifest as JSON: `sliders`, `charts` and `presets` are lists in page order, each
/// entry naming its Rust variant (`key`/`name`) and its id on the page.
pub fn manifest() -> Value {
    let data = Dataset::embedded();
    let article = Assumptions::article(&data);
    let sliders: Vec<Value> = Key::ALL
        .iter()
        .map(|&k| {
            let s = k.spec();
            let unit = match s.unit {
                SliderUnit::Percent => "percent",
                SliderUnit::PointsPerYear => "points per year",
                SliderUnit::Year => "year",
                SliderUnit::Times => "times",
                SliderUnit::PercentPerYear => "percent per year",
                SliderUnit::Reading => "reading",
            };
            let origin = s.origin.id();
            json!({
                "key": format!("{k:?}"), "id": s.id, "label": s.label, "unit": unit, "min": s.min,
                "max": s.max, "step": s.step, "origin": origin, "default": article.get(k),
                "defaultText": slider_value(s, article.get(k)),
            })
        })
        .collect();
    let charts: Vec<Value> = ChartId::ALL
        .iter()
        .map(|&c| {
            let inputs: Vec<String> = c.inputs().iter().map(|k| format!("{k:?}")).collect();
            json!({ "id": c.slug(), "name": format!("{c:?}"), "inputs": inputs, "onSettle": c.on_settle() })
        })
        .collect();
    let presets: Vec<Value> = Preset::ALL
        .iter()
        .map(|&p| {
            let (values, texts) = values(&p.apply(&data));
            json!({ "id": p.id(), "label": p.label(), "values": values, "texts": texts })
        })
        .collect();
    let banded: Vec<&str> = ChartId::ALL
        .iter()
        .filter(|c| c.has_uncertainty())
        .map(|c| c.slug())
        .collect();
    let bands = Settings::default(); // the page's defaults
    json!({
        "sliders": sliders,
        "charts": charts,
        "presets": presets,
        "sliderIdPrefix": SLIDER_ID_PREFIX,
        "worker": {
            "script": crate::app::browser::worker::SCRIPT,
            "urlGlobal": crate::app::browser::worker::URL_GLOBAL,
            "start": crate::app::browser::worker::START,
            "answerMark": crate::app::pages::report::hooks::ANSWER_MARK,
            "settleMs": crate::app::browser::SETTLE_MS,
        },
        "embedHost": {
            "heightKey": host::HEIGHT_KEY, "maxHeight": host::MAX_HEIGHT,
            "frameAttribute": host::FRAME_ATTRIBUTE, "script": host::SCRIPT,
        },
        "uncertainty": {
            "charts": banded, "spreadPrefix": SPREAD, "seed": bands.seed, "maxSeed": MAX_SEED,
            "maxWidth": MAX_WIDTH, "paths": REFINED_PATHS, "firstPaths": SETTLED_PATHS,
            "quickPaths": DRAG_PATHS,
        },
        "downloads": {
            "csv": DOWNLOAD_CSV_FILE, "json": DOWNLOAD_JSON_FILE, "wide": DOWNLOAD_WIDE_CSV_FILE,
            "readme": DOWNLOAD_README_FILE,
        },
        "sourcesPage": SOURCES_PAGE,
        // The policy (src/document.rs): the pages' meta, the header deploy/ and the test
        // servers send, and the one inline script it allows by hash.
        "csp": {
            "meta": crate::document::csp_meta(), "header": crate::document::csp_header(),
            "pendingScript": crate::document::pending_script(),
        },
        "uncertaintyPage": UNCERTAINTY_PAGE,
    })
}
