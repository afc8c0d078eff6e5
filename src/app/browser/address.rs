//! The page's address: read, written back once a change settles (the report: one history
//! entry per settled change, so Back and Forward step through them; an embed: in place), and
//! shown as the scenario's permalink.

use super::window;

/// `location.search` ("?g=60"), or "".
pub fn query() -> String {
    flush_query();
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's address without its query: where the full report lives.
pub fn base_url() -> String {
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// How long the assumptions must rest before the address follows them, in ms: a drag writes
/// the address once, when it settles, not at every step. Each write is a same-document
/// navigation, after which Chromium loads the page's icon again: ≈1.3 ms of every slider
/// event (profiled 2026-11-25).
pub const SETTLE_MS: u32 = 300;

/// How a settled change enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A new entry after the current one (the report: Back undoes the change).
    Push,
    /// The current entry rewritten (an embed, whose host page's history is not its own).
    Replace,
}

/// What waits for the assumptions to settle: the address's query, how it enters the history,
/// then what to do once it is written (say what the change did; told whether a new entry was
/// made).
type Settling = (
    String,
    Entry,
    Box<dyn FnOnce(bool)>,
    gloo_timers::callback::Timeout,
);

thread_local! {
    static PENDING: std::cell::RefCell<Option<Settling>> = const { std::cell::RefCell::new(None) };
}

/// Puts `query` in the address once nothing has changed it for `SETTLE_MS`, then runs `then`; a
/// newer change replaces a waiting one (its query, its `then` and its timer), but never turns a
/// waiting new entry into a rewrite (a theme toggled right after a change keeps its entry).
pub fn when_settled(query: String, entry: Entry, then: impl FnOnce(bool) + 'static) {
    let timer = gloo_timers::callback::Timeout::new(SETTLE_MS, flush_query);
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let waiting = p.as_ref().map(|w| w.1);
        let entry = if waiting == Some(Entry::Push) {
            Entry::Push
        } else {
            entry
        };
        *p = Some((query, entry, Box::new(then), timer));
    });
}

/// Writes the waiting query now, if there is one: before anything reads the address (or Back
/// and Forward move from it: a change made just before them is kept, and undone by them).
pub fn flush_query() {
    if let Some((query, entry, then, _timer)) = PENDING.with(|p| p.borrow_mut().take()) {
        let pushed = write_query(&query, entry);
        then(pushed);
    }
}

/// Forgets a change still waiting to settle: Back or Forward moved to another entry, whose
/// address is the one to keep.
pub fn drop_unsettled() {
    PENDING.with(|p| p.borrow_mut().take());
}

/// Which of the page's settled changes the current history entry holds: 0 for the one the page
/// opened at, one more for each change pushed after it (kept in the entry's state, so a reload
/// knows it too).
pub fn history_step() -> u32 {
    entry_step().unwrap_or(0)
}

/// The step the current entry was given; `None` for one the page did not write (a link to a
/// section makes one).
pub fn entry_step() -> Option<u32> {
    window()
        .and_then(|w| w.history().ok()?.state().ok()?.as_f64())
        .map(|v| v as u32)
}

/// Gives the current entry `step` (an entry a link to a section made is part of the step it was
/// made from).
pub fn mark_step(step: u32) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state(&f64::from(step).into(), "");
    }
}

/// Back (`-1`) or Forward (`1`) through the browser's history, from the change just made if one
/// is still settling (written first, so that undo undoes it).
pub fn go(delta: i32) {
    flush_query();
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.go_with_delta(delta);
    }
}

/// Writes the scenario's permalink (the page's address without its `#section`) into every
/// element of `class`.
pub fn show_address(class: &str) {
    let Some(w) = window() else { return };
    let (Some(doc), Ok(search)) = (w.document(), w.location().search()) else {
        return;
    };
    let href = format!("{}{search}", base_url());
    let found = doc.get_elements_by_class_name(class);
    for i in 0..found.length() {
        if let Some(el) = found.item(i) {
            el.set_text_content(Some(&href));
        }
    }
}

/// Replaces the query in the address bar without a new history entry.
pub fn replace_query(query: &str) {
    write_query(query, Entry::Replace);
}

/// Writes the query into the address bar, as a new history entry or in place; nothing when it
/// is already there. The hash stays: it is the reader's (a section) or the host page's (an
/// embed's `src`), not the report's. Whether a new entry was made.
fn write_query(query: &str, entry: Entry) -> bool {
    let Some(w) = window() else { return false };
    let l = w.location();
    if l.search().unwrap_or_default().trim_start_matches('?') == query {
        return false;
    }
    let path = l.pathname().unwrap_or_default();
    let hash = l.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let Ok(h) = w.history() else { return false };
    match entry {
        Entry::Push => h
            .push_state_with_url(&f64::from(history_step() + 1).into(), "", Some(&url))
            .is_ok(),
        Entry::Replace => {
            let _ = h.replace_state_with_url(&f64::from(history_step()).into(), "", Some(&url));
            false
        }
    }
}
