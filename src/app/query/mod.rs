//! The URL query ⇄ assumptions (and embed options). Pure code, no browser types, so a property
//! test can feed it anything.
//!
//! Parsing is total: every query string gives a valid state plus notices for whatever was
//! ignored or corrected. Values are clamped and snapped by [`Assumptions::set`]; only values
//! that differ from the defaults are written back, with the sliders' short ids as keys.

use crate::charts::ChartId;
use crate::model::format::{plain, slider_value};
use crate::model::reported::Base;
use crate::model::uncertainty::{has_spread, snap_width, Settings, MAX_SEED, MAX_WIDTH};
use crate::model::{Assumptions, Key};

pub mod number;
pub mod pin;
mod text;
use number::parse_number;
#[cfg(test)]
use text::ECHO;
use text::{decode, echo};

/// Everything the query can say.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub assumptions: Assumptions,
    /// `&uncertainty=0` (`&bands=0` in older links), `&seed=…`, `&spread-<slider id>=…`: the
    /// uncertainty's settings.
    pub uncertainty: Settings,
    /// `?embed=<chart-id>`: show only that chart.
    pub embed: Option<ChartId>,
    /// `&controls=0` hides the embed's sliders.
    pub controls: bool,
    /// `&theme=dark` or `&theme=light`: the colour scheme, for a host page whose theme is not
    /// the reader's system setting; `None` follows the reader's choice or system setting.
    pub dark: Option<bool>,
    /// `&bg=transparent`: an embed leaves its background to the host page.
    pub transparent: bool,
    /// `&base=reported`.
    pub base: Base,
    /// `?embed=scorecard`.
    pub scorecard: bool,
    /// `&pin=…`: the scenario pinned to compare with.
    pub pinned: Option<Assumptions>,
    /// Plain-text notes on what was dropped or corrected (never HTML).
    pub notices: Vec<String>,
}

/// How the page is shown, as the address keeps it: the embed's options and a colour scheme
/// that the address (not the reader's toggle) chose.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub embed: Option<ChartId>,
    pub controls: bool,
    pub dark: Option<bool>,
    pub transparent: bool,
    /// `&base=reported`: the model runs from the reported figures, not the article's.
    pub base: Base,
    /// `?embed=scorecard`: the scorecard alone (a chart's embed is `embed`).
    pub scorecard: bool,
    /// `&pin=…`: the scenario the reader pinned, which every chart draws beside theirs.
    pub pinned: Option<Assumptions>,
}

impl Default for View {
    /// The full report, in the reader's own colour scheme.
    fn default() -> Self {
        View {
            embed: None,
            controls: true,
            dark: None,
            transparent: false,
            base: Base::Article,
            scorecard: false,
            pinned: None,
        }
    }
}

impl View {
    /// An embed of `id` with its sliders, in the host's colour scheme.
    pub fn embed(id: ChartId) -> View {
        View {
            embed: Some(id),
            ..View::default()
        }
    }
}

/// Repeats are found among the first this many distinct keys of a query: a link with
/// thousands of keys costs no more than this to check.
pub const REMEMBERED_KEYS: usize = 64;

/// At most this many notices are listed; one more line counts the rest.
pub const NOTICES_SHOWN: usize = 8;

impl Query {
    /// The address's view options. `controls` and `bg` are an embed's: the full report
    /// always shows its sliders and paints its own background.
    pub fn view(&self) -> View {
        let embed = self.embed.is_some() || self.scorecard;
        View {
            embed: self.embed,
            controls: self.controls || !embed,
            dark: self.dark,
            transparent: self.transparent && embed,
            base: self.base,
            scorecard: self.scorecard,
            pinned: self.pinned,
        }
    }

    /// The notices to show: the first [`NOTICES_SHOWN`], then one line counting the rest, so
    /// a link with thousands of bad keys still gives a short, readable list.
    pub fn shown_notices(&self) -> Vec<String> {
        let mut shown: Vec<String> = self.notices.iter().take(NOTICES_SHOWN).cloned().collect();
        match self.notices.len().saturating_sub(NOTICES_SHOWN) {
            0 => {}
            1 => shown.push("…and 1 more setting that could not be used.".into()),
            n => shown.push(format!("…and {n} more settings that could not be used.")),
        }
        shown
    }
}

/// What `embed=` names for the scorecard alone.
pub const SCORECARD: &str = crate::app::pages::report::sections::scorecard::ID;

/// The base figures a query asks for (`base=reported`), read before the rest: the defaults
/// every other value is parsed against depend on it.
pub fn base(query: &str) -> Base {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| p.strip_prefix("base="))
        .filter_map(|v| Base::from_id(&decode(v)))
        .next_back()
        .unwrap_or_default()
}

/// Parses a query string against the defaults of the base figures it asks for (what the page
/// and the prerender read an address with).
pub fn parse_for(query: &str, data: &crate::dataset::Dataset) -> Query {
    parse(query, &Assumptions::article(&base(query).dataset(data)))
}

/// Parses a query string (with or without the leading `?`).
pub fn parse(query: &str, defaults: &Assumptions) -> Query {
    let mut q = Query {
        assumptions: *defaults,
        uncertainty: Settings::default(),
        embed: None,
        controls: true,
        dark: None,
        transparent: false,
        base: Base::Article,
        scorecard: false,
        pinned: None,
        notices: Vec::new(),
    };
    let mut seen: Vec<String> = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(raw_key), decode(raw_value));
        if seen.contains(&key) {
            q.notices.push(format!(
                "“{}” was given more than once: the last value counts.",
                echo(&key)
            ));
        } else if seen.len() < REMEMBERED_KEYS {
            seen.push(key.clone());
        }
        match key.as_str() {
            "embed" if value == SCORECARD => q.scorecard = true,
            "embed" => match ChartId::from_slug(&value) {
                Some(id) => q.embed = Some(id),
                None => q.notices.push(format!(
                    "There is no chart “{}” to embed: showing the whole report.",
                    echo(&value)
                )),
            },
            "controls" => match value.as_str() {
                "0" => q.controls = false,
                "1" => q.controls = true,
                _ => q.notices.push(format!(
                    "There is no controls setting “{}” (0 or 1): showing the sliders.",
                    echo(&value)
                )),
            },
            "theme" => match value.as_str() {
                "dark" => q.dark = Some(true),
                "light" => q.dark = Some(false),
                "auto" => q.dark = None,
                _ => q.notices.push(format!(
                    "There is no theme “{}” (dark, light or auto): following your system setting.",
                    echo(&value)
                )),
            },
            "bg" => match value.as_str() {
                "transparent" => q.transparent = true,
                "page" => q.transparent = false,
                _ => q.notices.push(format!(
                    "There is no background “{}” (transparent or page): painting the chart's own.",
                    echo(&value)
                )),
            },
            "base" => match Base::from_id(&value) {
                Some(b) => q.base = b,
                None => q.notices.push(format!(
                    "There are no base figures “{}” (article or reported): using the article's.",
                    echo(&value)
                )),
            },
            "uncertainty" | "bands" => match value.as_str() {
                "0" => q.uncertainty.on = false,
                "1" => q.uncertainty.on = true,
                _ => q.notices.push(format!(
                    "There is no bands setting “{}” (0 or 1): showing the bands.",
                    echo(&value)
                )),
            },
            pin::PIN => q.pinned = Some(pin::read(&value, defaults, &mut q.notices)),
            "seed" => {
                if let Some(notice) = set_seed(&mut q.uncertainty, &value) {
                    q.notices.push(notice);
                }
            }
            _ => match key.strip_prefix(SPREAD) {
                Some(id) => match Key::ALL.iter().find(|k| k.spec().id == id) {
                    Some(k) => {
                        if let Some(notice) = set_spread(&mut q.uncertainty, *k, &value) {
                            q.notices.push(notice);
                        }
                    }
                    None => q.notices.push(format!(
                        "There is no assumption “{}” to spread: ignored.",
                        echo(id)
                    )),
                },
                None => match Key::ALL.iter().find(|k| k.spec().id == key) {
                    Some(k) => set_number(&mut q, *k, &value),
                    // The test-only panic switch, handled by the app itself.
                    None if key == "__panic" => {}
                    None => q
                        .notices
                        .push(format!("Ignored the unknown setting “{}”.", echo(&key))),
                },
            },
        }
    }
    q
}

fn set_number(q: &mut Query, key: Key, value: &str) {
    if let Some(notice) = set_typed(&mut q.assumptions, key, value) {
        q.notices.push(notice);
    }
}

/// The prefix of a lever's spread in the query: `spread-g=0.5` halves CapEx growth's.
pub const SPREAD: &str = "spread-";

/// Sets the generator's seed from text (a whole number from 0 to [`MAX_SEED`]), clamped like
/// a slider's value. Returns the notice to show when the text could not be used as given.
pub fn set_seed(b: &mut Settings, value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|c| c.is_ascii_digit()) {
        return Some(format!(
            "“{}” is not a seed (a whole number from 0 to {MAX_SEED}): kept {}.",
            echo(value),
            b.seed
        ));
    }
    // Digits only: too many for a u64 is too large.
    let seed = v.parse::<u64>().unwrap_or(u64::MAX);
    b.seed = seed.min(MAX_SEED);
    (seed > MAX_SEED).then(|| format!("The seed is over {MAX_SEED}: using {MAX_SEED}."))
}

/// Sets a lever's spread (a multiple of the presets' range, 0 to [`MAX_WIDTH`]) from text,
/// clamped like a slider's value. Returns the notice to show when it could not be used as given.
pub fn set_spread(b: &mut Settings, key: Key, value: &str) -> Option<String> {
    let spec = key.spec();
    if !has_spread(key) {
        return Some(format!(
            "{} is a reading, not a quantity: it has no spread.",
            spec.label
        ));
    }
    let w = &mut b.width[key as usize];
    let Some(v) = parse_number(value.trim()).filter(|v| v.is_finite()) else {
        return Some(format!(
            "“{}” is not a spread for {}: kept {}×.",
            echo(value),
            spec.label,
            plain(*w)
        ));
    };
    *w = snap_width(v);
    (!(0.0..=MAX_WIDTH).contains(&v)).then(|| {
        format!(
            "The spread of {} is out of range (0 to {}×): using {}×.",
            spec.label,
            plain(MAX_WIDTH),
            plain(*w)
        )
    })
}

/// Sets `key` from text as a reader writes a number (in the address, or in the field beside a
/// slider): parsed, clamped and snapped by the same rules everywhere. Returns the notice to
/// show when the text could not be used as given.
pub fn set_typed(a: &mut Assumptions, key: Key, value: &str) -> Option<String> {
    let spec = key.spec();
    let kept = |a: &Assumptions| slider_value(spec, a.get(key));
    let Some(v) = parse_number(value.trim()) else {
        return Some(format!(
            "“{}” is not a number for {}: kept {}.",
            echo(value),
            spec.label,
            kept(a)
        ));
    };
    if !v.is_finite() {
        return Some(format!(
            "{} must be a finite number: kept {}.",
            spec.label,
            kept(a)
        ));
    }
    a.set(key, v);
    (v < spec.min || v > spec.max).then(|| {
        format!(
            "{} is out of range ({} to {}): using {}.",
            spec.label,
            slider_value(spec, spec.min),
            slider_value(spec, spec.max),
            kept(a)
        )
    })
}

/// The query for these assumptions and view: the view's options when they are not the
/// defaults, then only values that differ from the defaults, in slider order
/// ("embed=market&theme=dark&g=60&py=2031").
pub fn to_query(
    a: &Assumptions,
    defaults: &Assumptions,
    uncertainty: &Settings,
    view: &View,
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(id) = view.embed {
        parts.push(format!("embed={}", id.slug()));
        if !view.controls {
            parts.push("controls=0".into());
        }
    } else if view.scorecard {
        parts.push(format!("embed={SCORECARD}"));
    }
    if view.base != Base::Article {
        parts.push(format!("base={}", view.base.id()));
    }
    if let Some(dark) = view.dark {
        parts.push(format!("theme={}", if dark { "dark" } else { "light" }));
    }
    if view.transparent {
        parts.push("bg=transparent".into());
    }
    for &k in Key::ALL {
        if a.get(k) != defaults.get(k) {
            parts.push(format!("{}={}", k.spec().id, plain(a.get(k))));
        }
    }
    let start = Settings::default();
    if !uncertainty.on {
        parts.push("uncertainty=0".into());
    }
    if uncertainty.seed != start.seed {
        parts.push(format!("seed={}", uncertainty.seed));
    }
    for &k in Key::ALL {
        let w = uncertainty.width[k as usize];
        if w != start.width[k as usize] && has_spread(k) {
            parts.push(format!("{SPREAD}{}={}", k.spec().id, plain(w)));
        }
    }
    if let Some(pinned) = &view.pinned {
        parts.push(format!("{}={}", pin::PIN, pin::write(pinned, defaults)));
    }
    parts.join("&")
}

#[cfg(test)]
mod tests;
