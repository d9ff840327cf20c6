//! Events the widget fires for the host page, and the plain objects they carry.

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

/// A plain JS object with these fields, for an event's `detail`.
pub fn detail(fields: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), value);
    }
    o.into()
}

/// A count or position as a JS number.
pub fn number(n: usize) -> JsValue {
    JsValue::from_f64(n as f64)
}
