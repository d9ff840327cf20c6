//! Pointer handlers that turn a finished drag into a swipe, for the carousel and the
//! full-screen viewer alike.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::interaction::carousel::{Drag, Swipe};

/// Handlers for `pointerdown`, `pointerup` and `pointercancel`; `on_swipe` hears the
/// outcome of each finished drag.
pub fn swipe_handlers(
    rtl: bool,
    on_swipe: impl Fn(Swipe) + Copy + 'static,
) -> (
    impl Fn(leptos::ev::PointerEvent) + Copy + 'static,
    impl Fn(leptos::ev::PointerEvent) + Copy + 'static,
    impl Fn(leptos::ev::PointerEvent) + Copy + 'static,
) {
    let start = StoredValue::new(None::<(f64, f64, f64, f64)>);
    let down = move |ev: leptos::ev::PointerEvent| {
        if !ev.is_primary() {
            return;
        }
        let width = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .map_or(0.0, |el| f64::from(el.client_width()));
        start.set_value(Some((
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
            ev.time_stamp(),
            width,
        )));
    };
    let up = move |ev: leptos::ev::PointerEvent| {
        let Some((x, y, t, width)) = start.get_value() else {
            return;
        };
        start.set_value(None);
        let drag = Drag {
            dx: f64::from(ev.client_x()) - x,
            dy: f64::from(ev.client_y()) - y,
            ms: ev.time_stamp() - t,
            width,
        };
        on_swipe(drag.swipe(rtl));
    };
    let cancel = move |_: leptos::ev::PointerEvent| start.set_value(None);
    (down, up, cancel)
}
