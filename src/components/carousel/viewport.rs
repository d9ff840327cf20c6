//! The visible strip: the track of slides, moved by the current index (mirrored in
//! right-to-left articles), swipeable, with the button that opens the full-screen viewer.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::deck::Deck;
use super::slide::slide;
use super::swipe::swipe_handlers;
use crate::components::SERVER;
use crate::interaction::carousel::{Slides, Swipe};

/// The strip of slides; the expand button remembers itself in `opener` (focus returns
/// there when the viewer closes) and opens `lightbox`, saying so in `viewing`.
pub fn viewport(
    deck: Deck,
    lightbox: NodeRef<html::Dialog>,
    opener: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    viewing: RwSignal<bool>,
) -> impl IntoView {
    let (on_down, on_up, on_cancel) = swipe_handlers(deck.rtl, move |swipe| match swipe {
        Swipe::Next => deck.navigate(Slides::next),
        Swipe::Prev => deck.navigate(Slides::prev),
        Swipe::Stay => {}
    });
    let open_lightbox = move |ev: leptos::ev::MouseEvent| {
        opener.set_value(ev.current_target().and_then(|t| t.dyn_into().ok()));
        if let Some(d) = lightbox.get_untracked()
            && d.show_modal().is_ok()
        {
            viewing.set(true);
        }
    };
    let sign: i64 = if deck.rtl { 1 } else { -1 };
    let items = deck.media.with_value(|m| {
        m.iter()
            .cloned()
            .enumerate()
            .map(|(i, m)| slide(i, m, deck))
            .collect_view()
    });
    view! {
        <div
            class="rw-carousel__viewport"
            // A server's strip scrolls: keyboard readers reach it too.
            tabindex=SERVER.then_some("0")
            on:pointerdown=on_down
            on:pointerup=on_up
            on:pointercancel=on_cancel
        >
            <button
                type="button"
                class="rw-carousel__expand"
                part="carousel-expand"
                aria-label=deck.t.get("view_full_screen")
                aria-haspopup="dialog"
                on:click=open_lightbox
            >
                <span aria-hidden="true">"⤢"</span>
            </button>
            <div
                class="rw-carousel__track"
                // Set through the CSSOM in the browser; a server writes no `style` attribute,
                // which a strict CSP (no 'unsafe-inline') would refuse.
                style:transform=move || {
                    (!SERVER).then(|| format!("translateX({}%)", sign * deck.current() as i64 * 100))
                }
            >
                {items}
            </div>
        </div>
    }
}
