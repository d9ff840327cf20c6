//! Fetching documents and related lists: `fetch` with an `Accept: application/json`
//! header, a timeout and abort, and one sentence for whatever went wrong (network
//! failure, timeout, HTTP status, content type, unreadable body).

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

use super::source::{SLICED_FROM_BYTES, adapt_related, decode_fetched, decode_sliced};
use crate::adapters::{Format, Step, convert_related_native};
use crate::browser::page::error_message;
use crate::model::json;
use crate::model::{Decoded, Diagnostics, RelatedSection};
use crate::options::DEFAULT_TIMEOUT_MS;
use crate::text::number::number_text;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    /// The response `reader-widget.js` asked for `url` before the module had come, if
    /// any (taken once): the document then travels beside the module, not after it.
    #[wasm_bindgen(js_name = takeEarly, catch)]
    fn take_early(url: &str, signal: Option<&web_sys::AbortSignal>) -> Result<JsValue, JsValue>;
}

/// Fetches and decodes `url` (long bodies over several tasks; `None` when `wanted`
/// turns false meanwhile). Every failure becomes one fatal diagnostic that says which.
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
        Ok(text) => Some(decode_fetched(&text, format).await),
        Err(message) => Some(Decoded::fatal("", message)),
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
    let json = json::parse_decoded(&text)?;
    match convert_related_native(&json, None) {
        Step::Done(done) => Ok(done),
        Step::Adapt(format) => {
            drop(json);
            adapt_related(&text, format).await
        }
    }
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

/// The body of a JSON response, or why there is none.
async fn fetch_text(
    url: &str,
    controller: Option<&AbortController>,
    timeout_ms: u32,
) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window to fetch from")?;
    let init = RequestInit::new();
    let headers = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&headers, &"Accept".into(), &"application/json".into());
    init.set_headers(&headers);
    if let Some(c) = controller {
        init.set_signal(Some(&c.signal()));
        let c = c.clone();
        let abort = Closure::once_into_js(move || c.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            i32::try_from(timeout_ms).unwrap_or(i32::MAX),
        );
    }
    let aborted = || controller.is_some_and(|c| c.signal().aborted());
    let signal = controller.map(AbortController::signal);
    let request = take_early(url, signal.as_ref())
        .ok()
        .and_then(|r| r.dyn_into::<js_sys::Promise>().ok())
        .unwrap_or_else(|| window.fetch_with_str_and_init(url, &init));
    let response = JsFuture::from(request).await.map_err(|e| {
        if aborted() {
            let secs = number_text(f64::from(timeout_ms) / 1000.0);
            format!("the request timed out after {secs} s")
        } else {
            format!("the request failed ({})", error_message(&e))
        }
    })?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| "the request did not return a response".to_owned())?;
    check(&response)?;
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

/// A response worth reading: a 2xx status and JSON (or unlabelled, or plain text).
fn check(response: &Response) -> Result<(), String> {
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
    Ok(())
}
