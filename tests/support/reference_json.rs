//! serde_json as a reference reader of JSON text, for checking our own parser against it
//! (the property tests and the `decode_json` fuzz target).

use reader_widget::model::Json;

/// serde_json as a reference reader of JSON text, into our value tree.
pub fn reference(text: &str) -> Result<Json, String> {
    fn convert(v: serde_json::Value) -> Json {
        match v {
            serde_json::Value::Null => Json::Null,
            serde_json::Value::Bool(b) => Json::Bool(b),
            serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Json::String(s),
            serde_json::Value::Array(a) => Json::Array(a.into_iter().map(convert).collect()),
            serde_json::Value::Object(o) => {
                Json::Object(o.into_iter().map(|(k, v)| (k, convert(v))).collect())
            }
        }
    }
    if text.len() > reader_widget::model::limits::MAX_DOCUMENT_BYTES {
        return Err("too large".into());
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde_json's own recursion limit (128) is above ours (64): refuse deeper input
    // the same way, so only real reading differences count.
    let mut de = serde_json::Deserializer::from_str(text);
    let value: serde_json::Value =
        serde::Deserialize::deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    if depth(&value) > reader_widget::model::limits::MAX_JSON_DEPTH {
        return Err("too deep".into());
    }
    Ok(convert(value))
}

fn depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}
