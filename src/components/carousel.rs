//! The caption carousel, after the WAI-ARIA APG carousel pattern: a labelled region of
//! "slide" groups, only the current one reachable (the rest are `inert`), prev/next
//! buttons, a visible counter and a polite announcement on user navigation.

use leptos::prelude::*;

use crate::logic::carousel::{Drag, Key, Slides, Swipe};
use crate::model::Media;

/// Renders nothing for no photos, a single captioned photo without controls for one, and
/// the full carousel for two or more.
#[component]
pub fn Carousel(
    media: Vec<Media>,
    #[prop(default = false)] rtl: bool,
    #[prop(default = false)] looping: bool,
    #[prop(default = 0)] start: usize,
) -> impl IntoView {
    if media.is_empty() {
        return ().into_any();
    }
    let total = media.len();
    let slides = RwSignal::new(Slides::new(total, start, looping));
    let announcement = RwSignal::new(String::new());
    let captions: Vec<String> = media.iter().map(announce_text).collect();
    let navigate = move |f: &dyn Fn(Slides) -> Slides| {
        let before = slides.get_untracked();
        let after = f(before);
        if after != before {
            slides.set(after);
            if let Some(i) = after.current() {
                announcement.set(format!(
                    "Photo {} of {total}: {}",
                    i + 1,
                    captions.get(i).map(String::as_str).unwrap_or_default()
                ));
            }
        }
    };
    let navigate = StoredValue::new_local(navigate);
    let go = move |f: fn(Slides) -> Slides| navigate.with_value(|n| n(&f));

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(key) = Key::from_dom(&ev.key()) {
            ev.prevent_default();
            navigate.with_value(|n| n(&|s: Slides| s.key(key, rtl)));
        }
    };

    let drag_start = StoredValue::new(None::<(f64, f64, f64)>);
    let viewport = NodeRef::<leptos::html::Div>::new();
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.is_primary() {
            drag_start.set_value(Some((
                f64::from(ev.client_x()),
                f64::from(ev.client_y()),
                ev.time_stamp(),
            )));
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        let Some((x, y, t)) = drag_start.get_value() else {
            return;
        };
        drag_start.set_value(None);
        let drag = Drag {
            dx: f64::from(ev.client_x()) - x,
            dy: f64::from(ev.client_y()) - y,
            ms: ev.time_stamp() - t,
            width: viewport
                .get_untracked()
                .map_or(0.0, |v| f64::from(v.client_width())),
        };
        match drag.swipe(rtl) {
            Swipe::Next => go(Slides::next),
            Swipe::Prev => go(Slides::prev),
            Swipe::Stay => {}
        }
    };

    let sign = if rtl { 1 } else { -1 };
    let items = media
        .into_iter()
        .enumerate()
        .map(|(i, m)| slide_view(i, total, m, slides))
        .collect_view();
    let controls = (total > 1).then(|| {
        view! {
            <div class="rw-carousel__controls" part="carousel-controls">
                <button
                    type="button"
                    class="rw-carousel__button rw-carousel__button--prev"
                    part="carousel-button"
                    aria-label="Previous photo"
                    disabled=move || !slides.get().can_prev()
                    on:click=move |_| go(Slides::prev)
                >
                    <span aria-hidden="true" class="rw-carousel__arrow">"←"</span>
                </button>
                <p class="rw-carousel__counter" part="carousel-counter">
                    {move || format!("{} / {total}", slides.get().current().unwrap_or(0) + 1)}
                </p>
                <button
                    type="button"
                    class="rw-carousel__button rw-carousel__button--next"
                    part="carousel-button"
                    aria-label="Next photo"
                    disabled=move || !slides.get().can_next()
                    on:click=move |_| go(Slides::next)
                >
                    <span aria-hidden="true" class="rw-carousel__arrow">"→"</span>
                </button>
            </div>
        }
    });
    view! {
        <section
            class="rw-carousel"
            part="carousel"
            aria-roledescription="carousel"
            aria-label="Photos"
            on:keydown=on_key
        >
            <div
                class="rw-carousel__viewport"
                node_ref=viewport
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=move |_| drag_start.set_value(None)
            >
                <div
                    class="rw-carousel__track"
                    style:transform=move || {
                        let i = slides.get().current().unwrap_or(0) as i64;
                        format!("translateX({}%)", sign * i * 100)
                    }
                >
                    {items}
                </div>
            </div>
            {controls}
            <p class="rw-visually-hidden" aria-live="polite" aria-atomic="true">
                {move || announcement.get()}
            </p>
        </section>
    }
    .into_any()
}

/// "Caption. Photo: credit" as read out after navigation.
fn announce_text(m: &Media) -> String {
    let caption = m.caption.as_deref().unwrap_or(m.alt_text());
    match m.credit.as_deref() {
        Some(credit) => format!("{caption} Photo: {credit}"),
        None => caption.to_owned(),
    }
}

fn slide_view(i: usize, total: usize, m: Media, slides: RwSignal<Slides>) -> impl IntoView {
    let broken = RwSignal::new(false);
    let is_current = move || slides.get().current() == Some(i);
    let loading = if i <= 1 { "eager" } else { "lazy" };
    let alt = m.alt_text().to_owned();
    view! {
        <div
            class="rw-carousel__slide"
            part="carousel-slide"
            role="group"
            aria-roledescription="slide"
            aria-label=format!("{} of {total}", i + 1)
            class:rw-carousel__slide--current=is_current
            inert=move || !is_current()
        >
            <figure class="rw-carousel__figure">
            <div class="rw-carousel__frame" class:rw-carousel__frame--broken=move || broken.get()>
                <img
                    class="rw-carousel__image"
                    part="carousel-image"
                    src=m.src.as_str().to_owned()
                    srcset=m.srcset.as_ref().map(|s| s.as_str().to_owned())
                    sizes=m.srcset.as_ref().map(|_| "(max-width: 760px) 100vw, 760px")
                    width=m.width
                    height=m.height
                    alt=alt
                    loading=loading
                    decoding="async"
                    draggable="false"
                    on:error=move |_| broken.set(true)
                />
            </div>
            <figcaption class="rw-carousel__caption" part="carousel-caption">
                {m.caption.map(|c| view! { <span class="rw-carousel__caption-text">{c}</span> })}
                {m.credit.map(|c| view! { <span class="rw-carousel__credit" part="credit">"Photo: "{c}</span> })}
            </figcaption>
            </figure>
        </div>
    }
}
