//! Glue between the JS custom-element shell (`element.js`) and a widget instance.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::instance::{self, Instance, Shared};
use super::source::{self, DEFAULT_TIMEOUT_MS};
use crate::adapters::Format;
use crate::components::{Layout, RelatedOptions, WidgetOptions};
use crate::logic::carousel::CarouselOptions;

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
    pub fn connect(&mut self, data: JsValue, related: JsValue) {
        if self.instance.is_some() {
            return;
        }
        let options = options_from_attributes(&self.host);
        let src = self
            .host
            .get_attribute("src")
            .filter(|s| !s.trim().is_empty());
        let format = self.host.get_attribute("format");
        let parsed = format.as_deref().and_then(Format::from_name);
        let given = if !data.is_undefined() && !data.is_null() {
            Some((source::read_value(&data, parsed), instance::FROM_DATA))
        } else if src.is_some() {
            None
        } else {
            inline_json(&self.host)
                .map(|text| (source::read_text(text, parsed), instance::FROM_INLINE))
        };
        let read = given.is_some();
        let (initial, long) = match given {
            Some((source::Given::Decoded(decoded), origin)) => (Some((decoded, origin)), None),
            Some((source::Given::Long(text), origin)) => (None, Some((text, origin))),
            None => (None, None),
        };
        let fetch = (!read).then_some(src).flatten();
        let shared = match Instance::mount(self.host.clone(), options, initial) {
            Ok(s) => s,
            Err(e) => {
                web_sys::console::error_2(&"[reader-widget] could not mount:".into(), &e);
                return;
            }
        };
        {
            let mut inst = shared.borrow_mut();
            inst.set_timeout_ms(parse_timeout(self.host.get_attribute("timeout").as_deref()));
            inst.set_format(format);
        }
        if !related.is_undefined() && !related.is_null() {
            instance::set_related_value(&shared, &related);
        } else if let Some(url) = self
            .host
            .get_attribute("related-src")
            .filter(|s| !s.trim().is_empty())
        {
            instance::load_related_src(&shared, url);
        }
        if let Some(src) = fetch {
            instance::load_src(&shared, src);
        }
        if let Some((text, origin)) = long {
            instance::load_long(&shared, text, origin);
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
            "related-src" => {
                if let Some(url) = value.filter(|s| !s.trim().is_empty()) {
                    instance::load_related_src(shared, url);
                }
            }
            "timeout" => shared
                .borrow_mut()
                .set_timeout_ms(parse_timeout(value.as_deref())),
            "format" => {
                let format = value.clone();
                shared.borrow_mut().set_format(format);
            }
            // Every other observed attribute is a presentation option: re-read them all.
            _ => {
                let options = options_from_attributes(&self.host);
                shared.borrow().update_options(|o| *o = options);
            }
        }
    }

    /// Replaces the related sections with a JS object given through `related`.
    pub fn set_related(&mut self, value: JsValue) {
        if let Some(shared) = &self.instance
            && !value.is_undefined()
            && !value.is_null()
        {
            instance::set_related_value(shared, &value);
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
    read_options(|name| host.get_attribute(name))
}

/// Builds options from values looked up by attribute name (the element's attributes, or
/// `mount()`'s options under their camelCase names); `None` means absent.
pub(crate) fn read_options(lookup: impl Fn(&str) -> Option<String>) -> WidgetOptions {
    WidgetOptions {
        heading_level: parse_heading_level(lookup("heading-level").as_deref()),
        lang: lookup("lang").filter(|l| !l.is_empty()),
        carousel: CarouselOptions {
            looping: is_on(lookup("loop").as_deref()),
            autoplay: is_on(lookup("autoplay").as_deref()),
            start: parse_start(lookup("start").as_deref()),
            interval_ms: parse_interval(lookup("autoplay-interval").as_deref()),
        },
        related: RelatedOptions {
            layout: Layout::from_name(lookup("layout").as_deref()),
            target: lookup("link-target").filter(|t| !t.trim().is_empty()),
            noreferrer: is_on(lookup("noreferrer").as_deref()),
        },
    }
}

/// Boolean attributes: present means on, except an explicit `"false"`.
fn is_on(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.eq_ignore_ascii_case("false"))
}

/// `autoplay-interval="4000"`: milliseconds per slide, at least one second.
fn parse_interval(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(CarouselOptions::default().interval_ms, |ms| ms.max(1000))
}

/// `timeout="5000"`: milliseconds a fetch may take (at least 100).
pub(crate) fn parse_timeout(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse::<u32>().ok())
        .map_or(DEFAULT_TIMEOUT_MS, |ms| ms.max(100))
}

/// `start="3"` is the third photo (1-based, as readers count).
fn parse_start(value: Option<&str>) -> usize {
    value
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(0, |n| n.saturating_sub(1))
}

/// `heading-level="2"` → 2; anything else keeps the default `h1`.
fn parse_heading_level(value: Option<&str>) -> u8 {
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
