//! Layer 3: charts. Each chart is first described as data ([`description`]: a [`LineChart`]
//! or [`BarChart`], built from the model in [`catalog`]), then drawn by one plotters function
//! that is generic over `DrawingBackend` ([`draw`]: a `<canvas>` in the browser, SVG in native
//! tests). The same description feeds the chart's CSV, its accessible summary ([`describe`])
//! and its tooltips ([`tooltip`]), so they can't disagree.

mod annotate;
mod axis;
mod bar;
pub mod catalog;
pub mod chart_id;
pub mod describe;
pub mod description;
pub mod draw;
mod frame;
mod headline;
pub mod history;
pub mod layout;
pub mod levers;
mod line;
pub mod outline;
mod pinned;
pub mod size;
pub mod sound;
#[cfg(feature = "svg")]
pub mod svg;
pub mod theme;
pub mod tooltip;
mod uncertainty;

pub use ai_infra_dataset::csv_field;
pub use chart_id::ChartId;
pub use description::*;
pub use draw::{DrawResult, KeyPixels, Plot};
pub use theme::{Entity, Theme};
pub use tooltip::Tip;
