//! The report's colours, defined once: every entity (a company, a cloud provider, a compute
//! layer, a measure) has one palette slot ([`Entity::slot`]) that every chart uses, in a light
//! and a dark variant. Built on Okabe–Ito (the big five), Paul Tol's muted set (the AI labs,
//! Nvidia) and one sequential purple for the compute layers, each shade darkened (light) or
//! lightened (dark) until it has at least 3:1 contrast against the background (tested). Also
//! the scale factor that makes text and lines crisp at any devicePixelRatio.

use ai_infra_dataset::{CompanyId, ProviderId};
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

/// What a colour stands for. A company and its cloud are one entity (Amazon and AWS,
/// Microsoft and Azure, Google and Google Cloud), so they share a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Company(CompanyId),
    Provider(ProviderId),
    /// Every cloud provider outside the big three.
    Others,
    Training,
    Inference,
    Edge,
    /// The five companies' CapEx (a plan or a projection).
    Capex,
    /// Money already spent, or invested: the quieter partner of [`Entity::Capex`].
    Spent,
    /// Cloud revenue as a whole, and the cloud market.
    Cloud,
    /// A lever at the low end of its spread, and at the high end (the tornado's two bars).
    LowEnd,
    HighEnd,
}

impl Entity {
    /// The palette slot of this entity: the one place an entity gets its colour.
    pub fn slot(self) -> usize {
        use CompanyId as C;
        match self {
            Entity::Company(C::Microsoft) | Entity::Provider(ProviderId::Azure) => 0,
            Entity::Company(C::Amazon) | Entity::Provider(ProviderId::Aws) => 1,
            Entity::Company(C::Google) | Entity::Provider(ProviderId::Gcp) => 2,
            Entity::Company(C::Meta) => 3,
            Entity::Company(C::CoreWeave) => 4,
            Entity::Company(C::Nvidia) => 5,
            Entity::Company(C::OpenAi) => 6,
            Entity::Company(C::Anthropic) => 7,
            Entity::Company(C::XAi) => 8,
            Entity::Company(C::SoftBank) | Entity::Others => 9,
            Entity::Training => 10,
            Entity::Inference => 11,
            Entity::Edge => 12,
            Entity::Capex => 13,
            Entity::Spent => 14,
            Entity::Cloud => 15,
            Entity::LowEnd => 16,
            Entity::HighEnd => 17,
        }
    }
}

/// Number of palette slots.
pub const SLOTS: usize = 18;

const LIGHT: [RGBColor; SLOTS] = [
    RGBColor(0, 114, 178),   // Microsoft, Azure: Okabe–Ito blue
    RGBColor(164, 104, 0),   // Amazon, AWS: orange, darkened
    RGBColor(0, 133, 97),    // Google: bluish green, darkened
    RGBColor(176, 80, 140),  // Meta: reddish purple, darkened
    RGBColor(194, 83, 0),    // CoreWeave: vermillion, darkened
    RGBColor(122, 122, 30),  // Nvidia: Tol olive, darkened
    RGBColor(51, 34, 136),   // OpenAI: Tol indigo
    RGBColor(150, 96, 40),   // Anthropic: Tol sand, darkened to brown
    RGBColor(136, 34, 85),   // xAI: Tol wine
    RGBColor(118, 118, 118), // others, SoftBank: grey
    RGBColor(74, 44, 130),   // training: dark purple
    RGBColor(118, 88, 178),  // inference: mid purple
    RGBColor(150, 126, 206), // edge: light purple
    RGBColor(52, 66, 86),    // the five's CapEx: slate
    RGBColor(108, 118, 132), // spent, invested: light slate
    RGBColor(0, 124, 146),   // cloud revenue, market: Tol cyan, darkened
    RGBColor(60, 110, 160),  // a lever at its low end: steel blue
    RGBColor(170, 70, 30),   // a lever at its high end: rust
];

const DARK: [RGBColor; SLOTS] = [
    RGBColor(86, 170, 230),
    RGBColor(230, 159, 0),
    RGBColor(40, 190, 145),
    RGBColor(224, 140, 190),
    RGBColor(244, 128, 56),
    RGBColor(196, 196, 90),
    RGBColor(150, 136, 236),
    RGBColor(214, 160, 100),
    RGBColor(218, 112, 160),
    RGBColor(156, 156, 156),
    RGBColor(196, 178, 248),
    RGBColor(150, 124, 224),
    RGBColor(112, 88, 186),
    RGBColor(204, 212, 224),
    RGBColor(128, 140, 158),
    RGBColor(96, 200, 224),
    RGBColor(120, 170, 230),
    RGBColor(240, 140, 90),
];

impl Theme {
    /// Palette slot `i` (see [`Entity::slot`]; wraps around).
    pub fn color(&self, i: usize) -> RGBColor {
        let p = if self.dark { &DARK } else { &LIGHT };
        p[i % p.len()]
    }

    /// The colour of slot `i`'s text (a direct label): its own colour, or for the light end of
    /// the compute layers' ramp (edge), a darker shade of it (a lighter one in dark), so small
    /// text keeps 4.5:1 against the background (tests/chart_craft.rs checks every slot).
    pub fn ink(&self, i: usize) -> RGBColor {
        if i % SLOTS != Entity::Edge.slot() {
            self.color(i)
        } else if self.dark {
            RGBColor(139, 120, 199)
        } else {
            RGBColor(126, 106, 173)
        }
    }

    /// The colour of `e` in this theme.
    pub fn entity(&self, e: Entity) -> RGBColor {
        self.color(e.slot())
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

    /// Secondary text (subtitle, axis labels, notes): quieter than the headline, still ≥ 4.5:1.
    pub fn muted(&self) -> RGBColor {
        if self.dark {
            RGBColor(170, 176, 186)
        } else {
            RGBColor(88, 94, 104)
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
