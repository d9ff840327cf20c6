//! The wasm boundary: the `<reader-widget>` custom element, the `mount()` JS API,
//! reading options, fetching, and the events the host page hears. The only layer that
//! does I/O with the page.
//!
//! Both entries start a widget the same way: `element.rs` and `mount.rs` read a
//! [`options::Start`] (through the contract table) and hand it to `start.rs`, which
//! mounts an `instance.rs` and begins its loads (`loads.rs` for the document,
//! `related.rs` for related stories, each with a `load.rs` generation).

mod announce;
mod element;
mod fetch;
mod instance;
mod load;
mod loads;
mod mount;
mod options;
mod registry;
mod related;
mod shadow;
mod shown;
mod source;
mod start;
mod takeover;
mod texts;
mod warm_up;

use wasm_bindgen::prelude::*;

pub use element::ElementController;
pub use mount::{ReaderHandle, mount};

/// The element name publishers write in their pages.
pub const TAG: &str = "reader-widget";

/// Runs when the module is instantiated: installs the panic logger, defines the element
/// and asks for the warm-up (`Intl`, compiling the render code) in idle time.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("[reader-widget] internal error: {info}").into());
    }));
    element::define(TAG);
    warm_up::start_when_idle();
}
