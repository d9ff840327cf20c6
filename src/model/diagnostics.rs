//! Problems found in a document, each tied to the JSON path where it occurs, so a
//! publisher can fix their feed without reading our source.

use std::fmt;

use serde::Serialize;

/// Whether a problem stops rendering or only drops the element it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Nothing can be rendered (not JSON, unknown version, no headline …).
    Fatal,
    /// One field or element was dropped; the rest renders.
    Warning,
}

/// One problem with its location, e.g. `article.media[1].src: not an http(s) URL`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Dotted JSON path (`article.body[3].text`); empty for the document itself.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "document"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

/// Collects every problem of one decoding pass instead of stopping at the first.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Records a problem that prevents rendering.
    pub fn fatal(&mut self, path: &str, message: impl Into<String>) {
        self.push(Severity::Fatal, path, message);
    }

    /// Records a dropped field or element.
    pub fn warn(&mut self, path: &str, message: impl Into<String>) {
        self.push(Severity::Warning, path, message);
    }

    fn push(&mut self, severity: Severity, path: &str, message: impl Into<String>) {
        self.items.push(Diagnostic {
            severity,
            path: path.to_owned(),
            message: message.into(),
        });
    }

    /// True when rendering must not go ahead.
    pub fn has_fatal(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Fatal)
    }

    /// All problems in the order found.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// How many problems were found so far (a position for [`Self::insert_all`]).
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Puts `other`'s problems at position `at`, keeping document order when a part of
    /// the document was decoded separately.
    pub fn insert_all(&mut self, at: usize, other: Diagnostics) {
        let at = at.min(self.items.len());
        self.items.splice(at..at, other.items);
    }

    /// Hands the collected problems over.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

/// Builds child paths in the `a.b[2].c` notation used in every message.
pub fn field(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// Path of the `i`-th element of the array at `parent`.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}
