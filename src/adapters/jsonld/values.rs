//! Reading schema.org values that may be a string, an array or an object.

use crate::adapters::dates;
use crate::adapters::node::Node;
use crate::model::{Diagnostics, Json, SafeUrl};

/// Text of the first value of `key` (a string or the first of an array of strings).
pub(super) fn first_text(node: &Node, key: &str, d: &mut Diagnostics) -> Option<String> {
    node.get(key)?.many(d).into_iter().find_map(|v| v.text(d))
}

/// The name of a field that differs from schema.org's `key` only in case (`headLine`, as
/// some sites write it), if the entity has one.
pub(super) fn case_variant(node: &Node, key: &str) -> Option<String> {
    let Json::Object(fields) = node.json else {
        return None;
    };
    fields
        .iter()
        .find(|(k, _)| k != key && k.eq_ignore_ascii_case(key))
        .map(|(k, _)| k.clone())
}

/// The first URL of a value that may be a string, an array or a `{"@id"|"url"}` object.
pub(super) fn first_url(node: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
    for v in node.many(d) {
        let target = if v.is_object() {
            v.get("url").or_else(|| v.get("@id"))
        } else {
            Some(v)
        };
        if let Some(url) = target.and_then(|t| t.url(d)) {
            return Some(url);
        }
    }
    None
}

pub(super) fn date(node: &Node, d: &mut Diagnostics) -> Option<crate::model::Timestamp> {
    let first = node.many(d).into_iter().next()?;
    dates::timestamp(&first, d)
}
