//! What decoding gives: the document, or why there is none, with every problem found.

use crate::model::diagnostics::Diagnostics;
use crate::model::types::Document;

/// The outcome of decoding: a document (possibly with warnings) or the fatal problems.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// `None` when a fatal problem was found.
    pub document: Option<Document>,
    /// Every problem found, fatal and warnings, in document order.
    pub diagnostics: Diagnostics,
}

impl Decoded {
    /// The document, unless the problems include a fatal one.
    pub fn new(document: Option<Document>, diagnostics: Diagnostics) -> Decoded {
        Decoded {
            document: if diagnostics.has_fatal() {
                None
            } else {
                document
            },
            diagnostics,
        }
    }

    /// Nothing to show, for one reason (not JSON, not a format we read, a failed
    /// request): one fatal problem at `path`.
    pub fn fatal(path: &str, message: impl Into<String>) -> Decoded {
        let mut d = Diagnostics::default();
        d.fatal(path, message);
        Decoded::new(None, d)
    }
}
