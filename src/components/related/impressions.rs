//! Browser side of impression counting: an `IntersectionObserver` at 50 % and the tab's
//! visibility feed [`crate::logic::impressions::Impression`], and a timer fires
//! `reader:impression` when a card has been seen for a second.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
};

use super::card_ref::CardRef;
use crate::browser::events::dispatch;
use crate::browser::page::{now, on_window, tab_hidden};
use crate::browser::{EventListener, Timeout};
use crate::interaction::impressions::{Impression, THRESHOLD};

struct Watched {
    el: HtmlElement,
    card: CardRef,
    state: Impression,
}

#[derive(Default)]
struct Inner {
    cards: Vec<Watched>,
    observer: Option<IntersectionObserver>,
    timer: Option<Timeout>,
    visibility: Option<EventListener>,
    // Kept alive while the observer may call it.
    _callback: Option<Closure<dyn FnMut(js_sys::Array)>>,
}

/// Counts impressions for every card of one widget; stops on unmount.
#[derive(Clone, Default)]
pub struct Tracker {
    inner: Rc<RefCell<Inner>>,
}

impl Tracker {
    /// Creates the tracker for the current component; cleaned up with its owner.
    pub fn start() -> StoredValue<Tracker, LocalStorage> {
        let tracker = Tracker::default();
        // A server render shows cards to nobody: there is nothing to observe.
        if cfg!(server_render) {
            return StoredValue::new_local(tracker);
        }
        let weak = Rc::downgrade(&tracker.inner);
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(inner) = weak.upgrade() {
                Tracker { inner }.on_entries(&entries);
            }
        });
        let init = IntersectionObserverInit::new();
        init.set_threshold(&JsValue::from_f64(THRESHOLD));
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &init).ok();
        // Closures hold the tracker weakly: dropping the tracker frees everything.
        let weak = Rc::downgrade(&tracker.inner);
        let visibility = on_window("visibilitychange", move |_| {
            if let Some(inner) = weak.upgrade() {
                Tracker { inner }.on_tab();
            }
        });
        {
            let mut inner = tracker.inner.borrow_mut();
            inner.observer = observer;
            inner.visibility = visibility;
            inner._callback = Some(callback);
        }
        let stored = StoredValue::new_local(tracker);
        on_cleanup(move || stored.with_value(Tracker::stop));
        stored
    }

    /// Starts watching a card element. A card rendered anew (its list was rebuilt)
    /// keeps its state: once counted, it is not counted again.
    pub fn observe(&self, el: &HtmlElement, card: CardRef) {
        let mut inner = self.inner.borrow_mut();
        let Inner {
            cards, observer, ..
        } = &mut *inner;
        if let Some(known) = cards.iter_mut().find(|w| w.card == card) {
            if !known.state.fired() {
                if let Some(o) = observer {
                    o.unobserve(&known.el);
                    o.observe(el);
                }
                known.el = el.clone();
            }
            return;
        }
        if let Some(o) = observer {
            o.observe(el);
        }
        cards.push(Watched {
            el: el.clone(),
            card,
            state: Impression::default(),
        });
    }

    fn on_entries(&self, entries: &js_sys::Array) {
        let t = now();
        let visible = !tab_hidden();
        {
            let mut inner = self.inner.borrow_mut();
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                let target = entry.target();
                if let Some(w) = inner
                    .cards
                    .iter_mut()
                    .find(|w| w.el.is_same_node(Some(&target)))
                {
                    let ratio = if entry.is_intersecting() {
                        entry.intersection_ratio()
                    } else {
                        0.0
                    };
                    w.state.on_ratio(ratio, visible, t);
                }
            }
        }
        self.schedule();
    }

    fn on_tab(&self) {
        let t = now();
        let visible = !tab_hidden();
        for w in self.inner.borrow_mut().cards.iter_mut() {
            w.state.on_tab(visible, t);
        }
        self.schedule();
    }

    /// Fires what is due and sets one timer for the next card that will be.
    fn schedule(&self) {
        let t = now();
        let mut fired = Vec::new();
        let next = {
            let mut inner = self.inner.borrow_mut();
            inner.timer = None;
            for w in inner.cards.iter_mut() {
                if w.state.take_if_due(t) {
                    fired.push((w.el.clone(), w.card.clone()));
                }
            }
            if let Some(o) = &inner.observer {
                for (el, _) in &fired {
                    o.unobserve(el);
                }
            }
            inner
                .cards
                .iter()
                .filter_map(|w| w.state.due_in(t))
                .fold(None, |m: Option<f64>, d| Some(m.map_or(d, |m| m.min(d))))
        };
        for (el, card) in fired {
            dispatch(&el, "reader:impression", &card.to_js());
        }
        if let Some(delay) = next {
            let weak = Rc::downgrade(&self.inner);
            let timer = Timeout::new(delay.ceil().max(1.0) as u32, move || {
                if let Some(inner) = weak.upgrade() {
                    Tracker { inner }.schedule();
                }
            });
            self.inner.borrow_mut().timer = Some(timer);
        }
    }

    fn stop(&self) {
        let mut inner = self.inner.borrow_mut();
        if let Some(o) = inner.observer.take() {
            o.disconnect();
        }
        inner.timer = None;
        inner.visibility = None;
        inner.cards.clear();
    }
}
