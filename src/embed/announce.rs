//! What the host page hears of a widget: every problem in the console and as
//! `reader:warning`, then `reader:ready` or `reader:error`. Nothing is dropped silently.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::registry;
use crate::browser::events::{detail, dispatch};
use crate::model::{Diagnostic, Severity};

/// Logs every problem (warn/error) and fires `reader:warning` for each dropped element.
pub(crate) fn report_diagnostics(host: &HtmlElement, items: &[Diagnostic]) {
    for d in items {
        let line = JsValue::from_str(&format!("[reader-widget] {d}"));
        match d.severity {
            Severity::Fatal => web_sys::console::error_1(&line),
            Severity::Warning => {
                web_sys::console::warn_1(&line);
                dispatch(host, "reader:warning", &diagnostic_to_js(d));
            }
        }
    }
}

/// Reports the problems, then `reader:ready` (a document shows; this also ends the
/// idle-time warm-up) or `reader:error` (detail: the problems).
pub(crate) fn announce(host: &HtmlElement, ready: bool, problems: &[Diagnostic]) {
    report_diagnostics(host, problems);
    if ready {
        registry::note_shown(host);
        dispatch(host, "reader:ready", &JsValue::UNDEFINED);
    } else {
        let list: js_sys::Array = problems.iter().map(diagnostic_to_js).collect();
        dispatch(host, "reader:error", &list);
    }
}

/// `{ severity, path, message }`, the detail of `reader:warning` (and each entry of
/// `reader:error`'s list).
fn diagnostic_to_js(d: &Diagnostic) -> JsValue {
    let severity = match d.severity {
        Severity::Fatal => "fatal",
        Severity::Warning => "warning",
    };
    detail(&[
        ("severity", severity.into()),
        ("path", d.path.as_str().into()),
        ("message", d.message.as_str().into()),
    ])
}
