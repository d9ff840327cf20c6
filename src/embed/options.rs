//! Reading a widget's options and data from where hosts put them: the element's
//! attributes, properties and inline JSON, or the object given to `mount()`. Both go
//! through the contract table, under the attribute name or its property name.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::announce::report_diagnostics;
use crate::i18n::known_key;
use crate::model::Diagnostics;
use crate::options::contract::{Attribute, Kind, attribute};
use crate::options::{WidgetOptions, read_options};

/// What a widget starts with: its options and where its first document comes from.
pub(crate) struct Start {
    pub options: WidgetOptions,
    /// A document as a JS object (the `data` property or option); wins over `src`.
    pub data: Option<JsValue>,
    pub src: Option<String>,
    /// The text of an inline `<script type="application/json">` (elements only).
    pub inline: Option<String>,
    /// Related stories as a JS object; wins over `related_src`.
    pub related: Option<JsValue>,
    pub related_src: Option<String>,
    /// Built in parts, a task each, as a takeover is (the idle-time warm-up's first
    /// mount, whose cold code would otherwise be one long task).
    pub in_parts: bool,
}

/// The element's options, from its attributes.
pub(crate) fn element_options(host: &HtmlElement) -> WidgetOptions {
    read_options(|name| host.get_attribute(name))
}

/// Everything an element starts with: attributes, the object properties set before it
/// connected (`objects`: `data`, `related`, `strings`), its inline JSON.
pub(crate) fn from_element(host: &HtmlElement, objects: &JsValue) -> Start {
    let get = |key: &str| Reflect::get(objects, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let inline = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content());
    let mut options = element_options(host);
    options.article.page_lang = page_language(host);
    options.article.strings = read_strings(&get("strings"), host);
    Start {
        options,
        data: given(get("data")),
        src: non_blank(host.get_attribute("src")),
        inline,
        related: given(get("related")),
        related_src: non_blank(host.get_attribute("related-src")),
        in_parts: false,
    }
}

/// The language of the page around the widget (the nearest `lang` up the tree): the
/// widget's words follow it when neither the host nor the article names one.
pub(crate) fn page_language(host: &HtmlElement) -> Option<String> {
    let parent = host.parent_element()?;
    let holder = parent.closest("[lang]").ok().flatten()?;
    non_blank(holder.get_attribute("lang"))
}

/// The host's `strings` object as message keys and texts. Unknown keys and values that
/// are not strings are reported (console and `reader:warning`) and left out.
pub(crate) fn read_strings(value: &JsValue, host: &HtmlElement) -> Vec<(String, String)> {
    let Some(object) = given(value.clone()).and_then(|v| v.dyn_into::<js_sys::Object>().ok())
    else {
        return Vec::new();
    };
    let mut problems = Diagnostics::default();
    let mut out = Vec::new();
    for entry in js_sys::Object::entries(&object).iter() {
        let pair = js_sys::Array::from(&entry);
        let Some(key) = pair.get(0).as_string() else {
            continue;
        };
        let path = format!("strings.{key}");
        match (known_key(&key), pair.get(1).as_string()) {
            (false, _) => problems.warn(&path, "not a message key of the widget; ignored"),
            (true, None) => problems.warn(&path, "not a string; ignored"),
            (true, Some(text)) => out.push((key, text)),
        }
    }
    report_diagnostics(host, problems.items());
    out
}

/// Everything `mount(element, options)` starts with, options under their property names.
pub(crate) fn from_object(element: &HtmlElement, options: &JsValue) -> Start {
    let get = |key: &str| Reflect::get(options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let widget = read_options(|name| {
        let attribute = attribute(name)?;
        option_text(attribute, &get(attribute.option_name()))
    });
    let mut widget = widget;
    widget.article.page_lang = page_language(element);
    widget.article.strings = read_strings(&get("strings"), element);
    Start {
        options: widget,
        data: given(get("data")),
        src: non_blank(get("src").as_string()),
        inline: None,
        related: given(get("related")),
        related_src: non_blank(get("relatedSrc").as_string()),
        in_parts: false,
    }
}

/// An option value as attribute text: absent/false → `None`, `true` → present.
fn option_text(attribute: &Attribute, value: &JsValue) -> Option<String> {
    if let Some(s) = value.as_string() {
        Some(s)
    } else if value.as_f64().is_some() {
        // JS formats the number: Rust's float formatting would add ~30 KB to the wasm.
        js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
    } else if attribute.kind == Kind::Boolean {
        (value.as_bool() == Some(true)).then(String::new)
    } else {
        None
    }
}

/// A JS value that was actually given (not `undefined` or `null`).
pub(crate) fn given(value: JsValue) -> Option<JsValue> {
    (!value.is_undefined() && !value.is_null()).then_some(value)
}

/// A URL that is more than whitespace.
pub(crate) fn non_blank(value: Option<String>) -> Option<String> {
    value.filter(|s| !s.trim().is_empty())
}
