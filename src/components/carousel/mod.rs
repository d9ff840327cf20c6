//! The caption carousel, after the WAI-ARIA APG carousel pattern: a labelled region of
//! "slide" groups with only the current one reachable (the rest are `inert`), prev/next
//! buttons, a dot picker (tabs pattern), a visible counter, a polite announcement on
//! user navigation, optional rotation with a pause control, and a full-screen viewer.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::dom::{Timer, WindowListener};
use super::lightbox::Lightbox;
use crate::logic::carousel::{
    CLAMP_CAPTION_CHARS, CarouselOptions, Drag, Key, MAX_DOTS, Rotation, Slides, Swipe, tick,
};
use crate::model::Media;

/// Renders nothing for no photos, one captioned photo without controls for one, and the
/// full carousel for two or more.
#[component]
pub fn Carousel(
    media: Vec<Media>,
    #[prop(default = false)] rtl: bool,
    #[prop(optional)] options: CarouselOptions,
) -> impl IntoView {
    if media.is_empty() {
        return ().into_any();
    }
    let total = media.len();
    let slides = RwSignal::new(Slides::new(total, options.start, options.looping));
    let announcement = RwSignal::new(String::new());
    let reduced_motion = prefers_reduced_motion();
    let rotation = RwSignal::new(Rotation {
        reduced_motion,
        ..Rotation::default()
    });
    let autoplay = options.autoplay && total > 1 && !reduced_motion;
    let media = StoredValue::new(media);
    let region = NodeRef::<html::Section>::new();

    // User navigation announces the new photo; rotation does not (APG: live region off).
    let navigate = move |f: &dyn Fn(Slides) -> Slides| {
        let before = slides.get_untracked();
        let after = f(before);
        if after == before {
            return;
        }
        slides.set(after);
        if let Some(i) = after.current() {
            let text = media.with_value(|m| m.get(i).map(announce_text).unwrap_or_default());
            announcement.set(format!("Photo {} of {total}: {text}", i + 1));
        }
    };
    let go = move |f: fn(Slides) -> Slides| navigate(&f);

    // reader:slidechange for the host page, on every change after the first render.
    Effect::watch(
        move || slides.get().current(),
        move |current, previous, _| {
            if let (Some(index), Some(_)) = (current, previous)
                && let Some(el) = region.get_untracked()
            {
                dispatch_slidechange(&el, *index, total);
            }
        },
        false,
    );

    if autoplay {
        start_rotation(slides, rotation, region, options.interval_ms);
    }

    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(key) = Key::from_dom(&ev.key()) {
            ev.prevent_default();
            navigate(&|s: Slides| s.key(key, rtl));
            focus_current_dot_if_in_tablist(&ev, region);
        }
    };

    let (on_down, on_up, on_cancel) = swipe_handlers(rtl, move |swipe| match swipe {
        Swipe::Next => go(Slides::next),
        Swipe::Prev => go(Slides::prev),
        Swipe::Stay => {}
    });

    let lightbox = NodeRef::<html::Dialog>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let open_lightbox = move |ev: leptos::ev::MouseEvent| {
        opener.set_value(
            ev.current_target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()),
        );
        if let Some(d) = lightbox.get_untracked() {
            let _ = d.show_modal();
        }
    };

    let sign = if rtl { 1 } else { -1 };
    let items = media.with_value(|m| {
        m.iter()
            .cloned()
            .enumerate()
            .map(|(i, m)| slide_view(i, total, m, slides))
            .collect_view()
    });
    let controls = (total > 1).then(|| {
        view! {
            <div class="rw-carousel__controls" part="carousel-controls">
                {autoplay.then(|| rotation_button(rotation))}
                {step_button(Step::Prev, "rw-carousel__button rw-carousel__button--prev", Some("carousel-button"), slides, go)}
                <p class="rw-carousel__counter" part="carousel-counter">
                    {move || format!("{} / {total}", slides.get().current().unwrap_or(0) + 1)}
                </p>
                {step_button(Step::Next, "rw-carousel__button rw-carousel__button--next", Some("carousel-button"), slides, go)}
            </div>
            {(total <= MAX_DOTS).then(|| dots_view(total, slides, navigate))}
        }
    });
    view! {
        <section
            class="rw-carousel"
            part="carousel"
            aria-roledescription="carousel"
            aria-label="Photos"
            node_ref=region
            on:keydown=on_key
            on:pointerenter=move |_| rotation.update(|r| r.hovered = true)
            on:pointerleave=move |_| rotation.update(|r| r.hovered = false)
            on:focusin=move |_| rotation.update(|r| r.focused = true)
            on:focusout=move |ev: leptos::ev::FocusEvent| {
                let inside = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                    .zip(region.get_untracked())
                    .is_some_and(|(n, r)| r.contains(Some(&n)));
                if !inside {
                    rotation.update(|r| r.focused = false);
                }
            }
        >
            <div
                class="rw-carousel__viewport"
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=on_cancel
            >
                <button
                    type="button"
                    class="rw-carousel__expand"
                    part="carousel-expand"
                    aria-label="View photo full screen"
                    aria-haspopup="dialog"
                    on:click=open_lightbox
                >
                    <span aria-hidden="true">"⤢"</span>
                </button>
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
            <Lightbox
                dialog=lightbox
                media=media
                slides=slides
                rtl=rtl
                on_navigate=Callback::new(move |f: fn(Slides) -> Slides| go(f))
                on_close=Callback::new(move |()| {
                    if let Some(el) = opener.get_value() {
                        let _ = el.focus();
                    }
                })
            />
        </section>
    }
    .into_any()
}

/// Which way a step button moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Prev,
    Next,
}

/// A previous/next button, shared by the carousel and the lightbox. At the ends it is
/// `aria-disabled`, not `disabled`: a disabled button drops focus to the page.
pub(crate) fn step_button(
    step: Step,
    class: &'static str,
    part: Option<&'static str>,
    slides: RwSignal<Slides>,
    go: impl Fn(fn(Slides) -> Slides) + 'static,
) -> impl IntoView {
    let (label, arrow) = match step {
        Step::Prev => ("Previous photo", "←"),
        Step::Next => ("Next photo", "→"),
    };
    let can = move |s: Slides| match step {
        Step::Prev => s.can_prev(),
        Step::Next => s.can_next(),
    };
    let mv: fn(Slides) -> Slides = match step {
        Step::Prev => Slides::prev,
        Step::Next => Slides::next,
    };
    view! {
        <button
            type="button"
            class=class
            part=part
            aria-label=label
            aria-disabled=move || (!can(slides.get())).to_string()
            on:click=move |_| go(mv)
        >
            <span aria-hidden="true" class="rw-carousel__arrow">{arrow}</span>
        </button>
    }
}

/// "Caption. Photo: credit", as read out after navigation.
pub(crate) fn announce_text(m: &Media) -> String {
    let caption = m.caption.as_deref().unwrap_or(m.alt_text());
    match m.credit.as_deref() {
        Some(credit) => format!("{caption} Photo: {credit}"),
        None => caption.to_owned(),
    }
}

/// Pointer handlers that turn a finished drag into a [`Swipe`].
pub(crate) fn swipe_handlers(
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

fn slide_view(i: usize, total: usize, m: Media, slides: RwSignal<Slides>) -> impl IntoView {
    let broken = RwSignal::new(false);
    let is_current = move || slides.get().current() == Some(i);
    let alt = m.alt_text().to_owned();
    let no_size = m.width.is_none() || m.height.is_none();
    let caption_len = m.caption.as_deref().map_or(0, |c| c.chars().count());
    let long = caption_len > CLAMP_CAPTION_CHARS;
    let expanded = RwSignal::new(false);
    let caption_id = format!("rw-slide-{i}-caption");
    view! {
        <div
            class="rw-carousel__slide"
            part="carousel-slide"
            id=format!("rw-slide-{i}")
            role="group"
            aria-roledescription="slide"
            aria-label=format!("{} of {total}", i + 1)
            class:rw-carousel__slide--current=is_current
            inert=move || !is_current()
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
                        src=m.src.as_str().to_owned()
                        srcset=m.srcset.as_ref().map(|s| s.as_str().to_owned())
                        sizes=m.srcset.as_ref().map(|_| "(max-width: 760px) 100vw, 760px")
                        width=m.width
                        height=m.height
                        alt=alt
                        loading=move || if slides.get().is_near(i) { "eager" } else { "lazy" }
                        decoding="async"
                        draggable="false"
                        on:error=move |_| broken.set(true)
                    />
                    <p class="rw-carousel__broken-note" aria-hidden="true">"Image unavailable"</p>
                </div>
                <figcaption class="rw-carousel__caption" part="carousel-caption">
                    {m.caption.map(|c| view! {
                        <span
                            class="rw-carousel__caption-text"
                            id=caption_id.clone()
                            class:rw-carousel__caption-text--clamped=move || long && !expanded.get()
                        >
                            {c}
                        </span>
                    })}
                    {long.then(|| view! {
                        <button
                            type="button"
                            class="rw-carousel__more"
                            aria-expanded=move || expanded.get().to_string()
                            aria-controls=caption_id.clone()
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            {move || if expanded.get() { "Less" } else { "More" }}
                        </button>
                    })}
                    {m.credit.map(|c| view! { <span class="rw-carousel__credit" part="credit">"Photo: "{c}</span> })}
                </figcaption>
            </figure>
        </div>
    }
}

/// Dots as a tab list: one tab stop, arrow keys move between photos (handled by the
/// region), the selected dot follows the current slide.
fn dots_view(
    total: usize,
    slides: RwSignal<Slides>,
    navigate: impl Fn(&dyn Fn(Slides) -> Slides) + Copy + 'static,
) -> impl IntoView {
    let dots = (0..total)
        .map(|i| {
            let selected = move || slides.get().current() == Some(i);
            view! {
                <button
                    type="button"
                    role="tab"
                    class="rw-carousel__dot"
                    class:rw-carousel__dot--current=selected
                    aria-label=format!("Photo {}", i + 1)
                    aria-controls=format!("rw-slide-{i}")
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| navigate(&move |s: Slides| s.go_to(i))
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class="rw-carousel__dots" role="tablist" aria-label="Choose a photo" part="carousel-dots">
            {dots}
        </div>
    }
}

/// After an arrow key on a dot, focus follows to the newly selected dot (tabs pattern).
fn focus_current_dot_if_in_tablist(ev: &leptos::ev::KeyboardEvent, region: NodeRef<html::Section>) {
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

fn rotation_button(rotation: RwSignal<Rotation>) -> impl IntoView {
    let paused = move || rotation.get().paused;
    view! {
        <button
            type="button"
            class="rw-carousel__button rw-carousel__button--rotation"
            part="carousel-button"
            aria-label=move || if paused() { "Start automatic slide show" } else { "Stop automatic slide show" }
            on:click=move |_| rotation.update(|r| r.paused = !r.paused)
        >
            <span aria-hidden="true">{move || if paused() { "▶" } else { "❚❚" }}</span>
        </button>
    }
}

/// Ticks rotation while nothing holds it: hidden tabs and off-screen carousels hold it
/// through `visibilitychange` and an `IntersectionObserver`, removed on unmount.
fn start_rotation(
    slides: RwSignal<Slides>,
    rotation: RwSignal<Rotation>,
    region: NodeRef<html::Section>,
    interval_ms: u32,
) {
    let timer = Timer::every(interval_ms.max(1000), move || {
        if rotation.try_get_untracked().is_some_and(|r| r.running()) {
            slides.update(|s| *s = tick(*s));
        }
    });
    let hidden = || {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden())
    };
    rotation.update(|r| r.hidden = hidden());
    let visibility = WindowListener::new("visibilitychange", move |_| {
        rotation.update(|r| r.hidden = hidden());
    });
    // Dropped (timer cleared, listener removed, closures freed) when the carousel goes.
    let owned = StoredValue::new_local(Some((timer, visibility)));
    on_cleanup(move || owned.set_value(None));

    type Observer = (
        web_sys::IntersectionObserver,
        Closure<dyn FnMut(js_sys::Array)>,
    );
    let observer_slot = StoredValue::new_local(None::<Observer>);
    region.on_load(move |el| {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                rotation.update(|r| r.offscreen = !entry.is_intersecting());
            }
        });
        if let Ok(observer) = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref())
        {
            observer.observe(&el);
            observer_slot.set_value(Some((observer, callback)));
        }
    });
    on_cleanup(move || {
        observer_slot.update_value(|slot| {
            if let Some((observer, _callback)) = slot.take() {
                observer.disconnect();
            }
        });
    });
}

/// `prefers-reduced-motion: reduce`, read once per render.
fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn dispatch_slidechange(el: &web_sys::HtmlElement, index: usize, total: usize) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"index".into(), &(index as f64).into());
    let _ = js_sys::Reflect::set(&detail, &"total".into(), &(total as f64).into());
    super::dom::dispatch(el, "reader:slidechange", &detail);
}
