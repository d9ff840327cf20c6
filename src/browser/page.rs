//! What the page tells about the reader's situation: reduced motion, a hidden tab, its
//! clock; and what a thrown JS error says.

use wasm_bindgen::{JsCast, JsValue};

/// `prefers-reduced-motion: reduce` (a server rendering HTML cannot know: no).
#[cfg(server_render)]
pub fn prefers_reduced_motion() -> bool {
    false
}

/// `prefers-reduced-motion: reduce`.
#[cfg(not(server_render))]
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Whether the tab is in the background (nothing the reader could see changes).
pub fn tab_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}

/// Milliseconds on the page's clock.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Listens for `name` on the window until the listener is dropped.
pub fn on_window(
    name: &'static str,
    f: impl FnMut(&web_sys::Event) + 'static,
) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(&window, name, f))
}

/// The message of a thrown JS error, or its string form.
pub(crate) fn error_message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
