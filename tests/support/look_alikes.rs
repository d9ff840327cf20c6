//! Our look-alikes of real documents (`tests/fixtures/real-world/`), converted as the
//! widget converts them. Shared by the two real-world test files.

#![allow(dead_code)]

use std::path::Path;

use reader_widget::adapters::convert;
use reader_widget::model::json::parse;
use reader_widget::model::{Document, Json};

/// Where the look-alikes are.
pub const OURS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real-world");

/// A JSON file, parsed.
pub fn json(path: &Path) -> Json {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    parse(&text).unwrap_or_else(|e| panic!("{path:?}: {e}"))
}

/// Converts one look-alike (`format/name.json`); returns the document and the warnings.
pub fn ours(path: &str) -> (Document, Vec<String>) {
    let decoded = convert(&json(&Path::new(OURS).join(path)), None);
    let warnings = decoded
        .diagnostics
        .items()
        .iter()
        .map(|d| d.to_string())
        .collect();
    let doc = decoded
        .document
        .unwrap_or_else(|| panic!("{path} did not convert: {warnings:?}"));
    (doc, warnings)
}
