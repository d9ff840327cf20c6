//! Getting a document into the model: JS values through one `JSON.stringify`, text and
//! fetched bodies through our JSON parser, URLs through `fetch` with a timeout and abort.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::tasks::{SLICE_MS, next_task, now};
use crate::adapters::{Format, convert, convert_related, detect};
use crate::model::SlicedDecode;
use crate::model::decode::{Decoded, not_json};
use crate::model::json::number_text;
use crate::model::json_text;
use crate::model::{Diagnostics, Json, RelatedSection};

/// How long a fetch may take before it is abandoned with an error (`timeout` attribute).
pub(crate) const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// Documents at least this long are parsed and decoded over several tasks (the widget
/// shows its loading state meanwhile); shorter ones render in the task that gives them.
/// About 300 paragraphs: below it, parsing and decoding take a few milliseconds.
pub(crate) const SLICED_FROM_BYTES: usize = 64 * 1024;

/// A JS value (already an object, e.g. from a `data` property) as JSON text: one
/// `JSON.stringify` in the browser, then our parser, instead of one call across the
/// JS boundary per value.
fn value_to_text(value: &JsValue) -> Result<String, String> {
    let text = js_sys::JSON::stringify(value)
        .map_err(|e| format!("the data could not be read: {}", error_message(&e)))?;
    text.as_string()
        .ok_or_else(|| "the data is not a JSON value".to_owned())
}

/// Reads a JS value as JSON (see [`value_to_text`]).
pub(crate) fn value_to_json(value: &JsValue) -> Result<Json, String> {
    json_text::parse(&value_to_text(value)?)
}

/// Data given with the page (the `data` property or inline JSON), read as far as the
/// first task should go.
pub(crate) enum Given {
    /// Short enough: decoded already, so the first render shows it.
    Decoded(Decoded),
    /// Long: to be decoded over several tasks with [`decode_sliced`].
    Long(String),
}

/// Reads a JS value given as data.
pub(crate) fn read_value(value: &JsValue, format: Option<Format>) -> Given {
    match value_to_text(value) {
        Ok(text) => read_text(text, format),
        Err(message) => Given::Decoded(not_json(message)),
    }
}

/// Reads JSON text given as data (one leading byte-order mark is allowed, as natively).
pub(crate) fn read_text(text: String, format: Option<Format>) -> Given {
    if text.len() >= SLICED_FROM_BYTES {
        return Given::Long(text);
    }
    Given::Decoded(decode_now(&text, format, false))
}

/// Parses and decodes short JSON text in one go. `bom_removed`: the text came from
/// `Response.text()`, which already removed one byte-order mark.
fn decode_now(text: &str, format: Option<Format>, bom_removed: bool) -> Decoded {
    let parsed = if bom_removed {
        json_text::parse_decoded(text)
    } else {
        json_text::parse(text)
    };
    match parsed {
        Ok(json) => convert(&json, format),
        Err(message) => not_json(message),
    }
}

/// Parses and decodes long JSON text over several tasks: parsing in slices, then the
/// native format's body a slice at a time (other formats convert in one task). `None`
/// when `wanted` says, between tasks, that the result is no longer needed.
/// `bom_removed`: the text came from `Response.text()`, which already removed one.
pub(crate) async fn decode_sliced(
    text: String,
    format: Option<Format>,
    bom_removed: bool,
    wanted: &dyn Fn() -> bool,
) -> Option<Decoded> {
    next_task().await;
    if !wanted() {
        return None;
    }
    // Slices of parsing too: one long first call would also run in V8's baseline code
    // for its whole length, while later calls get the optimised code.
    let text = if bom_removed {
        text.as_str()
    } else {
        text.strip_prefix('\u{feff}').unwrap_or(&text)
    };
    let mut parser = match json_text::Parser::new(text) {
        Ok(parser) => parser,
        Err(message) => return Some(not_json(message)),
    };
    let json = match in_slices(|| parser.step(2048).transpose(), wanted).await? {
        Ok(json) => json,
        Err(message) => return Some(not_json(message)),
    };
    next_task().await;
    if !wanted() {
        return None;
    }
    if !matches!(format.map_or_else(|| detect(&json), Ok), Ok(Format::Native)) {
        return Some(convert(&json, format));
    }
    let mut decoding = SlicedDecode::new(&json);
    in_slices(|| decoding.step(64).then_some(()), wanted).await?;
    Some(decoding.finish())
}

/// Calls `step` until it gives a result, yielding to the browser every [`SLICE_MS`];
/// `None` when `wanted` turns false at a yield.
async fn in_slices<T>(mut step: impl FnMut() -> Option<T>, wanted: &dyn Fn() -> bool) -> Option<T> {
    loop {
        let start = now();
        while now() - start < SLICE_MS {
            if let Some(out) = step() {
                return Some(out);
            }
        }
        next_task().await;
        if !wanted() {
            return None;
        }
    }
}

/// The message of a thrown JS error, or its string form.
fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Fetches and decodes `url` (long bodies over several tasks; `None` when `wanted`
/// turns false meanwhile). Network failures, timeouts, HTTP errors, non-JSON content
/// types and bodies all become one fatal diagnostic that says which.
pub(crate) async fn fetch_document(
    url: &str,
    controller: Option<&AbortController>,
    timeout_ms: u32,
    format: Option<Format>,
    wanted: &dyn Fn() -> bool,
) -> Option<Decoded> {
    match fetch_text(url, controller, timeout_ms).await {
        Ok(text) if text.len() >= SLICED_FROM_BYTES => {
            decode_sliced(text, format, true, wanted).await
        }
        Ok(text) => Some(decode_now(&text, format, true)),
        Err(message) => Some(not_json(message)),
    }
}

/// Fetches related sections (`related-src`: a JSON Feed, a WordPress collection or a
/// native document); failures are one message.
pub(crate) async fn fetch_related(
    url: &str,
    controller: Option<&AbortController>,
    timeout_ms: u32,
) -> Result<(Vec<RelatedSection>, Diagnostics), String> {
    let text = fetch_text(url, controller, timeout_ms).await?;
    let json = json_text::parse_decoded(&text)?;
    Ok(convert_related(&json, None))
}

/// Fetches one further page of related cards ("Load more") with the problems found in
/// it; the error is one sentence for the inline retry message. Any format `related-src`
/// accepts works here too.
pub(crate) async fn fetch_related_page(url: &str) -> Result<(RelatedSection, Diagnostics), String> {
    let controller = AbortController::new().ok();
    let (sections, diagnostics) =
        fetch_related(url, controller.as_ref(), DEFAULT_TIMEOUT_MS).await?;
    match sections.into_iter().next() {
        Some(section) => Ok((section, diagnostics)),
        None => Err(diagnostics
            .items()
            .first()
            .map_or_else(|| "no stories found".to_owned(), |d| d.message.clone())),
    }
}

async fn fetch_text(
    url: &str,
    controller: Option<&AbortController>,
    timeout_ms: u32,
) -> Result<String, String> {
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
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        );
    }
    let timed_out = || {
        let secs = number_text(f64::from(timeout_ms) / 1000.0);
        format!("the request timed out after {secs} s")
    };
    let aborted = || controller.is_some_and(|c| c.signal().aborted());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| {
            if aborted() {
                timed_out()
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
