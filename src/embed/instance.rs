//! One mounted widget: its shadow root, its Leptos tree and the signals the embed layer
//! sets, and its loads. [`Shared`] is the handle that fetch completions, DOM callbacks,
//! the element and `mount()`'s handle all hold.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use super::load::Load;
use super::shadow::open_shadow_root;
use super::shown::Shown;
use super::takeover;
use crate::adapters::Format;
use crate::browser::intl;
use crate::browser::schedule::{next_task, sleep};
use crate::components::{PageDone, Props, Stages, Widget, WidgetState};
use crate::model::{RelatedSection, SafeUrl};
use crate::options::WidgetOptions;

/// A live widget.
pub(crate) struct Instance {
    pub(super) host: HtmlElement,
    shadow: ShadowRoot,
    container: HtmlElement,
    /// The server's rendering, shown until this widget has its document to replace it.
    rendering: Option<Element>,
    /// The off-screen build's stages, when there is a server's rendering to take over.
    stages: Option<Stages>,
    /// What waits for the swap (announcing the document, settling `settled()`), while
    /// the off-screen build is under way.
    after_swap: Option<Vec<Box<dyn FnOnce()>>>,
    pub(super) state: RwSignal<WidgetState>,
    pub(super) props: Props,
    /// The sections shown below the article.
    pub(super) related: RwSignal<Vec<RelatedSection>>,
    /// Dropping it unmounts the Leptos tree and disposes its reactive owner.
    mount: Option<Box<dyn Any>>,
    /// The options in effect (the props signals show them to the components).
    pub(super) options: WidgetOptions,
    /// Loads of the document (`src`, `data`, inline JSON).
    pub(super) document: Load,
    /// The last `src` requested, for Retry.
    pub(super) src: Option<String>,
    /// Loads of the related list (`related-src`, `related`).
    pub(super) related_load: Load,
    /// Sections from `related-src` or the `related` property; they replace the
    /// document's own `related`.
    pub(super) related_override: Option<Vec<RelatedSection>>,
    /// Resolvers of `handle.settled()` promises: called once the loading state ends
    /// (a document or its error panel shows) or the widget is unmounted.
    waiters: Vec<js_sys::Function>,
}

/// What the widget's own controls ask of the embed layer: Retry after a failed request,
/// and the next page of related cards.
#[derive(Clone, Copy)]
pub(crate) struct Hooks {
    pub retry: fn(&Shared),
    pub load_page: fn(&Shared, SafeUrl, PageDone),
}

/// The handle every part of the embed layer holds on one widget.
#[derive(Clone)]
pub(crate) struct Shared(pub(super) Rc<RefCell<Instance>>);

impl Shared {
    /// Mounts a widget into `host`'s open shadow root. With `initial` data the first
    /// render already shows it (no loading flash, DOM committed when this returns);
    /// without, the widget shows its loading state until a load finishes. A server's
    /// rendering in the shadow root stays on screen until [`Shared::take_over`]; the
    /// live tree is then built a part per task, as it is with `in_parts`.
    pub(crate) fn mount(
        host: HtmlElement,
        options: &WidgetOptions,
        first: Shown,
        hooks: Hooks,
        in_parts: bool,
    ) -> Result<Shared, JsValue> {
        // The server's rendering, and the photo its strip shows, read before the widget's
        // stylesheet is adopted: reading a scroll position after it would restyle the
        // whole rendering first.
        let rendering = host
            .shadow_root()
            .and_then(|s| takeover::server_rendering(&s));
        let mut options = options.clone();
        if let Some(rendering) = &rendering {
            options.carousel.start = takeover::scrolled_photo(rendering);
        }
        let shadow = open_shadow_root(&host)?;
        let document = host.owner_document().ok_or("element has no document")?;
        let container: HtmlElement = document.create_element("div")?.unchecked_into();
        container.set_class_name("rw-mount");
        // Built off-screen and swapped in by `take_over`, or shown from the start.
        if rendering.is_none() {
            shadow.append_child(&container)?;
        }
        let in_stages = rendering.is_some() || in_parts;
        let signals = Rc::new(Cell::new(None));
        let out = signals.clone();
        // Retry and "Load more" need the instance, which exists only after mounting.
        let this: Rc<RefCell<Weak<RefCell<Instance>>>> = Rc::default();
        let (for_retry, for_pages) = (this.clone(), this.clone());
        let widget_options = options.clone();
        let handle = leptos::mount::mount_to(container.clone(), move || {
            // Built off-screen a part per task; the swap waits until it is whole (the
            // server's HTML holds every paragraph and card: the swap may not show fewer).
            let stages = in_stages.then(Stages::new);
            if let Some(stages) = stages {
                provide_context(stages);
            }
            let state = RwSignal::new(first.state);
            let props = Props::new(&widget_options);
            let related = RwSignal::new(first.related);
            out.set(Some((state, props, related, stages)));
            // Created inside the mount so the widget's owner frees them on unmount.
            let retry = UnsyncCallback::new(move |()| {
                if let Some(shared) = upgrade(&for_retry) {
                    (hooks.retry)(&shared);
                }
            });
            let load_more = UnsyncCallback::new(move |(url, done): (SafeUrl, PageDone)| {
                if let Some(shared) = upgrade(&for_pages) {
                    (hooks.load_page)(&shared, url, done);
                }
            });
            view! { <Widget state=state props=props related=related load_more=load_more on_retry=retry /> }
        });
        let (state, props, related, stages) = signals.take().ok_or("widget did not mount")?;
        let shared = Shared(Rc::new(RefCell::new(Instance {
            host,
            shadow,
            container,
            rendering,
            stages,
            after_swap: None,
            state,
            props,
            related,
            mount: Some(Box::new(handle)),
            options,
            document: Load::default(),
            src: None,
            related_load: Load::default(),
            related_override: None,
            waiters: Vec::new(),
        })));
        *this.borrow_mut() = Rc::downgrade(&shared.0);
        Ok(shared)
    }

    /// Puts the live widget where the server's rendering was, then runs `then`: called
    /// when the widget first shows its document or error panel. With a server's rendering
    /// the live widget is first built off-screen a part per task (see
    /// [`crate::components::staged`]) and swapped in once whole, in one short task;
    /// without one (or once done) `then` runs at once.
    pub(crate) fn take_over(&self, then: impl FnOnce() + 'static) {
        let stages = {
            let mut inst = self.0.borrow_mut();
            if let Some(waiting) = &mut inst.after_swap {
                waiting.push(Box::new(then));
                return;
            }
            match inst.stages.filter(|s| !s.finished()) {
                Some(stages) => {
                    inst.after_swap = Some(vec![Box::new(then)]);
                    stages
                }
                None => {
                    drop(inst);
                    self.swap();
                    then();
                    return;
                }
            }
        };
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // The page's first `Intl` formatter costs more than any part (ICU's data):
            // a task of its own, before the parts that write dates and lists.
            next_task().await;
            intl::warm_up();
            loop {
                // A stage per task; then the lists growing a chunk per tick are waited for.
                if stages.all_reached() {
                    sleep(16).await;
                } else {
                    next_task().await;
                }
                if this.unmounted() {
                    return;
                }
                if stages.advance() {
                    break;
                }
            }
            stages.finish();
            this.swap();
            let waiting = this.0.borrow_mut().after_swap.take();
            for then in waiting.into_iter().flatten() {
                then();
            }
        });
    }

    /// Replaces the server's rendering with the live widget (a no-op once done).
    fn swap(&self) {
        let mut inst = self.0.borrow_mut();
        if let Some(rendering) = inst.rendering.take() {
            takeover::swap(&inst.shadow, &rendering, &inst.container);
        }
    }

    /// Unmounts the tree, cancels every load and leaves the shadow root empty.
    pub(crate) fn unmount(&self) {
        let mut inst = self.0.borrow_mut();
        inst.document.cancel();
        inst.related_load.cancel();
        inst.mount.take();
        let _ = inst.shadow.remove_child(&inst.container);
        inst.resolve_waiters();
    }

    /// Whether both handles are the same widget.
    pub(crate) fn is(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Whether this widget renders into `host`.
    pub(crate) fn is_on(&self, host: &HtmlElement) -> bool {
        self.0.borrow().host.is_same_node(Some(host))
    }

    /// The element this widget renders into.
    pub(crate) fn host(&self) -> HtmlElement {
        self.0.borrow().host.clone()
    }

    /// True once unmounted: loads and events of a dead widget are ignored.
    pub(crate) fn unmounted(&self) -> bool {
        self.0.borrow().mount.is_none()
    }

    /// True until the first document (or its error panel) is on screen.
    pub(crate) fn is_loading(&self) -> bool {
        self.0
            .borrow()
            .state
            .try_with_untracked(|s| matches!(s, WidgetState::Loading))
            .unwrap_or(false)
    }

    /// A promise that resolves when the loading state ends (at once if it has).
    pub(crate) fn settled(&self) -> js_sys::Promise {
        let building = self.0.borrow().after_swap.is_some();
        if (!self.is_loading() && !building) || self.unmounted() {
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        }
        let mut inst = self.0.borrow_mut();
        let waiters = &mut inst.waiters;
        js_sys::Promise::new(&mut |resolve, _| waiters.push(resolve))
    }

    /// Applies new options: each part of the widget sees only the group it reads, so
    /// a change rebuilds nothing that does not show it.
    pub(crate) fn set_options(&self, options: &WidgetOptions) {
        {
            let mut inst = self.0.borrow_mut();
            inst.options = options.clone();
            inst.props.set(options);
        }
        // A new language may need its texts fetched.
        self.ensure_texts();
    }

    /// Applies options read again from the element's attributes; what attributes do not
    /// hold (the page's language, the host's `strings`) stays as it is.
    pub(crate) fn update_attributes(&self, attributes: &WidgetOptions) {
        let mut options = attributes.clone();
        {
            let inst = self.0.borrow();
            options.article.page_lang = inst.options.article.page_lang.clone();
            options.article.strings = inst.options.article.strings.clone();
        }
        self.set_options(&options);
    }

    /// The host's own wording (`strings`) from now on.
    pub(crate) fn set_strings(&self, strings: Vec<(String, String)>) {
        let mut options = self.0.borrow().options.clone();
        options.article.strings = strings;
        self.set_options(&options);
    }

    /// How `src` and `data` are read (the `format` option).
    pub(crate) fn format(&self) -> Option<Format> {
        self.0
            .borrow()
            .options
            .source
            .format
            .as_deref()
            .and_then(Format::from_name)
    }

    /// Shows `state` (the signal is gone only after unmount, when nothing shows).
    pub(super) fn show(&self, state: WidgetState) {
        self.0.borrow().state.try_set(state);
    }

    /// Resolves the `settled()` promises: the loading state is over.
    pub(super) fn settle(&self) {
        self.0.borrow_mut().resolve_waiters();
    }
}

impl Instance {
    fn resolve_waiters(&mut self) {
        for resolve in self.waiters.drain(..) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    }
}

fn upgrade(this: &Rc<RefCell<Weak<RefCell<Instance>>>>) -> Option<Shared> {
    this.borrow().upgrade().map(Shared)
}
