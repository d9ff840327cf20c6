//! Small owners of browser resources for components: events the widget fires, and
//! listeners and timers that are released when their owner is dropped. (Leptos's
//! `window_event_listener` and `set_timeout_with_handle` hand their closures to JS for
//! good, which leaks one closure per mount; these free theirs.)

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

/// Dispatches `name` with `detail` from `target`; the event bubbles and is `composed`,
/// so it leaves the shadow root and reaches listeners on the element, document, window.
pub fn dispatch(target: &EventTarget, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// Calls `step` on following ticks (about one per frame) for as long as it returns
/// true: progressive rendering that stops by itself, with nothing left running (each
/// scheduled closure is freed when it fires). `step` must return false once its
/// component is gone (use `try_` signal access).
pub fn run_in_ticks(step: impl Fn() -> bool + 'static) {
    fn schedule(step: std::rc::Rc<dyn Fn() -> bool>) {
        leptos::prelude::set_timeout(
            move || {
                if step() {
                    schedule(step);
                }
            },
            std::time::Duration::from_millis(16),
        );
    }
    schedule(std::rc::Rc::new(step));
}

/// An event listener on the window, removed (and its closure freed) on drop.
pub struct WindowListener {
    name: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl WindowListener {
    /// Listens for `name` on the window until dropped.
    pub fn new(name: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Option<Self> {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        web_sys::window()?
            .add_event_listener_with_callback(name, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { name, closure })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                self.name,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// A `setTimeout` or `setInterval`, cleared (and its closure freed) on drop.
pub struct Timer {
    id: i32,
    repeat: bool,
    _closure: Closure<dyn FnMut()>,
}

impl Timer {
    /// Runs `f` once after `ms`.
    pub fn once(ms: u32, f: impl FnMut() + 'static) -> Option<Timer> {
        Self::start(ms, false, f)
    }

    /// Runs `f` every `ms`.
    pub fn every(ms: u32, f: impl FnMut() + 'static) -> Option<Timer> {
        Self::start(ms, true, f)
    }

    fn start(ms: u32, repeat: bool, f: impl FnMut() + 'static) -> Option<Timer> {
        let closure = Closure::<dyn FnMut()>::new(f);
        let window = web_sys::window()?;
        let ms = i32::try_from(ms).unwrap_or(i32::MAX);
        let callback = closure.as_ref().unchecked_ref();
        let id = if repeat {
            window.set_interval_with_callback_and_timeout_and_arguments_0(callback, ms)
        } else {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(callback, ms)
        }
        .ok()?;
        Some(Timer {
            id,
            repeat,
            _closure: closure,
        })
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            if self.repeat {
                w.clear_interval_with_handle(self.id);
            } else {
                w.clear_timeout_with_handle(self.id);
            }
        }
    }
}
