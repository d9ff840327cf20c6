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
use crate::components::props::Group;
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

/// Follows the host's carousel options in place, in one effect: `loop` changes
/// wrapping, a new `start` moves there, `autoplay` and `autoplay-interval` start, stop or
/// retime rotation (never with one photo or under reduced motion). Returns what holds
/// rotation, and whether it runs (for the pause/play control).
pub fn follow_options(
    deck: Deck,
    options: Group,
    region: NodeRef<html::Section>,
) -> (RwSignal<Rotation>, RwSignal<bool>) {
    let reduced_motion = prefers_reduced_motion();
    let rotation = RwSignal::new(Rotation {
        reduced_motion,
        ..Rotation::default()
    });
    let wanted = move |o: &CarouselOptions| {
        (o.autoplay && deck.total > 1 && !reduced_motion).then_some(o.interval_ms)
    };
    let rotating = RwSignal::new(wanted(&options.with_untracked(|o| o.carousel)).is_some());
    let runner = StoredValue::new_local(None::<Runner>);
    let slides = deck.slides;
    Effect::watch(
        move || options.with(|o| o.carousel),
        move |now, before, _| {
            if let Some(before) = before {
                if before.looping != now.looping {
                    slides.update(|s| *s = s.with_looping(now.looping));
                }
                if before.start != now.start {
                    slides.update(|s| *s = s.go_to(now.start));
                }
            }
            let interval = wanted(now);
            if before.is_none() || before.map(wanted) != Some(interval) {
                runner.set_value(interval.and_then(|ms| start(deck, rotation, region, ms)));
                rotating.maybe_update(|on| {
                    let changed = *on != interval.is_some();
                    *on = interval.is_some();
                    changed
                });
            }
        },
        true,
    );
    on_cleanup(move || runner.set_value(None));
    (rotation, rotating)
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
