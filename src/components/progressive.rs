//! Progressive rendering, for long bodies and long card lists alike: the first items
//! render with the widget, the rest a chunk per tick, so even 10,000 paragraphs never
//! block the page for long (each rendered item is real DOM: find-in-page and screen
//! readers see it as soon as it is there).

use leptos::prelude::*;

use super::SERVER;
use crate::browser::schedule::run_in_ticks;

/// Provided by a widget that must show everything in its first render: one that takes
/// over server-rendered HTML (which holds every item) may not show less, or the page
/// below would move.
#[derive(Clone, Copy)]
pub struct AllAtOnce;

/// How many items to show: `first` at once, then `chunk` more per tick until `total()`
/// (which may grow, as "Load more" appends cards) is reached. Stops by itself, and once
/// its owner is gone. Everything at once on a server and under [`AllAtOnce`].
pub fn progressive(
    first: usize,
    chunk: usize,
    total: impl Fn() -> Option<usize> + 'static,
) -> RwSignal<usize> {
    let start = total().unwrap_or(0);
    if SERVER || use_context::<AllAtOnce>().is_some() {
        return RwSignal::new(start);
    }
    let shown = RwSignal::new(first.min(start));
    if start > first {
        run_in_ticks(move || {
            let (Some(n), Some(len)) = (shown.try_get_untracked(), total()) else {
                return false;
            };
            if n >= len {
                return false;
            }
            shown.set((n + chunk).min(len));
            n + chunk < len
        });
    }
    shown
}
