//! Which format a document is in, from its content alone, so publishers can point the
//! widget at whatever their CMS serves without naming the format.

use crate::model::Json;

use super::format::Format;

/// Recognises the format of `json` (rules in [`super::detect`]'s documentation).
pub(crate) fn detect(json: &Json) -> Result<Format, String> {
    let found = match json {
        Json::Object(fields) => {
            if is_json_feed(json) {
                return Ok(Format::JsonFeed);
            }
            if json.get("article").is_some()
                || json.get("related").is_some()
                || matches!(json.get("version"), Some(Json::Number(_)))
            {
                return Ok(Format::Native);
            }
            if is_json_ld(json) {
                return Ok(Format::JsonLd);
            }
            if is_wordpress(json) {
                return Ok(Format::WordPress);
            }
            if is_ans(json) {
                return Ok(Format::Ans);
            }
            if is_anf(json) {
                return Ok(Format::Anf);
            }
            describe_object(fields)
        }
        Json::Array(items) => {
            if items.iter().any(is_json_ld) {
                return Ok(Format::JsonLd);
            }
            if items.first().is_some_and(is_wordpress) {
                return Ok(Format::WordPress);
            }
            describe_array(items)
        }
        other => other.kind().to_owned(),
    };
    Err(format!(
        "cannot tell the format: expected the native format (an object with \"article\"), \
         a JSON Feed (\"version\": \"https://jsonfeed.org/version/1.1\"), schema.org JSON-LD \
         (\"@context\", \"@type\" or \"@graph\"), a WordPress post (\"title\" and \"content\" \
         with \"rendered\"), an Arc XP ANS story (\"type\": \"story\" with \"headlines\" or \
         \"content_elements\") or an Apple News Format article (\"components\" and \"layout\"); \
         found {found}"
    ))
}

/// Arc XP ANS: `"type"` is `story`, `gallery` or `video`, with `headlines` or
/// `content_elements`.
fn is_ans(json: &Json) -> bool {
    matches!(json.get("type"), Some(Json::String(t)) if matches!(t.as_str(), "story" | "gallery" | "video"))
        && (matches!(json.get("headlines"), Some(Json::Object(_)))
            || matches!(json.get("content_elements"), Some(Json::Array(_))))
}

/// Apple News Format: an array of `components` with a `layout` object (or a string
/// `version` and a `title`, as ANF requires).
fn is_anf(json: &Json) -> bool {
    matches!(json.get("components"), Some(Json::Array(_)))
        && (matches!(json.get("layout"), Some(Json::Object(_)))
            || (matches!(json.get("version"), Some(Json::String(_)))
                && matches!(json.get("title"), Some(Json::String(_)))))
}

/// `"version": "https://jsonfeed.org/version/…"` (http accepted too).
fn is_json_feed(json: &Json) -> bool {
    matches!(json.get("version"), Some(Json::String(v))
        if v.starts_with("https://jsonfeed.org/version/") || v.starts_with("http://jsonfeed.org/version/"))
}

/// An object with `@context`, `@type` or `@graph`.
fn is_json_ld(json: &Json) -> bool {
    ["@context", "@type", "@graph"]
        .iter()
        .any(|k| json.get(k).is_some())
}

/// `title.rendered` plus `content.rendered` (a post) or `source_url` (an attachment).
fn is_wordpress(json: &Json) -> bool {
    let rendered = |key: &str| json.get(key).and_then(|v| v.get("rendered")).is_some();
    rendered("title")
        && (rendered("content") || matches!(json.get("source_url"), Some(Json::String(_))))
}

/// "an object with keys: a, b, c…" (at most eight keys named).
fn describe_object(fields: &[(String, Json)]) -> String {
    if fields.is_empty() {
        return "an empty object".to_owned();
    }
    // Only the first 9 distinct names are needed (8 shown, one to know there are more):
    // stop there, so an object with 80,000 keys costs no more than a small one.
    let mut names: Vec<&str> = Vec::new();
    for (k, _) in fields {
        if !names.contains(&k.as_str()) {
            names.push(k);
            if names.len() > 8 {
                break;
            }
        }
    }
    let more = if names.len() > 8 { "…" } else { "" };
    names.truncate(8);
    format!("an object with keys: {}{more}", names.join(", "))
}

/// "an array of 3 numbers", "an array of 2 values of mixed types", "an empty array".
fn describe_array(items: &[Json]) -> String {
    let Some(first) = items.first() else {
        return "an empty array".to_owned();
    };
    let plural = |json: &Json| match json {
        Json::Null => "nulls",
        Json::Bool(_) => "booleans",
        Json::Number(_) => "numbers",
        Json::String(_) => "strings",
        Json::Array(_) => "arrays",
        Json::Object(_) => "objects",
    };
    let n = items.len();
    let same = items.iter().all(|i| plural(i) == plural(first));
    if !same {
        return format!("an array of {n} values of mixed types");
    }
    let kind = if n == 1 {
        first
            .kind()
            .trim_start_matches("an ")
            .trim_start_matches("a ")
    } else {
        plural(first)
    };
    match first {
        Json::Object(fields) if fields.is_empty() => {
            format!("an array of {n} {kind} (the first is empty)")
        }
        Json::Object(fields) => {
            let keys = describe_object(fields);
            let keys = keys.trim_start_matches("an object with ");
            format!("an array of {n} {kind} (the first has {keys})")
        }
        _ => format!("an array of {n} {kind}"),
    }
}
