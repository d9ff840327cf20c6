//! Yielding to the browser between slices of long work, so no single task blocks input
//! or painting for long (Long Tasks are those over 50 ms).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How long one slice may run before the work yields: well under the 50 ms of a long
/// task, leaving room for the browser's own work in the same frame.
pub(crate) const SLICE_MS: f64 = 8.0;

/// Milliseconds on the page's clock.
pub(crate) fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Resolves in a new task. A `MessageChannel` message, not `setTimeout(0)`: nested
/// timeouts are clamped to 4 ms each, which adds up over many slices.
pub(crate) async fn next_task() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        return;
    };
    let sent = Rc::new(Cell::new(false));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let port = channel.port1();
        port.set_onmessage(Some(resolve.unchecked_ref()));
        sent.set(channel.port2().post_message(&JsValue::UNDEFINED).is_ok());
    });
    if sent.get() {
        let _ = JsFuture::from(promise).await;
    }
    channel.port1().set_onmessage(None);
}
