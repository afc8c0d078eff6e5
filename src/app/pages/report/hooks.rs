//! The report's jobs besides its markup, one hook each, in the order `Report` calls them (Yew
//! runs effects in that order): its state, the presets, the permalink, the refined Monte
//! Carlo, and the sections rendered one task at a time, after which the app takes over from
//! the prerendered page; then the worker that makes the uncertainty's runs.

mod use_permalink;
mod use_presets;
mod use_refine;
mod use_report_state;
mod use_staged_sections;
mod use_worker;

pub use use_permalink::use_permalink;
pub use use_presets::use_presets;
pub use use_refine::use_refine;
pub use use_report_state::use_report_state;
pub use use_staged_sections::use_staged_sections;
pub use use_worker::{use_worker, ANSWER_MARK};
