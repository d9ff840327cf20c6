//! Reading one JSON object of the native format: typed fields with their paths, unknown
//! keys reported, wrong types turned into warnings.

use crate::model::diagnostics::{Diagnostics, field, index};
use crate::model::json::Json;
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::time::Timestamp;
use crate::url::SafeUrl;

/// A JSON object being read: remembers which keys were used to report the others.
pub(super) struct Obj<'a> {
    fields: &'a [(String, Json)],
    path: String,
    known: &'static [&'static str],
}

impl<'a> Obj<'a> {
    /// Wraps `value` if it is an object; otherwise reports what it was.
    pub(super) fn new(
        value: &'a Json,
        path: &str,
        known: &'static [&'static str],
        d: &mut Diagnostics,
        fatal: bool,
    ) -> Option<Obj<'a>> {
        match value {
            Json::Object(fields) => {
                let obj = Obj {
                    fields,
                    path: path.to_owned(),
                    known,
                };
                obj.report_unknown(d);
                Some(obj)
            }
            other => {
                let msg = format!("expected an object, found {}", other.kind());
                if fatal {
                    d.fatal(path, msg)
                } else {
                    d.warn(path, format!("{msg}; dropped"))
                }
                None
            }
        }
    }

    pub(super) fn report_unknown(&self, d: &mut Diagnostics) {
        for (key, _) in self.fields {
            if !self.known.contains(&key.as_str()) {
                d.warn(&field(&self.path, key), "unknown field, ignored");
            }
        }
    }

    /// The value of `key` (last duplicate wins); `null` counts as absent.
    pub(super) fn get(&self, key: &str) -> Option<&'a Json> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Json::Null))
    }

    pub(super) fn path(&self, key: &str) -> String {
        field(&self.path, key)
    }

    /// An optional text field; blank text counts as absent.
    pub(super) fn string(&self, key: &str, d: &mut Diagnostics) -> Option<String> {
        match self.get(key)? {
            Json::String(s) => non_blank(s),
            other => {
                d.warn(&self.path(key), expected("a string", other));
                None
            }
        }
    }

    pub(super) fn url(&self, key: &str, d: &mut Diagnostics) -> Option<SafeUrl> {
        let raw = self.string(key, d)?;
        SafeUrl::parse(&raw)
            .map_err(|e| d.warn(&self.path(key), format!("{e}; ignored")))
            .ok()
    }

    pub(super) fn timestamp(&self, key: &str, d: &mut Diagnostics) -> Option<Timestamp> {
        let raw = self.string(key, d)?;
        Timestamp::parse(&raw)
            .map_err(|e| d.warn(&self.path(key), format!("{e}; ignored")))
            .ok()
    }

    pub(super) fn u32(&self, key: &str, d: &mut Diagnostics) -> Option<u32> {
        match self.get(key)? {
            Json::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(u32::MAX) => {
                Some(*n as u32)
            }
            other => {
                d.warn(&self.path(key), expected("a positive whole number", other));
                None
            }
        }
    }

    pub(super) fn bool(&self, key: &str, d: &mut Diagnostics) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            other => {
                d.warn(&self.path(key), expected("true or false", other));
                None
            }
        }
    }

    /// The elements of an array field with their paths, capped at [`MAX_LIST_ITEMS`].
    pub(super) fn array(&self, key: &str, d: &mut Diagnostics) -> Vec<(String, &'a Json)> {
        let path = self.path(key);
        match self.get(key) {
            None => Vec::new(),
            Some(Json::Array(items)) => capped(items, &path, d),
            Some(other) => {
                d.warn(&path, expected("an array", other));
                Vec::new()
            }
        }
    }
}

pub(super) fn capped<'a>(
    items: &'a [Json],
    path: &str,
    d: &mut Diagnostics,
) -> Vec<(String, &'a Json)> {
    if items.len() > MAX_LIST_ITEMS {
        d.warn(
            path,
            format!(
                "{} entries; only the first {MAX_LIST_ITEMS} are shown",
                items.len()
            ),
        );
    }
    items
        .iter()
        .take(MAX_LIST_ITEMS)
        .enumerate()
        .map(|(i, v)| (index(path, i), v))
        .collect()
}

pub(super) fn expected(what: &str, found: &Json) -> String {
    format!("expected {what}, found {}; ignored", found.kind())
}

pub(super) fn non_blank(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_owned())
}
