//! One colour-blind-safe palette (Okabe–Ito), with a light and a dark variant, and the
//! scale factor that makes text and lines crisp at any devicePixelRatio.

use plotters::style::{FontFamily, RGBColor};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub dark: bool,
    /// Device pixels per CSS pixel: every size below is multiplied by it.
    pub scale: f64,
    /// Device pixels per CSS pixel of the font sizes; smaller on narrow charts.
    pub font_scale: f64,
    /// Leave the background to the page beneath (an embed's `bg=transparent`).
    pub transparent: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            dark: false,
            scale: 1.0,
            font_scale: 1.0,
            transparent: false,
        }
    }
}

const LIGHT: [RGBColor; 6] = [
    RGBColor(0, 114, 178),   // blue
    RGBColor(213, 94, 0),    // vermillion
    RGBColor(0, 158, 115),   // bluish green
    RGBColor(204, 121, 167), // reddish purple
    RGBColor(86, 130, 160),  // muted sky (darkened for contrast on white)
    RGBColor(160, 110, 0),   // dark orange
];

const DARK: [RGBColor; 6] = [
    RGBColor(86, 180, 233),
    RGBColor(240, 140, 70),
    RGBColor(60, 200, 160),
    RGBColor(230, 150, 195),
    RGBColor(160, 200, 230),
    RGBColor(230, 159, 0),
];

impl Theme {
    /// Series colour `i` of the palette (wraps around).
    pub fn color(&self, i: usize) -> RGBColor {
        let p = if self.dark { &DARK } else { &LIGHT };
        p[i % p.len()]
    }

    pub fn background(&self) -> RGBColor {
        if self.dark {
            RGBColor(24, 26, 31)
        } else {
            RGBColor(255, 255, 255)
        }
    }

    pub fn foreground(&self) -> RGBColor {
        if self.dark {
            RGBColor(230, 232, 236)
        } else {
            RGBColor(30, 33, 40)
        }
    }

    /// Grid lines: visible, but quieter than the data.
    pub fn grid(&self) -> RGBColor {
        if self.dark {
            RGBColor(60, 64, 72)
        } else {
            RGBColor(225, 228, 232)
        }
    }

    /// A length in CSS pixels, in device pixels.
    pub fn px(&self, css: f64) -> u32 {
        (css * self.scale).round().max(1.0) as u32
    }

    /// A font size in CSS pixels, in device pixels.
    pub fn font(&self, css: f64) -> f64 {
        css * self.font_scale
    }

    /// The chart font, as plotters' enum: a `&str` family goes through `str::to_lowercase`,
    /// which links ~11 KB of Unicode case tables into the wasm.
    pub const FONT: FontFamily<'static> = FontFamily::SansSerif;
}
