//! The page-wide record of widgets: those mounted through `mount()` (kept alive until
//! `unmount()`, even if the page drops the handle), and whether any widget has shown a
//! document yet (the idle-time warm-up stops then).

use std::cell::{Cell, RefCell};

use web_sys::HtmlElement;

use super::instance::Shared;
use super::shadow::in_a_window;

thread_local! {
    /// Widgets mounted through `mount()`.
    static MOUNTED: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
    /// Set once a widget of the page has shown a document: its code is compiled by then.
    static SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Keeps a widget mounted through `mount()` alive.
pub(crate) fn keep(shared: &Shared) {
    MOUNTED.with(|m| m.borrow_mut().push(shared.clone()));
}

/// Unmounts a widget mounted through `mount()` and forgets it.
pub(crate) fn release(shared: &Shared) {
    MOUNTED.with(|m| m.borrow_mut().retain(|s| !s.is(shared)));
    shared.unmount();
}

/// The widget `mount()` put into `host`, if any (mounting again replaces it).
pub(crate) fn mounted_on(host: &HtmlElement) -> Option<Shared> {
    MOUNTED.with(|m| m.borrow().iter().find(|s| s.is_on(host)).cloned())
}

/// Records that the widget on `host` has shown a document. The warm-up's own sample
/// does not count: its host is in no window.
pub(crate) fn note_shown(host: &HtmlElement) {
    if in_a_window(host) {
        SHOWN.with(|s| s.set(true));
    }
}

/// Whether any widget of the page has shown a document.
pub(crate) fn shown() -> bool {
    SHOWN.with(Cell::get)
}
