//! Glue between the JS custom-element shell (`element.js`) and a widget: the shell
//! forwards the element's lifecycle and properties; the attributes it observes and
//! mirrors come from the contract table.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::instance::Shared;
use super::options::{element_options, from_element, given, non_blank, read_strings};
use super::start::start;
use crate::options::contract::{ATTRIBUTES, Applies, Kind, OBJECTS, attribute};

#[wasm_bindgen(module = "/src/embed/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineReaderWidget)]
    fn define_reader_widget(
        tag: &str,
        create: &Closure<dyn FnMut(HtmlElement) -> JsValue>,
        attributes: js_sys::Array,
        objects: js_sys::Array,
    ) -> bool;
}

/// Defines the custom element (once; a second copy of the script only warns).
pub(crate) fn define(tag: &str) {
    let create = Closure::<dyn FnMut(HtmlElement) -> JsValue>::new(|host: HtmlElement| {
        JsValue::from(ElementController {
            host,
            instance: None,
        })
    });
    // `[attribute, property or null, is boolean]` for every row of the contract.
    let attributes: js_sys::Array = ATTRIBUTES
        .iter()
        .map(|a| {
            let property = a.property.map_or(JsValue::NULL, JsValue::from_str);
            js_sys::Array::of3(&a.name.into(), &property, &(a.kind == Kind::Boolean).into())
        })
        .collect();
    let objects: js_sys::Array = OBJECTS.iter().map(|o| JsValue::from_str(o)).collect();
    define_reader_widget(tag, &create, attributes, objects);
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
    /// attribute, an inline `<script type="application/json">` child. `objects` holds the
    /// object properties set so far (`data`, `related`, `strings`).
    pub fn connect(&mut self, objects: JsValue) {
        if self.instance.is_some() {
            return;
        }
        match start(self.host.clone(), from_element(&self.host, &objects)) {
            Ok(shared) => self.instance = Some(shared),
            Err(e) => web_sys::console::error_2(&"[reader-widget] could not mount:".into(), &e),
        }
    }

    /// Unmounts and cancels pending work; the element shell then frees this controller.
    pub fn disconnect(&mut self) {
        if let Some(shared) = self.instance.take() {
            shared.unmount();
        }
    }

    /// Reacts to an observed attribute without remounting: a new `src` or
    /// `related-src` loads, anything else updates only what it changes.
    pub fn attribute_changed(&mut self, name: &str, value: Option<String>) {
        let (Some(shared), Some(attribute)) = (&self.instance, attribute(name)) else {
            return;
        };
        match (attribute.name, attribute.applies) {
            // Styles read the attribute themselves; the loader read its own before.
            (_, Applies::Style | Applies::Loader) => {}
            ("src", _) => {
                if let Some(src) = non_blank(value) {
                    shared.load_src(src);
                }
            }
            ("related-src", _) => {
                if let Some(url) = non_blank(value) {
                    shared.load_related_src(url);
                }
            }
            _ => shared.update_attributes(&element_options(&self.host)),
        }
    }

    /// An object property changed: `data` renders, `related` replaces the related
    /// sections, `strings` rewords the widget.
    pub fn set_object(&mut self, name: &str, value: JsValue) {
        let Some(shared) = &self.instance else {
            return;
        };
        match name {
            "strings" => shared.set_strings(read_strings(&value, &self.host)),
            _ => match (name, given(value)) {
                ("data", Some(value)) => shared.load_value(&value),
                ("related", Some(value)) => shared.set_related_value(&value),
                _ => {}
            },
        }
    }
}
