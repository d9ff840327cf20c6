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
                let detail = serde_wasm_bindgen::to_value(d).unwrap_or(JsValue::NULL);
                dispatch(host, "reader:warning", &detail);
            }
        }
    }
}
