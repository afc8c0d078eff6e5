//! `pin=`: the scenario the reader pinned to compare with, as the levers whose values differ
//! from the defaults, `id:value` joined by commas ("g:50,py:2031"); `article` when none do.
//! Each value is read like the lever's own key (parsed, clamped, snapped, with its notice).

use super::text::echo;
use super::{plain, set_typed};
use crate::model::{Assumptions, Key};

/// The key in the address.
pub const PIN: &str = "pin";

/// The value of `pin=` for `pinned`.
pub fn write(pinned: &Assumptions, defaults: &Assumptions) -> String {
    let parts: Vec<String> = Key::ALL
        .iter()
        .filter(|&&k| pinned.get(k) != defaults.get(k))
        .map(|&k| format!("{}:{}", k.spec().id, plain(pinned.get(k))))
        .collect();
    if parts.is_empty() {
        "article".into()
    } else {
        parts.join(",")
    }
}

/// The pinned scenario `pin=` names, with a notice for each part it could not use.
pub fn read(value: &str, defaults: &Assumptions, notices: &mut Vec<String>) -> Assumptions {
    let mut pinned = *defaults;
    for part in value
        .split(',')
        .filter(|p| !p.is_empty() && *p != "article")
    {
        let (id, v) = part.split_once(':').unwrap_or((part, ""));
        match Key::ALL.iter().find(|k| k.spec().id == id) {
            Some(&k) => {
                notices.extend(set_typed(&mut pinned, k, v).map(|n| format!("Pinned: {n}")))
            }
            None => notices.push(format!(
                "The pinned scenario has no assumption “{}”: ignored.",
                echo(id)
            )),
        }
    }
    pinned
}
