//! A server's input: document text (any format) and, optionally, a related feed's text,
//! read into one document with every problem as a line (`warning article.media[1].src:
//! …`). Shared by the CLI and the module for JavaScript servers, so both read alike.

use crate::adapters::{Format, convert, convert_related};
use crate::model::json::parse;
use crate::model::{Decoded, Diagnostic, Document, Severity};

/// What reading gave: the document (`None` after a fatal problem) and the problems.
pub struct Input {
    /// The document to render, with the related feed's sections appended.
    pub document: Option<Document>,
    /// One line per problem, fatal ones first-class (`fatal …`), related feed ones
    /// marked `related-src`.
    pub problems: Vec<String>,
}

/// Reads `text` (in `format`, or detected) and appends the sections of `related`.
pub fn read_input(text: &str, format: Option<Format>, related: Option<&str>) -> Input {
    let decoded = match parse(text) {
        Ok(json) => convert(&json, format),
        Err(message) => Decoded::fatal("", message),
    };
    let mut problems = lines("", decoded.diagnostics.items());
    let mut document = decoded.document;
    if let (Some(doc), Some(related)) = (document.as_mut(), related) {
        match parse(related) {
            Ok(json) => {
                let (sections, d) = convert_related(&json, None);
                problems.extend(lines("related-src ", d.items()));
                doc.related.extend(sections);
            }
            Err(message) => problems.push(format!("fatal related-src document: {message}")),
        }
    }
    Input { document, problems }
}

fn lines(prefix: &str, items: &[Diagnostic]) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            let severity = match item.severity {
                Severity::Fatal => "fatal",
                Severity::Warning => "warning",
            };
            format!("{severity} {prefix}{item}")
        })
        .collect()
}
