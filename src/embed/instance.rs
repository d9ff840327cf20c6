//! One mounted widget: its shadow root, its Leptos tree, where its data comes from, and
//! the events and console messages it owes the host page.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, HtmlElement, ShadowRoot};

use super::events::{dispatch, report_diagnostics};
use super::shadow::open_shadow_root;
use super::source::{decode_value, fetch_document, fetch_related_page};
use crate::components::related_section::PageDone;
use crate::components::{Failure, LoadMore, Widget, WidgetOptions, WidgetState};
use crate::model::{Decoded, Diagnostic, SafeUrl};

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
                let (state, diagnostics) = settle(decoded, origin);
                (state, Some(diagnostics))
            }
            None => (WidgetState::Loading, None),
        };
        let ready = matches!(first, WidgetState::Ready(_));
        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        let handle = leptos::mount::mount_to(container.clone(), move || {
            let state = RwSignal::new(first);
            let options = RwSignal::new(options);
            out.set(Some((state, options)));
            view! { <Widget state=state options=options load_more=load_more_pages() /> }
        });
        let (state, options) = signals.take().ok_or("widget did not mount")?;
        if let Some(diagnostics) = diagnostics {
            announce(&host, ready, &diagnostics);
        }
        Ok(Rc::new(RefCell::new(Instance {
            host,
            shadow,
            container,
            state,
            options,
            mount: Some(Box::new(handle)),
            fetch: None,
            generation: 0,
        })))
    }

    /// Unmounts the tree, cancels any fetch and leaves the shadow root empty.
    pub(crate) fn unmount(&mut self) {
        self.cancel_fetch();
        self.generation += 1;
        self.mount.take();
        let _ = self.shadow.remove_child(&self.container);
    }

    fn cancel_fetch(&mut self) {
        if let Some(c) = self.fetch.take() {
            c.abort();
        }
    }

    /// Changes presentation options without reloading data.
    pub(crate) fn update_options(&self, f: impl FnOnce(&mut WidgetOptions)) {
        self.options.try_update(f);
    }
}

/// "Load more" for related sections: fetches the page in the embed layer and hands the
/// result back to the section that asked.
fn load_more_pages() -> LoadMore {
    Callback::new(|(url, done): (SafeUrl, PageDone)| {
        wasm_bindgen_futures::spawn_local(async move {
            done(fetch_related_page(url.as_str()).await);
        });
    })
}

/// The state a decoded document leads to, and its problems for [`announce`].
fn settle(decoded: Decoded, origin: &str) -> (WidgetState, Vec<Diagnostic>) {
    let problems = decoded.diagnostics.into_vec();
    let state = match decoded.document {
        Some(doc) => WidgetState::Ready(Arc::new(doc)),
        None => WidgetState::Failed(Failure {
            summary: format!("This article could not be displayed: {origin} has problems."),
            problems: problems.clone(),
        }),
    };
    (state, problems)
}

/// Logs the problems and fires `reader:warning` for each, then `reader:ready` or
/// `reader:error` (detail: the diagnostics).
fn announce(host: &HtmlElement, ready: bool, problems: &[Diagnostic]) {
    report_diagnostics(host, problems);
    if ready {
        dispatch(host, "reader:ready", &JsValue::UNDEFINED);
    } else {
        let detail = serde_wasm_bindgen::to_value(problems).unwrap_or(JsValue::NULL);
        dispatch(host, "reader:error", &detail);
    }
}

/// Renders a decoded document or its error panel, and tells the host page about it.
pub(crate) fn apply(shared: &Shared, decoded: Decoded, origin: &str) {
    let (state, problems) = settle(decoded, origin);
    let ready = matches!(state, WidgetState::Ready(_));
    let host = {
        let inst = shared.borrow();
        inst.state.try_set(state);
        inst.host.clone()
    };
    announce(&host, ready, &problems);
}

/// Where data given as a JS value came from, for messages.
pub(crate) const FROM_DATA: &str = "the data";
/// Where inline JSON came from, for messages.
pub(crate) const FROM_INLINE: &str = "the inline JSON";

/// Renders data given as a JS value (the `data` property or `handle.update()`).
pub(crate) fn load_value(shared: &Shared, value: &JsValue) {
    {
        let mut inst = shared.borrow_mut();
        inst.cancel_fetch();
        inst.generation += 1;
    }
    apply(shared, decode_value(value), FROM_DATA);
}

/// Fetches `url` and renders it; a newer load or an unmount makes this one a no-op.
pub(crate) fn load_src(shared: &Shared, url: String) {
    let (controller, generation) = {
        let mut inst = shared.borrow_mut();
        inst.cancel_fetch();
        inst.generation += 1;
        let controller = AbortController::new().ok();
        inst.fetch = controller.clone();
        inst.state.try_set(WidgetState::Loading);
        (controller, inst.generation)
    };
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_document(&url, controller.as_ref()).await;
        if shared.borrow().generation != generation {
            return;
        }
        shared.borrow_mut().fetch = None;
        let origin = format!("\"{url}\"");
        apply(&shared, result, &origin);
    });
}
