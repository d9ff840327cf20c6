//! Work spread over time: the next task (to yield between slices of long work), the next
//! ticks (progressive rendering), idle time (warm-up).

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// How long one slice may run before the work yields: well under the 50 ms of a long
/// task, leaving room for the browser's own work in the same frame.
pub const SLICE_MS: f64 = 8.0;

/// Resolves in a new task. A `MessageChannel` message, not `setTimeout(0)`: nested
/// timeouts are clamped to 4 ms each, which adds up over many slices.
pub async fn next_task() {
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

/// Resolves after `ms` (a timeout): for waiting on work that advances a tick at a time.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        after(ms, move || {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        });
    });
    let _ = JsFuture::from(promise).await;
}

/// Calls `step` on following ticks (about one per frame) for as long as it returns
/// true: progressive rendering that stops by itself, with nothing left running (each
/// timeout is freed when it fires). `step` must return false once its owner is gone
/// (use `try_` signal access).
pub fn run_in_ticks(step: impl Fn() -> bool + 'static) {
    fn schedule(step: Rc<dyn Fn() -> bool>) {
        after(16, move || {
            if step() {
                schedule(step);
            }
        });
    }
    schedule(Rc::new(step));
}

/// Runs `f` once after `ms`, not to be cancelled: the closure is handed to JS and freed
/// once it has run (a `Timeout` that is forgotten would stay allocated for good).
fn after(ms: i32, f: impl FnOnce() + 'static) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(f);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// Runs `f` when the browser is idle (Leptos's `requestIdleCallback`), or soon after
/// load where `requestIdleCallback` is missing (older Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    if web_sys::window().is_none() {
        return;
    }
    // Leptos takes an `Fn`; the fallback needs the same `f` if that fails.
    let f = Rc::new(Cell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.take() {
                f();
            }
        }
    };
    if leptos::prelude::request_idle_callback_with_handle(run).is_err() {
        after(200, move || {
            if let Some(f) = f.take() {
                f();
            }
        });
    }
}
