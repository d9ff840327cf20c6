//! The formats module, seen from the widget: fetched once per page, only when a document
//! or related feed is in a format other than the native one (the adapters are a wasm
//! module of their own, `formats/`, so pages that serve the native format never pay for
//! them).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::page::error_message;

#[wasm_bindgen(module = "/src/browser/formats.js")]
extern "C" {
    #[wasm_bindgen(js_name = preloadFormats)]
    fn preload_formats();

    #[wasm_bindgen(js_name = convertWithFormats)]
    fn convert_with_formats(related: bool, text: &str, format: &str) -> js_sys::Promise;
}

/// Starts fetching the module ahead of need (the host named a non-native format).
pub fn preload() {
    preload_formats();
}

/// The formats module's answer for `text` in `format` (a document, or with `related` a
/// feed of cards); the error says why the module could not be had.
pub async fn convert(related: bool, text: &str, format: &str) -> Result<String, String> {
    let answer = JsFuture::from(convert_with_formats(related, text, format))
        .await
        .map_err(|e| {
            format!(
                "the reader for this format could not be loaded ({})",
                error_message(&e)
            )
        })?;
    answer
        .as_string()
        .ok_or_else(|| "the reader for this format gave no answer".to_owned())
}
