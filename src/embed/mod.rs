//! The wasm boundary: the `<reader-widget>` custom element, the `mount()` JS API, fetching
//! and events. The only layer that does I/O with the page.

mod element;
mod events;
mod instance;
mod mount;
mod shadow;
mod source;
mod tasks;
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
