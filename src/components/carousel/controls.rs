//! The carousel's controls: previous/next buttons (shared with the full-screen viewer),
//! the "2 / 5" counter, the dot picker (tabs pattern) and the pause/play button.

use leptos::html;
use leptos::prelude::*;

use wasm_bindgen::JsCast;

use super::deck::Deck;
use crate::components::text_content::{empty, with_text};
use crate::components::texts::Tr;
use crate::interaction::carousel::{MAX_DOTS, Rotation, Slides};

/// Which way a step button moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Prev,
    Next,
}

/// A previous/next button. At the ends it is `aria-disabled`, not `disabled`: a disabled
/// button drops focus to the page.
pub fn step_button(
    step: Step,
    class: &'static str,
    part: Option<&'static str>,
    deck: Deck,
) -> impl IntoView {
    let (label, arrow) = match step {
        Step::Prev => (deck.t.get("previous_photo"), "←"),
        Step::Next => (deck.t.get("next_photo"), "→"),
    };
    let can = move |s: Slides| match step {
        Step::Prev => s.can_prev(),
        Step::Next => s.can_next(),
    };
    let mv = move |s: Slides| match step {
        Step::Prev => s.prev(),
        Step::Next => s.next(),
    };
    let slides = deck.slides;
    view! {
        <button
            type="button"
            class=class
            part=part
            aria-label=label
            aria-disabled=move || (!can(slides.get())).to_string()
            on:click=move |_| deck.navigate(mv)
        >
            {with_text(view! { <span aria-hidden="true" class="rw-carousel__arrow"></span> }, arrow)}
        </button>
    }
}

/// Buttons, counter and (for 2–12 photos) dots, below the photos.
pub fn controls(
    deck: Deck,
    rotation: RwSignal<Rotation>,
    autoplay: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="rw-carousel__controls" part="carousel-controls">
            {move || autoplay.get().then(|| rotation_button(rotation, deck.t))}
            {step_button(Step::Prev, "rw-carousel__button rw-carousel__button--prev", Some("carousel-button"), deck)}
            <p class="rw-carousel__counter" part="carousel-counter">
                {move || deck.counter()}
            </p>
            {step_button(Step::Next, "rw-carousel__button rw-carousel__button--next", Some("carousel-button"), deck)}
        </div>
        {(deck.total <= MAX_DOTS).then(|| dots_view(deck))}
    }
}

/// Dots as a tab list: one tab stop, arrow keys move between photos (handled by the
/// region), the selected dot follows the current slide.
fn dots_view(deck: Deck) -> impl IntoView {
    let dots = (0..deck.total)
        .map(|i| {
            let selected = move || deck.slides.get().current() == Some(i);
            let dot = view! {
                <button
                    type="button"
                    role="tab"
                    class="rw-carousel__dot"
                    class:rw-carousel__dot--current=selected
                    aria-label=deck.t.fill("photo_number", &[("n", &deck.t.number(i + 1))])
                    aria-controls=format!("rw-slide-{i}")
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| deck.navigate(move |s: Slides| s.go_to(i))
                ></button>
            };
            empty(dot)
        })
        .collect_view();
    view! {
        <div class="rw-carousel__dots" role="tablist" aria-label=deck.t.get("choose_photo") part="carousel-dots">
            {dots}
        </div>
    }
}

/// After an arrow key on a dot, focus follows to the newly selected dot (tabs pattern).
pub fn focus_current_dot_if_in_tablist(
    ev: &leptos::ev::KeyboardEvent,
    region: NodeRef<html::Section>,
) {
    let on_tab = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.get_attribute("role").as_deref() == Some("tab"));
    if !on_tab {
        return;
    }
    // The selected dot updates on the next render; focus it once it has.
    request_animation_frame(move || {
        if let Some(dot) = region
            .get_untracked()
            .and_then(|r| {
                r.query_selector(".rw-carousel__dot[aria-selected=true]")
                    .ok()
                    .flatten()
            })
            .and_then(|d| d.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = dot.focus();
        }
    });
}

fn rotation_button(rotation: RwSignal<Rotation>, t: Tr) -> impl IntoView {
    let paused = move || rotation.get().paused;
    let (start, stop) = (t.get("start_slideshow"), t.get("stop_slideshow"));
    view! {
        <button
            type="button"
            class="rw-carousel__button rw-carousel__button--rotation"
            part="carousel-button"
            aria-label=move || if paused() { start.clone() } else { stop.clone() }
            on:click=move |_| rotation.update(|r| r.paused = !r.paused)
        >
            <span aria-hidden="true">{move || if paused() { "▶" } else { "❚❚" }}</span>
        </button>
    }
}
