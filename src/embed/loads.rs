//! Loading the document: data given as a JS value, long data or another format over
//! several tasks, a `src` fetched with a timeout; then the article or its error panel, and the events
//! the host page is owed once the shadow DOM shows it.

use super::announce::announce;
use super::fetch::fetch_document;
use super::instance::Shared;
use super::shown::Shown;
use super::source::{FROM_DATA, Given, decode_sliced, read_value};
use super::texts::language_for;
use crate::adapters::Format;
use crate::browser::schedule::next_task;
use crate::browser::{formats, intl, tables};
use crate::components::WidgetState;
use crate::model::{Decoded, Diagnostic};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

impl Shared {
    /// Renders data given as a JS value (the `data` property or `handle.update()`).
    pub(crate) fn load_value(&self, value: &JsValue) {
        match read_value(value, self.format()) {
            Given::Decoded(decoded) => self.load_decoded(decoded, FROM_DATA),
            Given::Later(text, format) => self.load_later(text, format, FROM_DATA),
        }
    }

    /// Renders a decoded document at once, or, when its language's texts are still to
    /// be fetched, as soon as they are here.
    pub(crate) fn load_decoded(&self, decoded: Decoded, origin: &'static str) {
        let Some((generation, _)) = self.begin_document(false) else {
            return;
        };
        let lang = language_for(&self.0.borrow().options, &decoded);
        if tables::ready(lang.as_deref()) {
            self.apply(decoded, origin, false, generation);
            return;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            tables::load(lang.as_deref()).await;
            if this.is_current(generation) {
                this.apply(decoded, origin, false, generation);
            }
        });
    }

    /// Renders long data over several tasks, or data in another format once the formats
    /// module converted it, showing the loading state meanwhile; a newer load or an
    /// unmount abandons it between tasks.
    pub(crate) fn load_later(&self, text: String, format: Option<Format>, origin: &'static str) {
        let Some((generation, _)) = self.begin_document(false) else {
            return;
        };
        self.show(WidgetState::Loading);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let wanted = || this.is_current(generation);
            if let Some(decoded) = decode_sliced(text, format, false, &wanted).await
                && this.ready_to_render(&decoded, &wanted).await
            {
                this.apply(decoded, origin, false, generation);
            }
        });
    }

    /// Loads the last `src` again (the error panel's Retry).
    pub(crate) fn retry(&self) {
        let src = self.0.borrow().src.clone();
        if let Some(src) = src {
            self.load_src(src);
        }
    }

    /// Fetches `url` and renders it; a newer load or an unmount makes this one a no-op.
    pub(crate) fn load_src(&self, url: String) {
        let Some((generation, controller)) = self.begin_document(true) else {
            return;
        };
        let timeout = {
            let mut inst = self.0.borrow_mut();
            inst.src = Some(url.clone());
            inst.options.source.timeout_ms
        };
        let format = self.format();
        // The formats module comes while the document does, when the host names a format
        // that needs it.
        if format.is_some_and(|f| f != Format::Native) {
            formats::preload();
        }
        self.show(WidgetState::Loading);
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let wanted = || this.is_current(generation);
            let result = fetch_document(&url, controller.as_ref(), timeout, format, &wanted).await;
            let Some(result) = result else {
                return;
            };
            if !this.ready_to_render(&result, &wanted).await {
                return;
            }
            this.0.borrow_mut().document.fetched();
            this.apply(result, &format!("\"{url}\""), true, generation);
        });
    }

    /// Starts a document load; `None` for an unmounted widget, which loads nothing.
    fn begin_document(&self, fetches: bool) -> Option<(u64, Option<AbortController>)> {
        if self.unmounted() {
            return None;
        }
        Some(self.0.borrow_mut().document.begin(fetches))
    }

    /// Whether document load `generation` is still the one that counts.
    fn is_current(&self, generation: u64) -> bool {
        !self.unmounted() && self.0.borrow().document.is_current(generation)
    }

    /// Last step before a long or fetched document renders: its date formatters are
    /// built in a task of their own, and the render gets the next one. False when the
    /// load is no longer wanted.
    async fn ready_to_render(&self, decoded: &Decoded, wanted: &dyn Fn() -> bool) -> bool {
        // A task of its own: decoding's last slice (and freeing the JSON tree) came before.
        next_task().await;
        if !wanted() {
            return false;
        }
        if let Some(doc) = &decoded.document {
            let lang = self
                .0
                .borrow()
                .props
                .article
                .try_with_untracked(|o| o.article.lang.clone())
                .flatten();
            intl::prepare(doc, lang.as_deref().or(doc.article.lang.as_deref()));
        }
        let texts = language_for(&self.0.borrow().options, decoded);
        tables::load(texts.as_deref()).await;
        next_task().await;
        wanted()
    }

    /// Renders a decoded document or its error panel, and tells the host page about it
    /// once the shadow DOM shows it (Leptos applies a change on the executor's next
    /// tick), so a `reader:ready` listener finds the new content.
    fn apply(&self, decoded: Decoded, origin: &str, retry: bool, generation: u64) {
        let shown = Shown::of(decoded, origin, retry);
        let ready = shown.ready();
        {
            let inst = self.0.borrow();
            let related = inst.related_override.clone().unwrap_or(shown.related);
            inst.related.try_set(related);
            inst.state.try_set(shown.state);
        }
        let problems = shown.problems;
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            leptos::task::tick().await;
            // Superseded or unmounted meanwhile: this document is not what shows.
            if !this.is_current(generation) {
                return;
            }
            this.take_over_and_announce(ready, problems);
        });
    }

    /// Takes the server's rendering over (if any), then tells the host page: the
    /// problems, `reader:ready` or `reader:error`, and `settled()` resolves.
    pub(crate) fn take_over_and_announce(&self, ready: bool, problems: Vec<Diagnostic>) {
        let shown = self.clone();
        self.take_over(move || {
            announce(&shown.host(), ready, &problems);
            shown.settle();
        });
    }
}
