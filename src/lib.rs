//! The 2026 AI-infrastructure spending race, as an explorable report: the page.
//!
//! Data flows one way, one crate per layer (the workspace's members):
//! [`dataset`] (`ai-infra-dataset`'s types and checks, with `ai-infra-data`'s `data/*.toml`
//! compiled in) → [`model`] (`ai-infra-model`: pure projections and derived answers) →
//! [`charts`] (`ai-infra-charts`: plotters, generic over any `DrawingBackend`) → [`app`] (this
//! crate: Yew components, state and canvases). Only `app` touches the browser, and no layer can
//! import one after it.

pub mod app;
pub use ai_infra_charts as charts;
pub use ai_infra_data as dataset;
pub use ai_infra_model as model;
pub use ai_infra_model::REPORT_TITLE;

#[cfg(not(target_arch = "wasm32"))]
pub mod document;
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
