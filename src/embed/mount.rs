//! `mount(element, options)`: the JS API for hosts that render into their own element
//! rather than writing `<reader-widget>`.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::element::parse_heading_level;
use super::instance::{self, Instance, Shared};
use super::source;
use crate::components::WidgetOptions;

/// Handle returned by [`mount`]: update the data or take the widget down.
#[wasm_bindgen]
pub struct ReaderHandle {
    instance: Option<Shared>,
}

#[wasm_bindgen]
impl ReaderHandle {
    /// Renders new data in place (same as setting the element's `data`).
    pub fn update(&self, data: JsValue) {
        if let Some(shared) = &self.instance {
            instance::load_value(shared, &data);
        }
    }

    /// Removes the widget and cancels pending fetches; the handle is inert afterwards.
    pub fn unmount(&mut self) {
        if let Some(shared) = self.instance.take() {
            shared.borrow_mut().unmount();
        }
    }
}

/// Mounts a widget into `element`'s shadow root.
///
/// `options`: `{ data?: object, src?: string, headingLevel?: number, lang?: string }`;
/// `data` wins over `src`.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<ReaderHandle, JsValue> {
    let get = |key: &str| Reflect::get(&options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let heading = get("headingLevel").as_f64().map(|n| n.to_string());
    let widget_options = WidgetOptions {
        heading_level: parse_heading_level(heading.as_deref()),
        lang: get("lang").as_string(),
    };
    let data = get("data");
    let initial = (!data.is_undefined() && !data.is_null())
        .then(|| (source::decode_value(&data), instance::FROM_DATA));
    let fetch = if initial.is_none() {
        get("src").as_string()
    } else {
        None
    };
    let shared = Instance::mount(element, widget_options, initial)?;
    if let Some(src) = fetch {
        instance::load_src(&shared, src);
    }
    Ok(ReaderHandle {
        instance: Some(shared),
    })
}
