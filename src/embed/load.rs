//! One kind of load, for the document and for the related list alike: the request under
//! way (aborted when a newer load starts or the widget goes) and a generation counter,
//! so that a late answer for an old `src` is ignored.

use web_sys::AbortController;

/// The loads of one kind for one widget.
#[derive(Debug, Default)]
pub(crate) struct Load {
    generation: u64,
    fetch: Option<AbortController>,
}

impl Load {
    /// Starts a new load: aborts the request under way and makes older loads stale.
    /// Returns the new load's generation and, when it fetches, its controller.
    pub(crate) fn begin(&mut self, fetches: bool) -> (u64, Option<AbortController>) {
        self.cancel();
        let controller = fetches.then(|| AbortController::new().ok()).flatten();
        self.fetch = controller.clone();
        (self.generation, controller)
    }

    /// Whether `generation` is still the load that counts.
    pub(crate) fn is_current(&self, generation: u64) -> bool {
        self.generation == generation
    }

    /// The current load's request has answered: nothing is left to abort.
    pub(crate) fn fetched(&mut self) {
        self.fetch = None;
    }

    /// Aborts the request under way and makes every load started so far stale.
    pub(crate) fn cancel(&mut self) {
        if let Some(c) = self.fetch.take() {
            c.abort();
        }
        self.generation += 1;
    }
}
