//! `mount(element, options)`: the JS API for hosts that render into their own element
//! rather than writing `<reader-widget>`.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::element::read_options;
use super::instance::{self, Instance, Shared};
use super::source;
use crate::adapters::Format;

thread_local! {
    /// Widgets mounted through [`mount`]: they live until `unmount()`, even if the page
    /// drops the handle (a collected handle must not make a widget vanish).
    static MOUNTED: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
}

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

    /// True while the widget shows its loading state: a fetch, or long data being
    /// decoded over several tasks (`reader:ready` or `reader:error` follows).
    #[wasm_bindgen(getter)]
    pub fn loading(&self) -> bool {
        self.instance
            .as_ref()
            .is_some_and(|s| s.borrow().is_loading())
    }

    /// Resolves when the loading state ends: the document or its error panel shows, or
    /// the widget was unmounted (at once if neither is pending).
    pub fn settled(&self) -> js_sys::Promise {
        match &self.instance {
            Some(shared) => shared.borrow_mut().settled(),
            None => js_sys::Promise::resolve(&JsValue::UNDEFINED),
        }
    }

    /// Removes the widget and cancels pending fetches; the handle is inert afterwards.
    pub fn unmount(&mut self) {
        if let Some(shared) = self.instance.take() {
            release(&shared);
        }
    }
}

/// Mounts a widget into `element`'s shadow root.
///
/// `options`: `{ data?, src?, headingLevel?, lang?, loop?, autoplay?, autoplayInterval?,
/// start? }` (`start`
/// is 1-based);
/// `data` wins over `src`.
#[wasm_bindgen]
pub fn mount(element: HtmlElement, options: JsValue) -> Result<ReaderHandle, JsValue> {
    let get = |key: &str| Reflect::get(&options, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let widget_options = read_options(|attribute| option_text(&get(&camel_case(attribute))));
    let data = get("data");
    let format_name = get("format").as_string();
    let format = format_name.as_deref().and_then(Format::from_name);
    let given =
        (!data.is_undefined() && !data.is_null()).then(|| source::read_value(&data, format));
    let fetch = if given.is_none() {
        get("src").as_string()
    } else {
        None
    };
    let (initial, long) = match given {
        Some(source::Given::Decoded(decoded)) => (Some((decoded, instance::FROM_DATA)), None),
        Some(source::Given::Long(text)) => (None, Some(text)),
        None => (None, None),
    };
    // Mounting again into the same element replaces the widget that is there.
    let previous = MOUNTED.with(|m| {
        m.borrow()
            .iter()
            .find(|s| s.borrow().host().is_same_node(Some(&element)))
            .cloned()
    });
    if let Some(previous) = previous {
        release(&previous);
    }
    let shared = Instance::mount(element, widget_options, initial)?;
    MOUNTED.with(|m| m.borrow_mut().push(shared.clone()));
    {
        let mut inst = shared.borrow_mut();
        inst.set_format(format_name);
        if let Some(ms) = get("timeout").as_f64() {
            inst.set_timeout_ms(ms.clamp(100.0, f64::from(u32::MAX)) as u32);
        }
    }
    let related = get("related");
    if !related.is_undefined() && !related.is_null() {
        instance::set_related_value(&shared, &related);
    } else if let Some(url) = get("relatedSrc").as_string() {
        instance::load_related_src(&shared, url);
    }
    if let Some(src) = fetch {
        instance::load_src(&shared, src);
    }
    if let Some(text) = long {
        instance::load_long(&shared, text, instance::FROM_DATA);
    }
    Ok(ReaderHandle {
        instance: Some(shared),
    })
}

/// Unmounts a widget and forgets it.
fn release(shared: &Shared) {
    MOUNTED.with(|m| m.borrow_mut().retain(|s| !Rc::ptr_eq(s, shared)));
    shared.borrow_mut().unmount();
}

/// `heading-level` → `headingLevel`.
fn camel_case(attribute: &str) -> String {
    let mut out = String::with_capacity(attribute.len());
    let mut upper = false;
    for c in attribute.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// An option value as attribute text: absent/false → `None`, `true` → present.
fn option_text(value: &JsValue) -> Option<String> {
    if let Some(s) = value.as_string() {
        Some(s)
    } else if value.as_f64().is_some() {
        // JS formats the number: Rust's float formatting would add ~30 KB to the wasm.
        js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
    } else if value.as_bool() == Some(true) {
        Some(String::new())
    } else {
        None
    }
}
