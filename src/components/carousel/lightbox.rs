//! Full-screen photo viewer: a native modal `<dialog>` (focus is trapped and Esc closes
//! it for free), with the same arrows, keys and swipes as the carousel it belongs to.

use leptos::html;
use leptos::prelude::*;

use super::controls::{Step, step_button};
use super::deck::Deck;
use super::swipe::swipe_handlers;
use crate::components::text_content::with_text;
use crate::components::texts::credit_line;
use crate::interaction::carousel::{Slides, Swipe};

/// The viewer; opened by the carousel's expand button through `dialog`.
#[component]
pub fn Lightbox(
    dialog: NodeRef<html::Dialog>,
    /// True while open: only then does the viewer hold its photo, so a closed viewer
    /// neither builds it nor has the browser download a full-screen copy of it.
    viewing: RwSignal<bool>,
    deck: Deck,
    /// Runs after the dialog closed, to return focus to what opened it.
    on_close: Callback<()>,
) -> impl IntoView {
    let total = deck.total;
    let current = move || {
        if !viewing.get() {
            return None;
        }
        let i = deck.slides.get().current()?;
        deck.media.with_value(|m| m.get(i).cloned())
    };
    let (on_down, on_up, on_cancel) = swipe_handlers(deck.rtl, move |swipe| match swipe {
        Swipe::Next => deck.navigate(Slides::next),
        Swipe::Prev => deck.navigate(Slides::prev),
        Swipe::Stay => {}
    });
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <dialog
            class="rw-lightbox"
            part="lightbox"
            aria-label=deck.t.get("photo_viewer")
            node_ref=dialog
            on:close=move |_| {
                viewing.set(false);
                on_close.run(());
            }
        >
            <div class="rw-lightbox__bar">
                <p class="rw-lightbox__counter">{move || deck.counter()}</p>
                {with_text(view! { <button type="button" class="rw-lightbox__close" autofocus on:click={close}></button> }, deck.t.get("close"))}
            </div>
            <div
                class="rw-lightbox__stage"
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=on_cancel
            >
                {move || current().map(|m| {
                    let alt = m.alt_text().to_owned();
                    view! {
                        <figure class="rw-lightbox__figure">
                            <img
                                class="rw-lightbox__image"
                                src=m.src.as_str().to_owned()
                                srcset=m.srcset.as_ref().map(|s| s.as_str().to_owned())
                                sizes="100vw"
                                alt=alt
                                draggable="false"
                            />
                            <figcaption class="rw-lightbox__caption">
                                {m.caption}
                                {m.credit.map(|c| view! { <span class="rw-lightbox__credit">{credit_line(deck.t, c)}</span> })}
                            </figcaption>
                        </figure>
                    }
                })}
            </div>
            {(total > 1).then(|| view! {
                <div class="rw-lightbox__nav">
                    {step_button(Step::Prev, "rw-lightbox__button", None, deck)}
                    {step_button(Step::Next, "rw-lightbox__button", None, deck)}
                </div>
            })}
        </dialog>
    }
}
