//! `mount(element, options)`: the JS API for hosts that render into their own element
//! rather than writing `<reader-widget>`.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::instance::Shared;
use super::options::{from_object, given};
use super::registry;
use super::start::start;

/// Handle returned by [`mount`]: update the data or take the widget down.
#[wasm_bindgen]
pub struct ReaderHandle {
    instance: Option<Shared>,
}

#[wasm_bindgen]
impl ReaderHandle {
    /// Renders new data in place (same as setting the element's `data`).
    pub fn update(&self, data: JsValue) {
        if let (Some(shared), Some(data)) = (&self.instance, given(data)) {
            shared.load_value(&data);
        }
    }

    /// True while the widget shows its loading state: a fetch, or long data being
    /// decoded over several tasks (`reader:ready` or `reader:error` follows).
    #[wasm_bindgen(getter)]
    pub fn loading(&self) -> bool {
        self.instance.as_ref().is_some_and(Shared::is_loading)
    }

    /// Resolves when the loading state ends: the document or its error panel shows, or
    /// the widget was unmounted (at once if neither is pending).
    pub fn settled(&self) -> js_sys::Promise {
        match &self.instance {
            Some(shared) => shared.settled(),
            None => js_sys::Promise::resolve(&JsValue::UNDEFINED),
        }
    }

    /// Removes the widget and cancels pending fetches; the handle is inert afterwards.
    pub fn unmount(&mut self) {
        if let Some(shared) = self.instance.take() {
            registry::release(&shared);
        }
    }
}

/// Mounts a widget into `element`'s shadow root. `options` takes every attribute of the
/// element under its property name (`headingLevel`, `loop`, `relatedSrc` …, typed in
/// `reader-widget.d.ts`), plus `data`, `related` and `strings` objects; `data` wins over `src`.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<ReaderHandle, JsValue> {
    mount_with(element, options, false)
}

/// [`mount`], built a part per task when `in_parts` (the idle-time warm-up's cold mount).
pub(crate) fn mount_with(
    element: HtmlElement,
    options: JsValue,
    in_parts: bool,
) -> Result<ReaderHandle, JsValue> {
    // Mounting again into the same element replaces the widget that is there.
    if let Some(previous) = registry::mounted_on(&element) {
        registry::release(&previous);
    }
    // `theme` works through the host's attribute, which the stylesheet reads.
    if let Some(theme) = js_sys::Reflect::get(&options, &"theme".into())
        .ok()
        .and_then(|t| t.as_string())
    {
        element.set_attribute("theme", &theme)?;
    }
    let mut start_with = from_object(&element, &options);
    start_with.in_parts = in_parts;
    let shared = start(element, start_with)?;
    registry::keep(&shared);
    Ok(ReaderHandle {
        instance: Some(shared),
    })
}
