//! One mounted widget: its shadow root, its Leptos tree, where its data comes from, and
//! the events and console messages it owes the host page.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::Arc;

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, HtmlElement, ShadowRoot};

use super::events::{diagnostics_to_js, dispatch, report_diagnostics};
use super::shadow::open_shadow_root;
use super::source::{
    DEFAULT_TIMEOUT_MS, Given, decode_sliced, fetch_document, fetch_related, fetch_related_page,
    read_value, value_to_json,
};
use super::tasks::next_task;
use super::warm_up;
use crate::adapters::{Format, convert_related};
use crate::components::format;
use crate::components::related_section::PageDone;
use crate::components::{Failure, LoadMore, Widget, WidgetOptions, WidgetState};
use crate::model::{Decoded, Diagnostic, Diagnostics, RelatedSection, SafeUrl};

/// Shared handle: async fetch completions and DOM callbacks both reach the instance.
pub(crate) type Shared = Rc<RefCell<Instance>>;

/// A live widget.
pub(crate) struct Instance {
    host: HtmlElement,
    shadow: ShadowRoot,
    container: HtmlElement,
    state: RwSignal<WidgetState>,
    options: RwSignal<WidgetOptions>,
    /// Dropping it unmounts the Leptos tree and disposes its reactive owner.
    mount: Option<Box<dyn Any>>,
    fetch: Option<AbortController>,
    /// Bumped on every new load so a late response for an old `src` is ignored.
    generation: u64,
    /// The last `src` requested, for Retry.
    src: Option<String>,
    /// How long a fetch may take.
    timeout_ms: u32,
    /// The `format` attribute: how to read `src`/`data` (detected when `None`).
    format: Option<Format>,
    /// Sections from `related-src` or the `related` property; they replace the
    /// document's own `related`.
    related: Option<Vec<RelatedSection>>,
    related_fetch: Option<AbortController>,
    related_generation: u64,
    /// Resolvers of `handle.settled()` promises: called once the loading state ends
    /// (a document or its error panel shows) or the widget is unmounted.
    settle_waiters: Vec<js_sys::Function>,
}

impl Instance {
    /// Mounts a widget into `host`'s open shadow root. With `initial` data the first
    /// render already shows it (no loading flash, DOM committed when this returns);
    /// without, the widget shows its loading state until a load finishes.
    pub(crate) fn mount(
        host: HtmlElement,
        options: WidgetOptions,
        initial: Option<(Decoded, &str)>,
    ) -> Result<Shared, JsValue> {
        let shadow = open_shadow_root(&host)?;
        let document = host.owner_document().ok_or("element has no document")?;
        let container: HtmlElement = document.create_element("div")?.unchecked_into();
        container.set_class_name("rw-mount");
        shadow.append_child(&container)?;

        let (first, diagnostics) = match initial {
            Some((decoded, origin)) => {
                let (state, diagnostics) = settle(decoded, origin, false);
                (state, Some(diagnostics))
            }
            None => (WidgetState::Loading, None),
        };
        let ready = matches!(first, WidgetState::Ready(_));
        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        // Retry needs the instance, which exists only after mounting: fill it in below.
        let this: Rc<RefCell<Weak<RefCell<Instance>>>> = Rc::default();
        let retry_target = this.clone();
        let host_for_pages = host.clone();
        let handle = leptos::mount::mount_to(container.clone(), move || {
            let state = RwSignal::new(first);
            let options = RwSignal::new(options);
            out.set(Some((state, options)));
            // Created inside the mount so the widget's owner frees it on unmount.
            let retry = UnsyncCallback::new(move |()| {
                if let Some(shared) = retry_target.borrow().upgrade() {
                    let src = shared.borrow().src.clone();
                    if let Some(src) = src {
                        load_src(&shared, src);
                    }
                }
            });
            view! { <Widget state=state options=options load_more=load_more_pages(host_for_pages) on_retry=retry /> }
        });
        let (state, options) = signals.take().ok_or("widget did not mount")?;
        if let Some(diagnostics) = diagnostics {
            announce(&host, ready, &diagnostics);
        }
        let shared = Rc::new(RefCell::new(Instance {
            host,
            shadow,
            container,
            state,
            options,
            mount: Some(Box::new(handle)),
            fetch: None,
            generation: 0,
            src: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
            format: None,
            related: None,
            related_fetch: None,
            related_generation: 0,
            settle_waiters: Vec::new(),
        }));
        *this.borrow_mut() = Rc::downgrade(&shared);
        Ok(shared)
    }

    /// Unmounts the tree, cancels any fetch and leaves the shadow root empty.
    pub(crate) fn unmount(&mut self) {
        self.cancel_fetch();
        self.generation += 1;
        self.related_generation += 1;
        if let Some(c) = self.related_fetch.take() {
            c.abort();
        }
        self.mount.take();
        let _ = self.shadow.remove_child(&self.container);
        self.settle();
    }

    /// Starts a new load: cancels the fetch under way and makes older loads stale.
    /// The load's generation, or `None` for an unmounted widget (which loads nothing).
    fn begin_load(&mut self) -> Option<u64> {
        if self.unmounted() {
            return None;
        }
        self.cancel_fetch();
        self.generation += 1;
        Some(self.generation)
    }

    /// True once unmounted: loads and events of a dead widget are ignored.
    fn unmounted(&self) -> bool {
        self.mount.is_none()
    }

    /// A promise that resolves when the loading state ends (at once if it has).
    pub(crate) fn settled(&mut self) -> js_sys::Promise {
        if !self.is_loading() || self.unmounted() {
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        }
        let waiters = &mut self.settle_waiters;
        js_sys::Promise::new(&mut |resolve, _| waiters.push(resolve))
    }

    fn settle(&mut self) {
        for resolve in self.settle_waiters.drain(..) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }

    fn cancel_fetch(&mut self) {
        if let Some(c) = self.fetch.take() {
            c.abort();
        }
    }

    /// True until the first document (or its error panel) is on screen.
    pub(crate) fn is_loading(&self) -> bool {
        self.state
            .try_with_untracked(|s| matches!(s, WidgetState::Loading))
            .unwrap_or(false)
    }

    /// The element this widget renders into.
    pub(crate) fn host(&self) -> &HtmlElement {
        &self.host
    }

    /// Sets how `src` and `data` are read from now on (`format` attribute).
    pub(crate) fn set_format(&mut self, name: Option<String>) {
        self.format = name.as_deref().and_then(Format::from_name);
    }

    /// Sets how long later fetches may take.
    pub(crate) fn set_timeout_ms(&mut self, ms: u32) {
        self.timeout_ms = ms;
    }

    /// Changes presentation options without reloading data.
    pub(crate) fn update_options(&self, f: impl FnOnce(&mut WidgetOptions)) {
        self.options.try_update(f);
    }
}

/// "Load more" for related sections: fetches the page in the embed layer, reports what
/// it dropped on the host (console and `reader:warning`, like any document), and hands
/// the cards back to the section that asked.
fn load_more_pages(host: HtmlElement) -> LoadMore {
    UnsyncCallback::new(move |(url, done): (SafeUrl, PageDone)| {
        let host = host.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch_related_page(url.as_str()).await.map(|(section, d)| {
                let in_page: Vec<Diagnostic> = d
                    .into_vec()
                    .into_iter()
                    .map(|mut p| {
                        p.message = format!("{} (in the page \"{url}\")", p.message);
                        p
                    })
                    .collect();
                report_diagnostics(&host, &in_page);
                section
            });
            done(result);
        });
    })
}

/// The state a decoded document leads to, and its problems for [`announce`].
fn settle(decoded: Decoded, origin: &str, retry: bool) -> (WidgetState, Vec<Diagnostic>) {
    let problems = decoded.diagnostics.into_vec();
    let state = match decoded.document {
        Some(doc) => WidgetState::Ready(Arc::new(doc)),
        None => WidgetState::Failed(Failure {
            summary: format!("This article could not be displayed: {origin} has problems."),
            problems: problems.clone(),
            retry,
        }),
    };
    (state, problems)
}

/// Logs the problems and fires `reader:warning` for each, then `reader:ready` or
/// `reader:error` (detail: the diagnostics). A document on screen also ends the
/// idle-time warm-up.
fn announce(host: &HtmlElement, ready: bool, problems: &[Diagnostic]) {
    report_diagnostics(host, problems);
    if ready {
        warm_up::note_shown(host);
        dispatch(host, "reader:ready", &JsValue::UNDEFINED);
    } else {
        let detail = diagnostics_to_js(problems);
        dispatch(host, "reader:error", &detail);
    }
}

/// Renders a decoded document or its error panel, and tells the host page about it once
/// the shadow DOM shows it (Leptos applies a change on the executor's next tick), so a
/// `reader:ready` listener finds the new content.
pub(crate) fn apply(shared: &Shared, mut decoded: Decoded, origin: &str, retry: bool) {
    if let (Some(doc), Some(related)) = (decoded.document.as_mut(), shared.borrow().related.clone())
    {
        doc.related = related;
    }
    let (state, problems) = settle(decoded, origin, retry);
    let ready = matches!(state, WidgetState::Ready(_));
    let generation = {
        let inst = shared.borrow();
        if inst.unmounted() {
            return;
        }
        inst.state.try_set(state);
        inst.generation
    };
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        leptos::task::tick().await;
        let host = {
            let inst = shared.borrow();
            // Superseded or unmounted meanwhile: this document is not what shows.
            if inst.unmounted() || inst.generation != generation {
                return;
            }
            inst.host.clone()
        };
        announce(&host, ready, &problems);
        shared.borrow_mut().settle();
    });
}

/// Where data given as a JS value came from, for messages.
pub(crate) const FROM_DATA: &str = "the data";
/// Where inline JSON came from, for messages.
pub(crate) const FROM_INLINE: &str = "the inline JSON";

/// Renders data given as a JS value (the `data` property or `handle.update()`).
pub(crate) fn load_value(shared: &Shared, value: &JsValue) {
    let format = shared.borrow().format;
    match read_value(value, format) {
        Given::Decoded(decoded) => {
            if shared.borrow_mut().begin_load().is_some() {
                apply(shared, decoded, FROM_DATA, false);
            }
        }
        Given::Long(text) => load_long(shared, text, FROM_DATA),
    }
}

/// Renders long data over several tasks, showing the loading state meanwhile; a newer
/// load or an unmount abandons it between tasks.
pub(crate) fn load_long(shared: &Shared, text: String, origin: &'static str) {
    let (generation, format) = {
        let mut inst = shared.borrow_mut();
        let Some(generation) = inst.begin_load() else {
            return;
        };
        inst.state.try_set(WidgetState::Loading);
        (generation, inst.format)
    };
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let wanted = || shared.borrow().generation == generation;
        if let Some(decoded) = decode_sliced(text, format, false, &wanted).await
            && ready_to_render(&shared, &decoded, &wanted).await
        {
            apply(&shared, decoded, origin, false);
        }
    });
}

/// Last step before a long document renders: its date formatters are built in a task
/// of their own, and the render gets the next one. False when the load is no longer wanted.
async fn ready_to_render(shared: &Shared, decoded: &Decoded, wanted: &dyn Fn() -> bool) -> bool {
    // A task of its own: decoding's last slice (and freeing the JSON tree) came before.
    next_task().await;
    if !wanted() {
        return false;
    }
    if let Some(doc) = &decoded.document {
        let lang = shared
            .borrow()
            .options
            .try_with_untracked(|o| o.lang.clone())
            .flatten();
        format::prepare(doc, lang.as_deref().or(doc.article.lang.as_deref()));
    }
    next_task().await;
    wanted()
}

/// Fetches `url` and renders it; a newer load or an unmount makes this one a no-op.
pub(crate) fn load_src(shared: &Shared, url: String) {
    let (controller, generation, timeout, format) = {
        let mut inst = shared.borrow_mut();
        let Some(generation) = inst.begin_load() else {
            return;
        };
        let controller = AbortController::new().ok();
        inst.fetch = controller.clone();
        inst.src = Some(url.clone());
        inst.state.try_set(WidgetState::Loading);
        (controller, generation, inst.timeout_ms, inst.format)
    };
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let wanted = || shared.borrow().generation == generation;
        let result = fetch_document(&url, controller.as_ref(), timeout, format, &wanted).await;
        let Some(result) = result else {
            return;
        };
        if !ready_to_render(&shared, &result, &wanted).await {
            return;
        }
        shared.borrow_mut().fetch = None;
        let origin = format!("\"{url}\"");
        apply(&shared, result, &origin, true);
    });
}

/// Replaces the related sections (`related-src` or the `related` property) and shows
/// them if the article is already on screen. Problems are warnings: the article stays.
fn set_related(shared: &Shared, sections: Vec<RelatedSection>, diagnostics: &[Diagnostic]) {
    let host = {
        let mut inst = shared.borrow_mut();
        inst.related = Some(sections.clone());
        inst.state.try_update(|s| {
            if let WidgetState::Ready(doc) = s {
                let mut updated = (**doc).clone();
                updated.related = sections;
                *doc = Arc::new(updated);
            }
        });
        inst.host.clone()
    };
    report_diagnostics(&host, diagnostics);
}

/// The `related` property: a native `related` list or section, a JSON Feed or a
/// WordPress collection, as a JS object.
pub(crate) fn set_related_value(shared: &Shared, value: &JsValue) {
    shared.borrow_mut().related_generation += 1;
    match value_to_json(value) {
        Ok(json) => {
            let (sections, d) = convert_related(&json, None);
            set_related(shared, sections, d.items());
        }
        Err(message) => warn_related(shared, message),
    }
}

/// Fetches `related-src` and shows its sections; a failure keeps the article and warns.
pub(crate) fn load_related_src(shared: &Shared, url: String) {
    let (controller, generation, timeout) = {
        let mut inst = shared.borrow_mut();
        if let Some(c) = inst.related_fetch.take() {
            c.abort();
        }
        inst.related_generation += 1;
        let controller = AbortController::new().ok();
        inst.related_fetch = controller.clone();
        (controller, inst.related_generation, inst.timeout_ms)
    };
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_related(&url, controller.as_ref(), timeout).await;
        if shared.borrow().related_generation != generation {
            return;
        }
        shared.borrow_mut().related_fetch = None;
        match result {
            Ok((sections, d)) => set_related(&shared, sections, d.items()),
            Err(message) => warn_related(&shared, format!("\"{url}\": {message}")),
        }
    });
}

fn warn_related(shared: &Shared, message: String) {
    let mut d = Diagnostics::default();
    d.warn(
        "related-src",
        format!("{message}; related stories not shown"),
    );
    let host = shared.borrow().host.clone();
    report_diagnostics(&host, d.items());
}
