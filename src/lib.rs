//! The 2026 AI-infrastructure spending race, as an explorable report.
//!
//! Data flows one way, one module per layer:
//! [`dataset`] (data/*.toml → validated structs) → [`model`] (pure projections and derived
//! answers) → [`charts`] (plotters, generic over any `DrawingBackend`) → [`app`] (Yew
//! components, state and canvases). Only `app` touches the browser.

pub mod app;
pub mod charts;

/// The report's name, as its masthead, embeds, downloads, sources page and citation give it.
pub const REPORT_TITLE: &str = "The trillion-dollar AI infrastructure race";

pub mod dataset;
#[cfg(not(target_arch = "wasm32"))]
pub mod manifest;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
