//! One photo of the carousel: the reserved image box, the caption (clamped with a
//! More/Less toggle when long) and the credit; a broken image becomes a placeholder.

use leptos::prelude::*;

use super::deck::Deck;
use crate::components::SERVER;
use crate::components::optional::then_maybe;
use crate::components::text_content::with_text;
use crate::components::texts::{Tr, credit_line};
use crate::interaction::carousel::CLAMP_CAPTION_CHARS;
use crate::model::Media;

/// Slide `i` of the deck, a group announced as "2 of 5"; off screen it is `inert` (not
/// in server-rendered HTML, whose slides form a strip the reader scrolls).
pub fn slide(i: usize, media: Media, deck: Deck) -> impl IntoView {
    let slides = deck.slides;
    let broken = RwSignal::new(false);
    let is_current = move || slides.get().current() == Some(i);
    let alt = media.alt_text().to_owned();
    let no_size = media.width.is_none() || media.height.is_none();
    let Media {
        src,
        width,
        height,
        caption,
        credit,
        srcset,
        ..
    } = media;
    view! {
        <div
            class="rw-carousel__slide"
            part="carousel-slide"
            id=format!("rw-slide-{i}")
            role="group"
            aria-roledescription=deck.t.get("slide")
            aria-label=deck.t.fill("slide_position", &[("n", &deck.t.number(i + 1)), ("total", &deck.t.number(deck.total))])
            class:rw-carousel__slide--current=is_current
            inert=move || !SERVER && !is_current()
        >
            <figure class="rw-carousel__figure">
                <div
                    class="rw-carousel__frame"
                    class:rw-carousel__frame--unsized=no_size
                    class:rw-carousel__frame--broken=move || broken.get()
                >
                    <img
                        class="rw-carousel__image"
                        part="carousel-image"
                        src=src.as_str().to_owned()
                        srcset=srcset.as_ref().map(|s| s.as_str().to_owned())
                        sizes=srcset.map(|_| "(max-width: 760px) 100vw, 760px")
                        width=width
                        height=height
                        alt=alt
                        loading=move || if slides.get().is_near(i) { "eager" } else { "lazy" }
                        decoding="async"
                        draggable="false"
                        on:error=move |_| broken.set(true)
                    />
                    {with_text(view! { <p class="rw-carousel__broken-note" aria-hidden="true"></p> }, deck.t.get("image_unavailable"))}
                </div>
                <figcaption class="rw-carousel__caption" part="carousel-caption">
                    {caption.map(|c| caption_view(i, c, deck.t))}
                    {credit.map(|c| view! { <span class="rw-carousel__credit" part="credit">{credit_line(deck.t, c)}</span> })}
                </figcaption>
            </figure>
        </div>
    }
}

/// The caption text, with a More/Less toggle when it is long enough to be clamped.
fn caption_view(i: usize, caption: String, t: Tr) -> impl IntoView {
    let (more, less) = (t.get("caption_more"), t.get("caption_less"));
    let long = caption.chars().count() > CLAMP_CAPTION_CHARS;
    let expanded = RwSignal::new(false);
    let id = format!("rw-slide-{i}-caption");
    let text = view! {
        <span
            class="rw-carousel__caption-text"
            id=id.clone()
            class:rw-carousel__caption-text--clamped=move || long && !expanded.get()
        ></span>
    };
    let toggle = long.then(|| {
        view! {
            <button
                type="button"
                class="rw-carousel__more"
                aria-expanded=move || expanded.get().to_string()
                aria-controls=id
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {move || if expanded.get() { less.clone() } else { more.clone() }}
            </button>
        }
    });
    then_maybe(with_text(text, caption), toggle)
}
