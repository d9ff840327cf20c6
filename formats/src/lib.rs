//! The formats module: reader-widget's adapters as a wasm module of their own. The widget
//! detects the native format itself and fetches this module only for a document (or a
//! related feed) in another format, naming the format it detected; it gets the native
//! format back as text, with the adapter's problems, and decodes that as it decodes
//! every document (see `reader_widget::adapters::envelope`).

use reader_widget::adapters::{Format, adapt, adapt_related, envelope};
use reader_widget::model::{Decoded, Diagnostics, json};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::*;

/// Converts a document for `src` from `format` (the name of a non-native format, as
/// `Format::name` writes it) to the widget's answer text.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = convertDocument))]
pub fn convert_document(text: &str, format: &str) -> String {
    let decoded = match (json::parse(text), Format::from_name(format)) {
        (Ok(json), Some(format)) => adapt(&json, format),
        (Err(message), _) => Decoded::fatal("", message),
        (Ok(_), None) => Decoded::fatal("", unknown(format)),
    };
    envelope::write_document(&decoded)
}

/// Converts a feed or list for `related-src` from `format` to the widget's answer text.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen(js_name = convertRelated))]
pub fn convert_related_feed(text: &str, format: &str) -> String {
    let (sections, diagnostics) = match (json::parse(text), Format::from_name(format)) {
        (Ok(json), Some(format)) => adapt_related(&json, format),
        (Err(message), _) => fatal(message),
        (Ok(_), None) => fatal(unknown(format)),
    };
    envelope::write_related(&sections, &diagnostics)
}

fn unknown(format: &str) -> String {
    format!("the formats module does not know the format \"{format}\"")
}

fn fatal(message: String) -> (Vec<reader_widget::model::RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    d.fatal("", message);
    (Vec::new(), d)
}
