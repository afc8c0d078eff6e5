//! A chart and everything around it: the figure ([`figure`]: title, canvas, table, downloads,
//! Listen and Embed), the canvas it is drawn on ([`canvas`], drawn by [`draw`]), the tooltip
//! ([`tip`]), the keys that walk its points ([`keys`]), its sound ([`sound`]) and the embed
//! dialog ([`embed_dialog`]).

pub mod canvas;
pub mod draw;
pub mod embed_dialog;
pub mod figure;
pub mod keys;
pub mod sound;
pub mod tip;
