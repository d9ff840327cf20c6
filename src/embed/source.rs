//! Getting a document into the model: JS values through one `JSON.stringify`, text and
//! fetched bodies through our JSON parser; long documents over several tasks; documents
//! in other formats through the formats module, fetched when first needed.

use wasm_bindgen::prelude::*;

use crate::adapters::{Format, Step, convert_native, detect, envelope};
use crate::browser::formats;
use crate::browser::page::{error_message, now};
use crate::browser::schedule::{SLICE_MS, next_task};
use crate::model::json;
use crate::model::{Decoded, Diagnostics, RelatedSection, SlicedDecode};

/// Documents at least this long are parsed and decoded over several tasks (the widget
/// shows its loading state meanwhile); shorter ones render in the task that gives them.
/// About 300 paragraphs: below it, parsing and decoding take a few milliseconds.
pub(crate) const SLICED_FROM_BYTES: usize = 64 * 1024;

/// Where data given as a JS value came from, for messages.
pub(crate) const FROM_DATA: &str = "the data";
/// Where inline JSON came from, for messages.
pub(crate) const FROM_INLINE: &str = "the inline JSON";

/// Data given with the page (the `data` property or inline JSON), read as far as the
/// first task should go.
pub(crate) enum Given {
    /// Short enough: decoded already, so the first render shows it.
    Decoded(Decoded),
    /// Long, or in a format the formats module converts (the format given or detected,
    /// so it is not read again): decoded by [`decode_sliced`] after the first task.
    Later(String, Option<Format>),
}

/// A JS value (already an object, e.g. from a `data` property) as JSON text: one
/// `JSON.stringify` in the browser, then our parser, instead of one call across the
/// JS boundary per value.
pub(crate) fn value_to_text(value: &JsValue) -> Result<String, String> {
    let text = js_sys::JSON::stringify(value)
        .map_err(|e| format!("the data could not be read: {}", error_message(&e)))?;
    text.as_string()
        .ok_or_else(|| "the data is not a JSON value".to_owned())
}

/// Reads a JS value given as data.
pub(crate) fn read_value(value: &JsValue, format: Option<Format>) -> Given {
    match value_to_text(value) {
        Ok(text) => read_text(text, format),
        Err(message) => Given::Decoded(Decoded::fatal("", message)),
    }
}

/// Reads JSON text given as data (one leading byte-order mark is allowed, as natively).
pub(crate) fn read_text(text: String, format: Option<Format>) -> Given {
    if text.len() >= SLICED_FROM_BYTES || adapted(format).is_some() {
        return Given::Later(text, format);
    }
    match json::parse(&text).map(|json| convert_native(&json, format)) {
        Ok(Step::Done(decoded)) => Given::Decoded(decoded),
        Ok(Step::Adapt(format)) => Given::Later(text, Some(format)),
        Err(message) => Given::Decoded(Decoded::fatal("", message)),
    }
}

/// Parses and decodes short fetched JSON text (`Response.text()` already removed one
/// byte-order mark); another format waits for the formats module.
pub(crate) async fn decode_fetched(text: &str, format: Option<Format>) -> Decoded {
    if let Some(format) = adapted(format) {
        return adapt_document(text, format).await;
    }
    match json::parse_decoded(text).map(|json| convert_native(&json, format)) {
        Ok(Step::Done(decoded)) => decoded,
        Ok(Step::Adapt(format)) => adapt_document(text, format).await,
        Err(message) => Decoded::fatal("", message),
    }
}

/// The format, when it is one the formats module converts: the module parses the text
/// itself, so the core need not.
fn adapted(format: Option<Format>) -> Option<Format> {
    format.filter(|f| *f != Format::Native)
}

/// A document in another format, converted by the formats module and decoded here.
async fn adapt_document(text: &str, format: Format) -> Decoded {
    match formats::convert(false, text, format.name()).await {
        Ok(answer) => envelope::read_document(&answer),
        Err(message) => Decoded::fatal("", message),
    }
}

/// Cards from a feed in another format, converted by the formats module and decoded
/// here; the error says why the module could not be had.
pub(crate) async fn adapt_related(
    text: &str,
    format: Format,
) -> Result<(Vec<RelatedSection>, Diagnostics), String> {
    let answer = formats::convert(true, text, format.name()).await?;
    Ok(envelope::read_related(&answer))
}

/// Parses and decodes long JSON text over several tasks: parsing in slices, then the
/// native format's body a slice at a time (other formats convert in one task of the
/// formats module, without the core parsing them). `None` when `wanted` says, between
/// tasks, that the result is no longer needed.
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
    if let Some(format) = adapted(format) {
        return Some(adapt_document(text, format).await);
    }
    let mut parser = match json::Parser::new(text) {
        Ok(parser) => parser,
        Err(message) => return Some(Decoded::fatal("", message)),
    };
    let json = match in_slices(|| parser.step(2048).transpose(), wanted).await? {
        Ok(json) => json,
        Err(message) => return Some(Decoded::fatal("", message)),
    };
    next_task().await;
    if !wanted() {
        return None;
    }
    match detect(&json) {
        Ok(Format::Native) => {}
        // Detected once: the formats module is told the format instead of detecting again.
        Ok(other) => {
            drop(json);
            return Some(adapt_document(text, other).await);
        }
        Err(message) => return Some(Decoded::fatal("", message)),
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
