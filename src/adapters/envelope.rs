//! What the formats module hands the widget: the converted document in the native
//! format, plus the problems the adapter found with paths into the *source* document, as
//! one JSON text. The two wasm modules share nothing else, so the widget's core decodes
//! the answer with the same native decoder it uses for every document, and carries no
//! adapter code.
//!
//! `{"document": <native document or null>, "diagnostics": [{"severity", "path", "message"}]}`
//! for a document; `{"related": <native document with only "related">, "diagnostics": …}`
//! for sections of cards.

use crate::model::{Decoded, Diagnostics, Json, RelatedSection, decode, json};

#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
use {
    super::native_out::{related_to_native_json, to_native_json},
    crate::model::Severity,
    serde_json::{Value, json},
};

/// A converted document as the formats module answers it.
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
pub fn write_document(decoded: &Decoded) -> String {
    json!({
        "document": decoded.document.as_ref().map(to_native_json),
        "diagnostics": diagnostics_json(&decoded.diagnostics),
    })
    .to_string()
}

/// Converted sections of cards as the formats module answers them.
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
pub fn write_related(sections: &[RelatedSection], diagnostics: &Diagnostics) -> String {
    json!({
        "related": related_to_native_json(sections),
        "diagnostics": diagnostics_json(diagnostics),
    })
    .to_string()
}

#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
fn diagnostics_json(diagnostics: &Diagnostics) -> Value {
    let items = diagnostics.items().iter().map(|d| {
        let severity = match d.severity {
            Severity::Fatal => "fatal",
            Severity::Warning => "warning",
        };
        json!({"severity": severity, "path": d.path, "message": d.message})
    });
    Value::Array(items.collect())
}

/// The widget's reading of a document answer: the adapter's problems first (they are
/// about the source), then whatever decoding the native part finds.
pub fn read_document(text: &str) -> Decoded {
    let answer = match json::parse(text) {
        Ok(answer) => answer,
        Err(message) => return unreadable(&message),
    };
    let mut diagnostics = read_diagnostics(answer.get("diagnostics"));
    match answer.get("document") {
        Some(document @ Json::Object(_)) => {
            let mut decoded = decode(document);
            decoded.diagnostics.insert_all(0, diagnostics);
            Decoded::new(decoded.document, decoded.diagnostics)
        }
        _ => {
            if !diagnostics.has_fatal() {
                diagnostics.fatal("", "the document could not be converted");
            }
            Decoded::new(None, diagnostics)
        }
    }
}

/// The widget's reading of a related answer (see [`read_document`]).
pub fn read_related(text: &str) -> (Vec<RelatedSection>, Diagnostics) {
    let answer = match json::parse(text) {
        Ok(answer) => answer,
        Err(message) => return (Vec::new(), unreadable(&message).diagnostics),
    };
    let mut diagnostics = read_diagnostics(answer.get("diagnostics"));
    let (sections, more) = match answer.get("related") {
        Some(native) => super::native_related(native),
        None => (Vec::new(), Diagnostics::default()),
    };
    let at = diagnostics.items().len();
    diagnostics.insert_all(at, more);
    (sections, diagnostics)
}

/// An answer that is not what the formats module writes (a mismatched module version).
fn unreadable(message: &str) -> Decoded {
    Decoded::fatal(
        "",
        format!("the formats module's answer could not be read ({message})"),
    )
}

fn read_diagnostics(value: Option<&Json>) -> Diagnostics {
    let mut diagnostics = Diagnostics::default();
    let Some(Json::Array(items)) = value else {
        return diagnostics;
    };
    for item in items {
        let text = |key| match item.get(key) {
            Some(Json::String(s)) => s.as_str(),
            _ => "",
        };
        match text("severity") {
            "fatal" => diagnostics.fatal(text("path"), text("message")),
            _ => diagnostics.warn(text("path"), text("message")),
        }
    }
    diagnostics
}
