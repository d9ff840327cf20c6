//! The module JavaScript servers run (Node, Deno, edge workers, static-site builds):
//! reader-widget's server rendering built for wasm with the `ssr` feature, so a page
//! rendered in JavaScript gets the very markup `reader-widget render` and `render_html`
//! write (same components, same escaping). `npm/server.js` wraps it as `renderToString`.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use reader_widget::adapters::Format;
use reader_widget::server::{
    RenderOptions, Stylesheet, jsonld_script, read_input, render_html, style_hash,
};
use serde_json::{Value, json};
use wasm_bindgen::prelude::*;

/// An executor that drops what it is given: effects belong to the browser's widget.
struct Discard;

impl CustomExecutor for Discard {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Renders `document` (JSON text in any supported format) as the element's markup.
/// `options` is JSON text: `format`, `related` (JSON text of a related feed), `lang`,
/// `attributes` (`[name, value]` pairs of the element's attributes), `strings` (message key → text),
/// `stylesheet` (a URL to link instead of the inline `<style>`), `jsonld` (put the
/// page's NewsArticle `<script>` before the element). Answers JSON text `{ html,
/// warnings }`; a document that cannot render throws with every problem, one per line.
#[wasm_bindgen(js_name = renderDocument)]
pub fn render_document(document: &str, options: &str) -> Result<String, JsError> {
    // Components start effects (timers, observers); a server runs none of them.
    let _ = Executor::init_custom_executor(Discard);
    let options: Value =
        serde_json::from_str(options).map_err(|e| JsError::new(&format!("options: {e}")))?;
    let format = match options.get("format").and_then(Value::as_str) {
        Some(name) => Some(
            Format::from_name(name)
                .ok_or_else(|| JsError::new(&format!("unknown format \"{name}\"")))?,
        ),
        None => None,
    };
    let input = read_input(
        document,
        format,
        options.get("related").and_then(Value::as_str),
    );
    let Some(doc) = input.document else {
        return Err(JsError::new(&input.problems.join("\n")));
    };
    let mut render = RenderOptions::default();
    for pair in options
        .get("attributes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(name), Some(value)) = (pair.get(0).and_then(Value::as_str), pair.get(1)) else {
            return Err(JsError::new("attributes: expected [name, value] pairs"));
        };
        let value = match value {
            Value::String(text) => text.clone(),
            Value::Bool(true) => String::new(),
            Value::Bool(false) | Value::Null => continue,
            other => other.to_string(),
        };
        render
            .add_attribute(name, &value)
            .map_err(|e| JsError::new(&e))?;
    }
    if let Some(lang) = options.get("lang").and_then(Value::as_str) {
        render
            .add_attribute("lang", lang)
            .map_err(|e| JsError::new(&e))?;
    }
    for (key, text) in options
        .get("strings")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(text) = text.as_str() {
            render.strings.push((key.clone(), text.to_owned()));
        }
    }
    if let Some(url) = options.get("stylesheet").and_then(Value::as_str) {
        render.stylesheet = Stylesheet::Link(url.to_owned());
    }
    let mut html = String::new();
    if options.get("jsonld") == Some(&Value::Bool(true)) {
        html.push_str(&jsonld_script(&doc));
        html.push('\n');
    }
    html.push_str(&render_html(&doc, &render));
    Ok(json!({ "html": html, "warnings": input.problems }).to_string())
}

/// The CSP source (`'sha256-…'`) that allows the inline stylesheet of every render.
#[wasm_bindgen(js_name = styleHash)]
pub fn style_hash_js() -> String {
    style_hash()
}
