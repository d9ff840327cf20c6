//! Rendering in stages, for a widget that takes over a server's rendering: the live tree
//! is built off-screen a part per task (header, then times, photos, body a few blocks at
//! a time, related cards), so the reader's taps on the server's page never wait behind
//! one long task; the embed layer swaps it in once every part is there, and a widget
//! that renders in the browser (no server rendering) never sees this.

use leptos::prelude::*;

use super::SERVER;

/// One part of the widget, in the order the parts are built.
pub type Stage = usize;
/// The root and the article's header (section, headline, deck, bylines, times): built
/// with the widget itself.
pub const HEADER: Stage = 0;
/// The lead photos' strip.
pub const PHOTOS: Stage = 1;
/// The carousel's buttons, dots, counter and full-screen viewer.
pub const PHOTO_CONTROLS: Stage = 2;
/// The body's first blocks and the contributors note; further blocks follow a few
/// per task (see [`list_steps`]).
pub const BODY: Stage = 3;
/// The related sections (their first cards; the rest follow a few per task).
pub const RELATED: Stage = 4;
const LAST: Stage = RELATED;

/// Advances a stuck build at most this many tasks: past it the parts still growing are
/// swapped in as they are (a list whose owner never finishes must not keep the server's
/// page forever).
const MAX_TASKS: usize = 2_000;

/// The stages of one widget's off-screen build, provided as context by the embed layer.
/// (Counters are signals of the type the widget's other counters use, so they add no
/// code of their own; nothing subscribes to `growing` or `tasks`.)
#[derive(Clone, Copy)]
pub struct Stages {
    /// One flag per stage, set when the stage may render: each part waits on its own,
    /// so it renders once, when its flag turns.
    reached: [RwSignal<bool>; LAST + 1],
    /// Progressive lists (body blocks, cards) still adding items.
    growing: RwSignal<usize>,
    tasks: RwSignal<usize>,
}

impl Stages {
    /// Stages at the start: only [`HEADER`] parts render until [`Stages::advance`].
    pub fn new() -> Self {
        Stages {
            reached: std::array::from_fn(|stage| RwSignal::new(stage == HEADER)),
            growing: RwSignal::new(0),
            tasks: RwSignal::new(0),
        }
    }

    /// Lets the next stage render (the caller runs it in a task of its own); true once
    /// every stage has rendered and no list is still growing, i.e. the build is whole.
    pub fn advance(&self) -> bool {
        let tasks = self.tasks.get_untracked() + 1;
        self.tasks.set(tasks);
        if let Some(next) = self.reached.iter().find(|r| !r.get_untracked()) {
            next.set(true);
            return false;
        }
        self.growing.get_untracked() == 0 || tasks >= MAX_TASKS
    }

    /// Renders everything at once from now on (after the swap: a live widget that
    /// renders again, for new options, shows all of it in one go, as the page did).
    pub fn finish(&self) {
        // Only flags still down: setting one again would run its part's closure again.
        for r in self.reached.iter().filter(|r| !r.get_untracked()) {
            r.set(true);
        }
        self.tasks.set(MAX_TASKS);
    }

    /// Whether the build is over (the live widget is on screen).
    pub fn finished(&self) -> bool {
        self.tasks
            .try_get_untracked()
            .is_none_or(|t| t >= MAX_TASKS)
    }

    /// Notes a progressive list that is still adding items; the returned token is
    /// dropped when it has them all (or its owner is gone).
    pub fn grow(&self) -> Growing {
        self.growing.try_update(|g| *g += 1);
        Growing(self.growing)
    }

    /// Whether every stage has rendered: what is left is lists still growing.
    pub fn all_reached(&self) -> bool {
        self.reached[LAST].get_untracked()
    }
}

impl Default for Stages {
    fn default() -> Self {
        Self::new()
    }
}

/// A progressive list that the swap waits for, until dropped.
pub struct Growing(RwSignal<usize>);

impl Drop for Growing {
    fn drop(&mut self) {
        self.0.try_update(|g| *g = g.saturating_sub(1));
    }
}

/// Items of a long list (body blocks, cards) per task while building in stages.
const CHUNK: usize = 6;

/// A long list's first items and items per tick: `first` and `chunk` as the list sets
/// them, or a few per task while the widget is built in stages (no task runs long).
pub fn list_steps(first: usize, chunk: usize) -> (usize, usize) {
    match building() {
        Some(_) => (CHUNK, CHUNK),
        None => (first, chunk),
    }
}

/// The stages of the widget being built, if it is built in stages and not yet whole.
pub fn building() -> Option<Stages> {
    if SERVER {
        return None;
    }
    use_context::<Stages>().filter(|s| !s.finished())
}

/// `part` when its `stage` is reached: at once on a server, in a widget rendered in the
/// browser, or once the build is whole; else in the task that reaches it.
pub fn staged<V: IntoView + 'static>(stage: Stage, part: impl FnOnce() -> V + 'static) -> AnyView {
    match building().filter(|s| !s.reached[stage].get_untracked()) {
        None => part().into_any(),
        // One shape for every part, so the waiting is compiled once, not per part (a
        // generic `Either` here measured 5.7 KB brotli more).
        Some(stages) => later(stages.reached[stage], Box::new(move || part().into_any())),
    }
}

/// A part rendered when `reached` turns.
fn later(reached: RwSignal<bool>, part: Box<dyn FnOnce() -> AnyView>) -> AnyView {
    // Held by the widget's owner (parts hold callbacks that stay on this thread).
    let part = StoredValue::new_local(Some(part));
    // Runs twice: waiting, then when the flag turns (it never turns back, and nothing
    // sets it again). The part is built untracked: a signal it reads while being built
    // must not run this again (the part would be gone).
    (move || {
        reached
            .get()
            .then(|| part.try_update_value(Option::take).flatten())
            .flatten()
            .map(untrack)
    })
    .into_any()
}
