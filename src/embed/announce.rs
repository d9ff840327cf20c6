//! Events and console messages for the host page: nothing is dropped silently.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::model::{Diagnostic, Severity};

/// Fires a bubbling, composed event on the host element.
pub(crate) fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue) {
    crate::components::dom::dispatch(host, name, detail);
}

/// Logs every problem (warn/error) and fires `reader:warning` for each dropped element.
pub(crate) fn report_diagnostics(host: &HtmlElement, items: &[Diagnostic]) {
    for d in items {
        let line = JsValue::from_str(&format!("[reader-widget] {d}"));
        match d.severity {
            Severity::Fatal => web_sys::console::error_1(&line),
            Severity::Warning => {
                web_sys::console::warn_1(&line);
                let detail = diagnostic_to_js(d);
                dispatch(host, "reader:warning", &detail);
            }
        }
    }
}

/// `{ severity, path, message }`, the detail of `reader:warning` (and each entry of
/// `reader:error`'s list).
pub(crate) fn diagnostic_to_js(d: &Diagnostic) -> JsValue {
    let o = js_sys::Object::new();
    let severity = match d.severity {
        Severity::Fatal => "fatal",
        Severity::Warning => "warning",
    };
    let _ = js_sys::Reflect::set(&o, &"severity".into(), &severity.into());
    let _ = js_sys::Reflect::set(&o, &"path".into(), &d.path.as_str().into());
    let _ = js_sys::Reflect::set(&o, &"message".into(), &d.message.as_str().into());
    o.into()
}

/// The list of problems for `reader:error`.
pub(crate) fn diagnostics_to_js(items: &[Diagnostic]) -> JsValue {
    items
        .iter()
        .map(diagnostic_to_js)
        .collect::<js_sys::Array>()
        .into()
}
