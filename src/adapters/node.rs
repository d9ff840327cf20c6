//! Loose reading of a source document: every value carries its JSON path, wrong types
//! become warnings instead of errors, and `null` counts as absent, because feeds in the
//! wild are rarely as tidy as their specifications.

use crate::model::decode::is_language_tag;
use crate::model::diagnostics::{field, index};
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Diagnostics, Json, SafeUrl};

use crate::html::clean_text;
use crate::html::{decode_text, plain_text};
use crate::text::words::collapse_whitespace;

/// A value of the source document with the path a warning about it should name.
#[derive(Debug, Clone)]
pub(crate) struct Node<'a> {
    /// The value itself.
    pub json: &'a Json,
    /// Where it is, in the `a.b[2].c` notation of every message.
    pub path: String,
}

impl<'a> Node<'a> {
    /// The document root (empty path, shown as "document").
    pub fn root(json: &'a Json) -> Node<'a> {
        Node {
            json,
            path: String::new(),
        }
    }

    /// The value of `key`; missing keys, non-objects and `null` are all absent.
    pub fn get(&self, key: &str) -> Option<Node<'a>> {
        match self.json.get(key)? {
            Json::Null => None,
            json => Some(Node {
                json,
                path: field(&self.path, key),
            }),
        }
    }

    /// The path of `key` below this node, for warnings about a missing or bad field.
    pub fn key_path(&self, key: &str) -> String {
        field(&self.path, key)
    }

    /// The elements of an array, or the value itself as a list of one (schema.org and
    /// feeds allow both); long arrays are cut with a warning.
    pub fn many(&self, d: &mut Diagnostics) -> Vec<Node<'a>> {
        match self.json {
            Json::Array(items) => self.elements(items, d),
            Json::Null => Vec::new(),
            _ => vec![self.clone()],
        }
    }

    /// The elements of an array; anything else is reported and read as empty.
    pub fn array(&self, d: &mut Diagnostics) -> Vec<Node<'a>> {
        match self.json {
            Json::Array(items) => self.elements(items, d),
            other => {
                d.warn(&self.path, expected("an array", other));
                Vec::new()
            }
        }
    }

    fn elements(&self, items: &'a [Json], d: &mut Diagnostics) -> Vec<Node<'a>> {
        if items.len() > MAX_LIST_ITEMS {
            d.warn(
                &self.path,
                format!(
                    "{} entries; only the first {MAX_LIST_ITEMS} are read",
                    items.len()
                ),
            );
        }
        items
            .iter()
            .take(MAX_LIST_ITEMS)
            .enumerate()
            .filter(|(_, v)| !matches!(v, Json::Null))
            .map(|(i, json)| Node {
                json,
                path: index(&self.path, i),
            })
            .collect()
    }

    /// True for a JSON object.
    pub fn is_object(&self) -> bool {
        matches!(self.json, Json::Object(_))
    }

    /// The raw string, without any warning when it is something else.
    pub fn as_str(&self) -> Option<&'a str> {
        match self.json {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// A string value, trimmed; blank is absent and other types are reported.
    pub fn string(&self, d: &mut Diagnostics) -> Option<String> {
        match self.json {
            Json::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
            other => {
                d.warn(&self.path, expected("a string", other));
                None
            }
        }
    }

    /// Display text: entities decoded, stray markup removed, whitespace collapsed.
    pub fn text(&self, d: &mut Diagnostics) -> Option<String> {
        self.string(d).and_then(|s| clean_text(&s))
    }

    /// Text of a field that holds HTML (WordPress `*.rendered`, `content_html`): tags
    /// removed, entities decoded, whitespace collapsed.
    pub fn html_text(&self, d: &mut Diagnostics) -> Option<String> {
        self.string(d)
            .map(|s| plain_text(&s))
            .filter(|s| !s.is_empty())
    }

    /// Text of a field defined as plain text (JSON Feed): entities decoded (twice where
    /// it was escaped twice) and
    /// whitespace collapsed, but `<b>` stays literal text ("The return of <b>").
    pub fn plain(&self, d: &mut Diagnostics) -> Option<String> {
        self.string(d)
            .map(|s| collapse_whitespace(&decode_text(&s)))
            .filter(|s| !s.is_empty())
    }

    /// The plain text of `key`, if present.
    pub fn plain_at(&self, key: &str, d: &mut Diagnostics) -> Option<String> {
        self.get(key)?.plain(d)
    }

    /// The text of `key`, if present.
    pub fn text_at(&self, key: &str, d: &mut Diagnostics) -> Option<String> {
        self.get(key)?.text(d)
    }

    /// A language tag (`en_US`, as some formats write it, reads as `en-US`); anything
    /// else is reported and ignored, so a wrong tag never reaches `lang` or `Intl`.
    pub fn language(&self, d: &mut Diagnostics) -> Option<String> {
        let tag = self.string(d)?.replace('_', "-");
        if is_language_tag(&tag) {
            return Some(tag);
        }
        d.warn(
            &self.path,
            format!("\"{tag}\" is not a BCP 47 language tag; ignored"),
        );
        None
    }

    /// A URL that is safe to link to; an unsafe one is reported and ignored.
    pub fn url(&self, d: &mut Diagnostics) -> Option<SafeUrl> {
        let raw = self.string(d)?;
        SafeUrl::parse(&raw)
            .map_err(|e| d.warn(&self.path, format!("{e}; ignored")))
            .ok()
    }

    /// A pixel size given as a number, a numeric string (`"768"`, `"768px"`) or a
    /// schema.org QuantitativeValue (`{"value": 768}`).
    pub fn dimension(&self, d: &mut Diagnostics) -> Option<u32> {
        let found = match self.json {
            Json::Number(n) => whole(*n),
            Json::String(s) => parse_pixels(s),
            Json::Object(_) => {
                return self.get("value").and_then(|v| v.dimension(d));
            }
            _ => None,
        };
        if found.is_none() {
            d.warn(
                &self.path,
                format!(
                    "expected a positive whole number of pixels, found {}; ignored",
                    describe(self.json)
                ),
            );
        }
        found
    }
}

/// A positive whole number that fits a `u32`.
fn whole(n: f64) -> Option<u32> {
    (n.fract() == 0.0 && n >= 1.0 && n <= f64::from(u32::MAX)).then_some(n as u32)
}

/// `"768"` or `"768px"` as pixels (also used for HTML `width`/`height` attributes).
pub(crate) fn parse_pixels(s: &str) -> Option<u32> {
    let s = s.trim();
    let digits = s.strip_suffix("px").unwrap_or(s).trim_end();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<u32>().ok().filter(|n| *n > 0)
}

/// A short description of a value for messages: its type, and the text if a string.
pub(crate) fn describe(json: &Json) -> String {
    match json {
        Json::String(s) => {
            let clipped: String = s.chars().take(40).collect();
            let more = if s.chars().count() > 40 { "…" } else { "" };
            format!("\"{clipped}{more}\"")
        }
        Json::Number(n) => crate::text::number::number_text(*n),
        other => other.kind().to_owned(),
    }
}

/// "expected X, found Y; ignored", the wording the native decoder uses.
pub(crate) fn expected(what: &str, found: &Json) -> String {
    format!("expected {what}, found {}; ignored", found.kind())
}
