//! Getting a document into the model: JS values through serde-wasm-bindgen, text through
//! the browser's `JSON.parse`, URLs through `fetch` with a timeout and abort.

use serde::de::DeserializeSeed;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use crate::model::RelatedSection;
use crate::model::decode::{Decoded, decode, decode_related_page, not_json};
use crate::model::json::{JsonSeed, too_large};
use crate::model::limits::MAX_DOCUMENT_BYTES;

/// How long a fetch may take before it is abandoned with an error.
const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Decodes a JS value (already an object, e.g. from a `data` property).
pub(crate) fn decode_value(value: &JsValue) -> Decoded {
    let de = serde_wasm_bindgen::Deserializer::from(value.clone());
    match JsonSeed::root().deserialize(de) {
        Ok(json) => decode(&json),
        Err(e) => not_json(format!("the data could not be read: {e}")),
    }
}

/// Parses JSON text with `JSON.parse` and decodes it.
pub(crate) fn decode_text(text: &str) -> Decoded {
    if text.len() > MAX_DOCUMENT_BYTES {
        return not_json(too_large(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match js_sys::JSON::parse(text) {
        Ok(value) => decode_value(&value),
        Err(e) => not_json(format!("not valid JSON: {}", error_message(&e))),
    }
}

/// The message of a thrown JS error, or its string form.
fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Fetches and decodes `url`. Network failures, timeouts, HTTP errors, non-JSON content
/// types and bodies all become one fatal diagnostic that says which.
pub(crate) async fn fetch_document(url: &str, controller: Option<&AbortController>) -> Decoded {
    match fetch_text(url, controller).await {
        Ok(text) => decode_text(&text),
        Err(message) => not_json(message),
    }
}

/// Fetches one further page of related cards; the error is one sentence for the inline
/// retry message.
pub(crate) async fn fetch_related_page(url: &str) -> Result<RelatedSection, String> {
    let controller = AbortController::new().ok();
    let text = fetch_text(url, controller.as_ref()).await?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let value =
        js_sys::JSON::parse(text).map_err(|e| format!("not valid JSON ({})", error_message(&e)))?;
    let json = JsonSeed::root()
        .deserialize(serde_wasm_bindgen::Deserializer::from(value))
        .map_err(|e| e.to_string())?;
    let (section, diagnostics) = decode_related_page(&json);
    report_diagnostics_to_console(diagnostics.items());
    section.ok_or_else(|| {
        diagnostics
            .items()
            .first()
            .map_or_else(|| "no stories found".to_owned(), |d| d.message.clone())
    })
}

/// Logs problems of a document that has no host element to fire events on.
fn report_diagnostics_to_console(items: &[crate::model::Diagnostic]) {
    for d in items {
        web_sys::console::warn_1(&format!("[reader-widget] {d}").into());
    }
}

async fn fetch_text(url: &str, controller: Option<&AbortController>) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let init = RequestInit::new();
    init.set_headers(&JsValue::from(
        js_sys::Object::from_entries(&js_sys::Array::of1(&js_sys::Array::of2(
            &"Accept".into(),
            &"application/json".into(),
        )))
        .unwrap_or_else(|_| js_sys::Object::new()),
    ));
    if let Some(c) = controller {
        init.set_signal(Some(&c.signal()));
        let c = c.clone();
        let abort = Closure::once_into_js(move || c.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            FETCH_TIMEOUT_MS,
        );
    }
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| {
            if controller.is_some_and(|c| c.signal().aborted()) {
                format!("the request timed out after {} s", FETCH_TIMEOUT_MS / 1000)
            } else {
                format!("the request failed ({})", error_message(&e))
            }
        })?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| "the request did not return a response".to_owned())?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if !content_type.is_empty()
        && !content_type.contains("json")
        && !content_type.starts_with("text/plain")
    {
        return Err(format!(
            "the server sent \"{content_type}\" instead of JSON"
        ));
    }
    let text = JsFuture::from(response.text().map_err(|e| error_message(&e))?)
        .await
        .map_err(|e| {
            format!(
                "the response body could not be read ({})",
                error_message(&e)
            )
        })?;
    text.as_string()
        .ok_or_else(|| "the response body is not text".to_owned())
}
