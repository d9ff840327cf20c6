//! Progressive rendering, for long bodies and long card lists alike: the first items
//! render with the widget, the rest a chunk per tick, so even 10,000 paragraphs never
//! block the page for long (each rendered item is real DOM: find-in-page and screen
//! readers see it as soon as it is there).

use std::cell::Cell;

use leptos::prelude::*;

use super::SERVER;
use super::staged::Stages;
use crate::browser::schedule::run_in_ticks;

/// The most items one tick adds while a widget is built off-screen in stages.
const MAX_STAGED_CHUNK: usize = 400;

/// How many items to show: `first` at once, then `chunk` more per tick until `total()`
/// (which may grow, as "Load more" appends cards) is reached. Stops by itself, and once
/// its owner is gone. Everything at once on a server and in a widget that took over a
/// server's rendering (which held every item: showing fewer would move the page below);
/// while such a widget is built off-screen in stages, the swap waits for the whole list.
pub fn progressive(
    first: usize,
    chunk: usize,
    total: impl Fn() -> Option<usize> + 'static,
) -> RwSignal<usize> {
    let start = total().unwrap_or(0);
    let stages = use_context::<Stages>();
    if SERVER || stages.is_some_and(|s| s.finished()) {
        return RwSignal::new(start);
    }
    let shown = RwSignal::new(first.min(start));
    if start > first {
        let growing = Cell::new(stages.map(|s| s.grow()));
        // Built off-screen in stages, the first chunk is small (its code runs cold) and
        // each next one twice the last, up to `MAX_STAGED_CHUNK`: 10,000 paragraphs
        // are whole in about 30 ticks, not 1,700.
        let step = Cell::new(chunk);
        let doubling = stages.is_some();
        run_in_ticks(move || {
            let chunk = step.get();
            if doubling {
                step.set((chunk * 2).min(MAX_STAGED_CHUNK));
            }
            let more = match (shown.try_get_untracked(), total()) {
                (Some(n), Some(len)) if n < len => {
                    shown.set((n + chunk).min(len));
                    n + chunk < len
                }
                _ => false,
            };
            if !more {
                growing.take();
            }
            more
        });
    }
    shown
}
