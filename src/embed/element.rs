//! Glue between the JS custom-element shell (`element.js`) and a widget instance.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::instance::{self, Instance, Shared};
use super::source;
use crate::components::WidgetOptions;

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineReaderWidget)]
    fn define_reader_widget(tag: &str, create: &Closure<dyn FnMut(HtmlElement) -> JsValue>)
    -> bool;
}

/// Defines the custom element (once; a second copy of the script only warns).
pub(crate) fn define(tag: &str) {
    let create = Closure::<dyn FnMut(HtmlElement) -> JsValue>::new(|host: HtmlElement| {
        JsValue::from(ElementController {
            host,
            instance: None,
        })
    });
    define_reader_widget(tag, &create);
    // The element class calls it for every instance, for the life of the page.
    create.forget();
}

/// The Rust side of one `<reader-widget>` element; created by the element shell.
#[wasm_bindgen]
pub struct ElementController {
    host: HtmlElement,
    instance: Option<Shared>,
}

#[wasm_bindgen]
impl ElementController {
    /// Mounts the widget and loads, in order of precedence: the `data` property, the `src`
    /// attribute, an inline `<script type="application/json">` child.
    pub fn connect(&mut self, data: JsValue) {
        if self.instance.is_some() {
            return;
        }
        let options = options_from_attributes(&self.host);
        let src = self
            .host
            .get_attribute("src")
            .filter(|s| !s.trim().is_empty());
        let initial = if !data.is_undefined() && !data.is_null() {
            Some((source::decode_value(&data), instance::FROM_DATA))
        } else if src.is_some() {
            None
        } else {
            inline_json(&self.host).map(|text| (source::decode_text(&text), instance::FROM_INLINE))
        };
        let fetch = initial.is_none().then_some(src).flatten();
        let shared = match Instance::mount(self.host.clone(), options, initial) {
            Ok(s) => s,
            Err(e) => {
                web_sys::console::error_2(&"[reader-widget] could not mount:".into(), &e);
                return;
            }
        };
        if let Some(src) = fetch {
            instance::load_src(&shared, src);
        }
        self.instance = Some(shared);
    }

    /// Unmounts and cancels pending work; the element shell then frees this controller.
    pub fn disconnect(&mut self) {
        if let Some(shared) = self.instance.take() {
            shared.borrow_mut().unmount();
        }
    }

    /// Reacts to an observed attribute without remounting.
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) {
        let Some(shared) = &self.instance else {
            return;
        };
        match name {
            "src" => {
                if let Some(src) = value.filter(|s| !s.trim().is_empty()) {
                    instance::load_src(shared, src);
                }
            }
            "heading-level" => {
                let level = parse_heading_level(value.as_deref());
                shared.borrow().update_options(|o| o.heading_level = level);
            }
            "lang" => {
                shared
                    .borrow()
                    .update_options(|o| o.lang = value.filter(|l| !l.is_empty()));
            }
            _ => {}
        }
    }

    /// Renders a JS object given through the `data` property.
    pub fn set_data(&mut self, value: JsValue) {
        if let Some(shared) = &self.instance
            && !value.is_undefined()
            && !value.is_null()
        {
            instance::load_value(shared, &value);
        }
    }
}

/// Options the element's attributes describe.
fn options_from_attributes(host: &HtmlElement) -> WidgetOptions {
    WidgetOptions {
        heading_level: parse_heading_level(host.get_attribute("heading-level").as_deref()),
        lang: host.get_attribute("lang").filter(|l| !l.is_empty()),
    }
}

/// `heading-level="2"` → 2; anything else keeps the default `h1`.
pub(crate) fn parse_heading_level(value: Option<&str>) -> u8 {
    value
        .and_then(|v| v.trim().parse::<u8>().ok())
        .filter(|l| (1..=6).contains(l))
        .unwrap_or(1)
}

/// The text of the first `<script type="application/json">` child, if any.
fn inline_json(host: &HtmlElement) -> Option<String> {
    host.query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
}
