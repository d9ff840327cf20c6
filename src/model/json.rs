//! A minimal JSON value tree, produced by our own parser ([`super::json_text`]) in the
//! browser and natively alike, so one decoder serves both and reports problems with
//! their paths.

/// A parsed JSON value; objects keep their key order and any duplicate keys.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Names the JSON type the way a publisher reads it in an error message.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "an array",
            Json::Object(_) => "an object",
        }
    }

    /// Looks a key up in an object; the last duplicate wins, as with `JSON.parse`.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A number as messages show it (`2`, `-1.5`, `0.125`), without Rust's float
/// formatting, which would add ~30 KB to the wasm; beyond six decimals it rounds.
pub fn number_text(n: f64) -> String {
    if !n.is_finite() || n.abs() >= 1e13 {
        return "a very large number".to_owned();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let micros = (n.abs() * 1e6).round() as u64;
    let (whole, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// Parses JSON text, natively and in the browser alike (see [`super::json_text`]).
pub fn parse_str(text: &str) -> Result<Json, String> {
    super::json_text::parse(text)
}

/// The message for a document over [`MAX_DOCUMENT_BYTES`], shared by both parsers.
pub fn too_large(bytes: usize) -> String {
    format!(
        "the document is {bytes} bytes; the limit is {} bytes",
        super::limits::MAX_DOCUMENT_BYTES
    )
}
