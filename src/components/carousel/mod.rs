//! The caption carousel, after the WAI-ARIA APG carousel pattern: a labelled region of
//! "slide" groups with only the current one reachable (the rest are `inert`), prev/next
//! buttons, a dot picker (tabs pattern), a visible counter, a polite announcement on
//! user navigation, optional rotation with a pause control, and a full-screen viewer.
//! The host's `loop`, `start`, `autoplay` and `autoplay-interval` apply in place.

mod controls;
mod deck;
mod follow;
mod lightbox;
mod rotation;
mod slide;
mod swipe;
mod viewport;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::props::Group;
use crate::components::staged::{PHOTO_CONTROLS, staged};
use crate::components::texts::texts;
use crate::interaction::carousel::{Key, Slides};
use crate::model::Media;
use controls::{controls, focus_current_dot_if_in_tablist};
use deck::Deck;
use lightbox::Lightbox;
use viewport::viewport;

/// Renders nothing for no photos, one captioned photo without controls for one, and the
/// full carousel for two or more.
#[component]
pub fn Carousel(
    media: Vec<Media>,
    #[prop(default = false)] rtl: bool,
    /// The article's headline, which names the photo region (unique on the page).
    title: String,
    options: Group,
) -> impl IntoView {
    if media.is_empty() {
        return ().into_any();
    }
    let t = texts();
    let deck = Deck::new(media, rtl, &options.with_untracked(|o| o.carousel), t);
    let region = NodeRef::<html::Section>::new();
    let (rotation, autoplay) = follow::follow(deck, options, region);

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(key) = Key::from_dom(&ev.key()) {
            ev.prevent_default();
            deck.navigate(|s: Slides| s.key(key, rtl));
            focus_current_dot_if_in_tablist(&ev, region);
        }
    };
    let lightbox = NodeRef::<html::Dialog>::new();
    let viewing = RwSignal::new(false);
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let return_focus = Callback::new(move |()| {
        if let Some(el) = opener.get_value() {
            let _ = el.focus();
        }
    });
    view! {
        <section
            class="rw-carousel"
            part="carousel"
            aria-roledescription=t.get("carousel")
            aria-label=t.fill("photos_label", &[("title", &title)])
            node_ref=region
            on:keydown=on_key
            on:pointerenter=move |_| rotation.update(|r| r.hovered = true)
            on:pointerleave=move |_| rotation.update(|r| r.hovered = false)
            on:focusin=move |_| rotation.update(|r| r.focused = true)
            on:focusout=move |ev: leptos::ev::FocusEvent| {
                if !focus_stays_inside(&ev, region) {
                    rotation.update(|r| r.focused = false);
                }
            }
        >
            {viewport(deck, lightbox, opener, viewing)}
            {staged(PHOTO_CONTROLS, move || view! {
                {(deck.total > 1).then(|| controls(deck, rotation, autoplay))}
                <p class="rw-visually-hidden" aria-live="polite" aria-atomic="true">
                    {move || deck.announcement.get()}
                </p>
                <Lightbox dialog=lightbox viewing=viewing deck=deck on_close=return_focus />
            })}
        </section>
    }
    .into_any()
}

/// Whether focus leaving an element moves to another one inside the carousel.
fn focus_stays_inside(ev: &leptos::ev::FocusEvent, region: NodeRef<html::Section>) -> bool {
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .zip(region.get_untracked())
        .is_some_and(|(n, r)| r.contains(Some(&n)))
}
