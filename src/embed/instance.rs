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
use super::source::{self, decode_value, fetch_document};
use crate::components::{Failure, Widget, WidgetOptions, WidgetState};
use crate::model::Decoded;

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
    /// Mounts an empty (loading) widget into `host`'s open shadow root.
    pub(crate) fn mount(host: HtmlElement, options: WidgetOptions) -> Result<Shared, JsValue> {
        let shadow = open_shadow_root(&host)?;
        let document = host.owner_document().ok_or("element has no document")?;
        let container: HtmlElement = document.create_element("div")?.unchecked_into();
        container.set_class_name("rw-mount");
        shadow.append_child(&container)?;

        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        let handle = leptos::mount::mount_to(container.clone(), move || {
            let state = RwSignal::new(WidgetState::Loading);
            let options = RwSignal::new(options);
            out.set(Some((state, options)));
            view! { <Widget state=state options=options /> }
        });
        let (state, options) = signals.take().ok_or("widget did not mount")?;
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

/// Renders a decoded document or its error panel, and tells the host page about it.
pub(crate) fn apply(shared: &Shared, decoded: Decoded, origin: &str) {
    let inst = shared.borrow();
    report_diagnostics(&inst.host, decoded.diagnostics.items());
    match decoded.document {
        Some(doc) => {
            inst.state.try_set(WidgetState::Ready(Arc::new(doc)));
            dispatch(&inst.host, "reader:ready", &JsValue::from_str(origin));
        }
        None => {
            let problems = decoded.diagnostics.into_vec();
            inst.state.try_set(WidgetState::Failed(Failure {
                summary: format!("This article could not be displayed: {origin} has problems."),
                problems: problems.clone(),
            }));
            let detail = serde_wasm_bindgen::to_value(&problems).unwrap_or(JsValue::NULL);
            dispatch(&inst.host, "reader:error", &detail);
        }
    }
}

/// Renders data given as a JS value (the `data` property or `mount({ data })`).
pub(crate) fn load_value(shared: &Shared, value: &JsValue) {
    {
        let mut inst = shared.borrow_mut();
        inst.cancel_fetch();
        inst.generation += 1;
    }
    apply(shared, decode_value(value), "the data");
}

/// Renders JSON text (an inline `<script type="application/json">`).
pub(crate) fn load_text(shared: &Shared, text: &str) {
    apply(shared, source::decode_text(text), "the inline JSON");
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
