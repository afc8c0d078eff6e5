//! Plays a chart's notes (`charts::sound`) with Web Audio: one oscillator whose pitch steps at
//! each note, with a short swell per note so that notes do not click. Dropping the player
//! stops the sound at once.

use crate::charts::sound::{Note, STEP};
use gloo_timers::callback::Timeout;
use yew::Callback;

/// What plays: the audio context (closed on drop) and the timers that move the cursor.
pub struct Player {
    ctx: web_sys::AudioContext,
    timers: Vec<Timeout>,
}

impl Drop for Player {
    fn drop(&mut self) {
        let _ = self.ctx.close();
    }
}

/// The loudness of a note at its peak (the page's sound is never loud).
const VOLUME: f32 = 0.15;
/// Seconds before the first note: time for the context to start.
const LEAD: f64 = 0.05;

/// Plays `notes`; `on_note` hears each as it starts (unless `cursor` is off: reduced motion),
/// then `None` when the last has ended. `None` if the browser has no Web Audio.
pub fn play(notes: &[Note], cursor: bool, on_note: Callback<Option<Note>>) -> Option<Player> {
    // Held from the start, so that a step failing below closes the context it opened.
    let mut player = Player {
        ctx: web_sys::AudioContext::new().ok()?,
        timers: Vec::new(),
    };
    let ctx = &player.ctx;
    let osc = ctx.create_oscillator().ok()?;
    let gain = ctx.create_gain().ok()?;
    osc.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&ctx.destination()).ok()?;
    let t0 = ctx.current_time() + LEAD;
    let (pitch, level) = (osc.frequency(), gain.gain());
    level.set_value(0.0);
    for n in notes {
        let t = t0 + n.start;
        pitch.set_value_at_time(n.hz as f32, t).ok()?;
        level.set_value_at_time(0.0, t).ok()?;
        level.linear_ramp_to_value_at_time(VOLUME, t + 0.02).ok()?;
        level
            .linear_ramp_to_value_at_time(0.0, t + STEP * 0.9)
            .ok()?;
    }
    let end = notes.last().map_or(0.0, |n| n.start + STEP);
    osc.start_with_when(t0).ok()?;
    osc.stop_with_when(t0 + end).ok()?;
    let ms = |s: f64| ((s + LEAD) * 1000.0).round() as u32;
    if cursor {
        for &n in notes {
            let on_note = on_note.clone();
            let timer = Timeout::new(ms(n.start), move || on_note.emit(Some(n)));
            player.timers.push(timer);
        }
    }
    player
        .timers
        .push(Timeout::new(ms(end), move || on_note.emit(None)));
    Some(player)
}
