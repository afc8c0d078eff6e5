//! The manifest the build writes for the JavaScript side says what the Rust says.

use ai_infra_report::charts::ChartId;
use ai_infra_report::manifest::manifest;
use ai_infra_report::model::{Key, Preset};

#[test]
fn the_manifest_lists_every_slider_chart_and_preset_with_its_id() {
    let m = manifest();
    let ids = |list: &str, field: &str| -> Vec<String> {
        m[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x[field].as_str().unwrap().to_string())
            .collect()
    };
    let want: Vec<String> = Key::ALL.iter().map(|k| k.spec().id.to_string()).collect();
    assert_eq!(ids("sliders", "id"), want);
    let want: Vec<String> = ChartId::ALL.iter().map(|c| c.slug().to_string()).collect();
    assert_eq!(ids("charts", "id"), want);
    let want: Vec<String> = Preset::ALL.iter().map(|p| p.id().to_string()).collect();
    assert_eq!(ids("presets", "id"), want);
    let growth = &m["sliders"][0];
    assert_eq!(
        (growth["key"].as_str(), growth["defaultText"].as_str()),
        (Some("CapexGrowth"), Some("39 %"))
    );
    assert_eq!(
        m["charts"][3]["inputs"],
        serde_json::json!(ChartId::CapexProjection
            .inputs()
            .iter()
            .map(|k| format!("{k:?}"))
            .collect::<Vec<_>>())
    );
    assert_eq!(m["presets"][2]["texts"]["PlateauYear"], "2028");
    assert_eq!(m["presets"][2]["texts"]["PostPlateau"], "-15 %/yr");
    assert!(m["downloads"]["csv"].as_str().unwrap().ends_with(".csv"));
}

/// static/embed.js runs on other sites, apart from the page and its manifest: it spells the
/// message key, the tallest height and the frames' attribute itself, and this keeps them the
/// manifest's (each said exactly where embed.js uses it, and nowhere else differently).
#[test]
fn embed_js_spells_what_the_manifest_says() {
    let m = manifest();
    let host = &m["embedHost"];
    let js = std::fs::read_to_string("static/embed.js").unwrap();
    let key = host["heightKey"].as_str().unwrap();
    let attribute = host["frameAttribute"].as_str().unwrap();
    assert!(
        js.contains(&format!("keys[0] !== '{key}'")),
        "the message key {key}"
    );
    assert!(
        js.contains(&format!("var h = d.{key};")),
        "the height read from {key}"
    );
    assert!(
        js.contains(&format!("var MAX = {};", host["maxHeight"])),
        "the tallest height"
    );
    assert!(
        js.contains(&format!("iframe[{attribute}]")),
        "the frames' attribute"
    );
    assert_eq!(
        js.matches("aiInfra").count(),
        3,
        "no other spelling of a name: {js}"
    );
    assert_eq!(m["sliderIdPrefix"], "slider-");
}
