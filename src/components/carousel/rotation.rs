//! Automatic rotation: a timer moves to the next photo while nothing holds it; a hidden
//! tab or an off-screen carousel holds it (a visibility listener and an
//! `IntersectionObserver`). It starts and stops in place when the host toggles
//! `autoplay`, and everything it holds is released with the carousel.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::deck::Deck;
use crate::browser::page::{on_window, prefers_reduced_motion, tab_hidden};
use crate::browser::{EventListener, Interval};
use crate::interaction::carousel::{Rotation, tick};
use crate::options::CarouselOptions;

/// An observer with the callback it calls (kept alive as long as the observer).
type Observer = (
    web_sys::IntersectionObserver,
    Closure<dyn FnMut(js_sys::Array)>,
);

/// What a running rotation holds; dropping it stops the rotation.
struct Runner {
    _interval: Interval,
    _visibility: Option<EventListener>,
    observer: Option<Observer>,
}

impl Drop for Runner {
    fn drop(&mut self) {
        if let Some((observer, _)) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Rotates `deck` while the host's options ask for it (never with one photo or under
/// reduced motion); returns what holds rotation, and whether it is on (for the
/// pause/play control).
pub fn rotate(
    deck: Deck,
    options: RwSignal<CarouselOptions>,
    region: NodeRef<html::Section>,
) -> (RwSignal<Rotation>, Memo<bool>) {
    let reduced_motion = prefers_reduced_motion();
    let rotation = RwSignal::new(Rotation {
        reduced_motion,
        ..Rotation::default()
    });
    let interval = Memo::new(move |_| {
        options.with(|o| (o.autoplay && deck.total > 1 && !reduced_motion).then_some(o.interval_ms))
    });
    let runner = StoredValue::new_local(None::<Runner>);
    Effect::watch(
        move || interval.get(),
        move |ms, _, _| {
            let next = ms.and_then(|ms| start(deck, rotation, region, ms));
            runner.set_value(next);
        },
        true,
    );
    on_cleanup(move || runner.set_value(None));
    (rotation, Memo::new(move |_| interval.get().is_some()))
}

fn start(
    deck: Deck,
    rotation: RwSignal<Rotation>,
    region: NodeRef<html::Section>,
    ms: u32,
) -> Option<Runner> {
    let slides = deck.slides;
    let interval = Interval::new(ms.max(1000), move || {
        if rotation.try_get_untracked().is_some_and(|r| r.running()) {
            slides.update(|s| *s = tick(*s));
        }
    });
    rotation.update(|r| r.hidden = tab_hidden());
    let visibility = on_window("visibilitychange", move |_| {
        rotation.update(|r| r.hidden = tab_hidden());
    });
    let observer = region.get_untracked().and_then(|el| {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                rotation.update(|r| r.offscreen = !entry.is_intersecting());
            }
        });
        let observer =
            web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&el);
        Some((observer, callback))
    });
    Some(Runner {
        _interval: interval,
        _visibility: visibility,
        observer,
    })
}
