//! Rendering in stages, for a widget that takes over a server's rendering: the live tree
//! is built off-screen a part per task (header, then times, photos, body a few blocks at
//! a time, related cards), so the reader's taps on the server's page never wait behind
//! one long task; the embed layer swaps it in once every part is there, and a widget
//! that renders in the browser (no server rendering) never sees this.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use super::SERVER;

/// One part of the widget, in the order the parts are built.
pub type Stage = u8;
/// The root, section, headline and deck: built with the widget itself.
pub const HEADER: Stage = 0;
/// Bylines and times.
pub const META: Stage = 1;
/// The lead photos' strip.
pub const PHOTOS: Stage = 2;
/// The carousel's buttons, dots and counter.
pub const PHOTO_CONTROLS: Stage = 3;
/// The full-screen photo viewer (a closed dialog until asked for).
pub const VIEWER: Stage = 4;
/// The body's first blocks and the contributors note; further blocks follow a few
/// per task (see [`Stages::chunk`]).
pub const BODY: Stage = 5;
/// The related sections (their first cards; the rest follow a few per task).
pub const RELATED: Stage = 6;
const LAST: Stage = RELATED;

/// Advances a stuck build at most this many tasks: past it the parts still growing are
/// swapped in as they are (a list whose owner never finishes must not keep the server's
/// page forever).
const MAX_TASKS: u32 = 2_000;

/// The stages of one widget's off-screen build, provided as context by the embed layer.
#[derive(Clone, Copy)]
pub struct Stages {
    reached: RwSignal<Stage>,
    /// Progressive lists (body blocks, cards) still adding items.
    growing: StoredValue<Rc<Cell<usize>>, LocalStorage>,
    tasks: StoredValue<Rc<Cell<u32>>, LocalStorage>,
}

impl Stages {
    /// Stages at the start: only [`HEADER`] parts render until [`Stages::advance`].
    pub fn new() -> Self {
        Stages {
            reached: RwSignal::new(HEADER),
            growing: StoredValue::new_local(Rc::default()),
            tasks: StoredValue::new_local(Rc::default()),
        }
    }

    /// Lets the next stage render (the caller runs it in a task of its own); true once
    /// every stage has rendered and no list is still growing, i.e. the build is whole.
    pub fn advance(&self) -> bool {
        let tasks = self.tasks.with_value(|t| {
            t.set(t.get() + 1);
            t.get()
        });
        let reached = self.reached.get_untracked();
        if reached < LAST {
            self.reached.set(reached + 1);
            return false;
        }
        self.growing.with_value(|g| g.get()) == 0 || tasks >= MAX_TASKS
    }

    /// Renders everything at once from now on (after the swap: a live widget that
    /// renders again, for new options, shows all of it in one go, as the page did).
    pub fn finish(&self) {
        self.reached.set(LAST);
        self.tasks.with_value(|t| t.set(MAX_TASKS));
    }

    /// Whether the build is over (the live widget is on screen).
    pub fn finished(&self) -> bool {
        self.tasks.with_value(|t| t.get()) >= MAX_TASKS
    }

    /// Notes a progressive list that is still adding items; the returned token is
    /// dropped when it has them all (or its owner is gone).
    pub fn grow(&self) -> Growing {
        let count = self.growing.with_value(Rc::clone);
        count.set(count.get() + 1);
        Growing(count)
    }

    /// Items of a long list (body blocks, cards) per task while building in stages.
    pub const fn chunk() -> usize {
        6
    }

    /// Whether every stage has rendered: what is left is lists still growing.
    pub fn all_reached(&self) -> bool {
        self.reached.get_untracked() >= LAST
    }
}

impl Default for Stages {
    fn default() -> Self {
        Self::new()
    }
}

/// A progressive list that the swap waits for, until dropped.
pub struct Growing(Rc<Cell<usize>>);

impl Drop for Growing {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
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
    let Some(stages) = building().filter(|s| s.reached.get_untracked() < stage) else {
        return part().into_any();
    };
    let reached = Memo::new(move |_| stages.reached.get() >= stage);
    // Held by the widget's owner (parts hold callbacks that stay on this thread).
    let part = StoredValue::new_local(Some(part));
    (move || {
        reached
            .get()
            .then(|| part.try_update_value(Option::take).flatten())
            .flatten()
            .map(|f| f().into_any())
    })
    .into_any()
}
