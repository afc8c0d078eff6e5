//! The page as the build writes it: the report at the article's assumptions, rendered to HTML
//! by the same Yew components the wasm runs (Yew's server renderer), with every chart drawn as
//! inline SVG by the same chart code the canvas uses (plotters' SVG backend).
//!
//! So the report reads at once, and without JavaScript, to search engines and link previews;
//! the wasm then renders the reader's own scenario in its place (src/main.rs).

use crate::app::components::masthead::Masthead;
use crate::app::pages::report::sections::{DataProps, DataRef};
use crate::app::pages::report::{Report, ReportProps};
use crate::app::query;
use crate::dataset::{Dataset, Load};
use crate::model::Assumptions;
use std::rc::Rc;
use yew::{BaseComponent, LocalServerRenderer};

/// `C` with `props`, rendered to HTML (no hydration: the app renders its own tree).
fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let html = LocalServerRenderer::<C>::with_props(props)
        .hydratable(false)
        .render();
    tokio::task::LocalSet::new().block_on(&runtime, html)
}

/// The report's title block, which stays, and the whole report at the article's assumptions
/// in the element the app replaces.
pub fn report_html() -> String {
    let data = DataRef(Rc::new(Dataset::embedded()));
    let head = render::<Masthead>(DataProps { data });
    let report = report_at("");
    format!(
        "{head}\n<div id=\"{}\">{report}</div>",
        crate::app::browser::PRERENDERED_ID
    )
}

/// The report as the build renders it for the address query `query` (without its `?`): what
/// tests compare across scenarios (`components::kept` must not depend on one).
pub fn report_at(query: &str) -> String {
    let data = Rc::new(Dataset::embedded());
    let query = query::parse_for(query, &data);
    render::<Report>(ReportProps {
        data: DataRef(data),
        query,
    })
}

/// The chart a link preview shows, and the preview's size (Open Graph's recommended 1.91:1).
const PREVIEW: (crate::charts::ChartId, (u32, u32)) =
    (crate::charts::ChartId::CloudRevenue, (1200, 630));

/// The link-preview image (`preview.png`, named by index.html's `og:image`): the cloud chart at
/// the article's assumptions, drawn by the same chart code as SVG and rasterised with the
/// system's fonts. `None` if it cannot be rasterised (the build then ships no preview).
pub fn preview_png() -> Option<Vec<u8>> {
    use resvg::{tiny_skia, usvg};
    let data = Dataset::embedded();
    let report = crate::model::Report::compute(&data, &Assumptions::article(&data));
    let (id, (w, h)) = PREVIEW;
    let svg = crate::charts::svg::sized(&id.build(&data, &report), false, (w, h), 1.6);
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_system_fonts();
    // The charts ask for "sans-serif", which fontdb maps to Arial: take a sans the system has.
    let has = |name: &str| {
        fonts
            .faces()
            .any(|f| f.families.iter().any(|(n, _)| n == name))
    };
    if let Some(sans) = ["Liberation Sans", "DejaVu Sans", "Noto Sans"]
        .into_iter()
        .find(|n| has(n))
    {
        fonts.set_sans_serif_family(sans);
    }
    let tree = usvg::Tree::from_str(&svg, &options).ok()?;
    let mut pixmap = tiny_skia::Pixmap::new(w, h)?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().ok()
}

/// The body of `uncertainty.html` (see `app::pages::uncertainty`); `document::Assets::page_html`
/// gives it the report's stylesheet and policy, without the report's scripts.
pub fn uncertainty_html() -> String {
    use crate::app::pages::uncertainty::{UncertaintyPage, UncertaintyPageProps};
    render::<UncertaintyPage>(UncertaintyPageProps {
        data: Rc::new(Dataset::embedded()),
    })
}

/// The body of `sources.html` (see `app::pages::sources`); `document::Assets::page_html` gives
/// it the report's stylesheet and policy, without the report's scripts.
pub fn sources_html() -> String {
    use crate::app::pages::sources::{SourcesPage, SourcesPageProps};
    render::<SourcesPage>(SourcesPageProps {
        data: Rc::new(Dataset::embedded()),
    })
}
