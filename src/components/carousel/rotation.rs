//! Automatic rotation: a timer moves to the next photo while nothing holds it; a hidden
//! tab or an off-screen carousel holds it (a visibility listener and an
//! `IntersectionObserver`). Everything it holds is released when it stops.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::deck::Deck;
use crate::browser::page::{on_window, tab_hidden};
use crate::browser::{EventListener, Interval};
use crate::interaction::carousel::{Rotation, tick};

/// An observer with the callback it calls (kept alive as long as the observer).
type Observer = (
    web_sys::IntersectionObserver,
    Closure<dyn FnMut(js_sys::Array)>,
);

/// What a running rotation holds; dropping it stops the rotation.
pub(super) struct Runner {
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

/// Starts rotating every `ms` milliseconds; dropping what it returns stops it.
pub(super) fn start(
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
