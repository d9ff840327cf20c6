//! Embedded items' markup as data, drawn by one small view of our own: in the browser it
//! builds the elements with the DOM calls the renderer already imports, and writes them as
//! escaped HTML on a server. Written with `view!`, each distinct element and attribute set
//! of these few items was code of its own (measured: +9.9 KB brotli for the core; +7.2 KB
//! through Leptos's erased attributes), which a facade that is "small" cannot cost. Text
//! is always text and attribute values are only ever set as values: nothing here is
//! parsed as HTML.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::Rndr;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;

use crate::browser::EventListener;

/// One element: its tag, its attributes (an empty value is a boolean attribute that is
/// on), its children, and what a click on it turns it into (a facade's player).
#[derive(Debug, Clone)]
pub struct El {
    tag: &'static str,
    attrs: Vec<(&'static str, String)>,
    kids: Vec<Kid>,
    becomes: Option<Box<El>>,
}

/// A child: an element or a run of text.
#[derive(Debug, Clone)]
enum Kid {
    El(El),
    Text(String),
}

/// Elements that have no children and no end tag.
#[cfg(server_render)]
const VOID: &[&str] = &["img", "source", "track"];

/// Starts an element.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attrs: Vec::new(),
        kids: Vec::new(),
        becomes: None,
    }
}

impl El {
    /// Adds an attribute.
    pub fn at(mut self, name: &'static str, value: &str) -> El {
        self.attrs.push((name, value.to_owned()));
        self
    }

    /// Adds an attribute when there is a value.
    pub fn maybe(self, name: &'static str, value: Option<&str>) -> El {
        match value {
            Some(v) => self.at(name, v),
            None => self,
        }
    }

    /// Adds a child element.
    pub fn kid(mut self, kid: El) -> El {
        self.kids.push(Kid::El(kid));
        self
    }

    /// Adds a child element when there is one.
    pub fn maybe_kid(self, kid: Option<El>) -> El {
        match kid {
            Some(k) => self.kid(k),
            None => self,
        }
    }

    /// Adds text.
    pub fn text(mut self, text: &str) -> El {
        self.kids.push(Kid::Text(text.to_owned()));
        self
    }

    /// A click on this element (in the browser) replaces it with `other`, which gets
    /// the focus.
    pub fn becomes(mut self, other: El) -> El {
        self.becomes = Some(Box::new(other));
        self
    }

    /// The element in the DOM, with its children; click swaps are wired into `listeners`.
    fn build_dom(self, listeners: &Rc<RefCell<Vec<EventListener>>>) -> Element {
        let node = Rndr::create_element(self.tag, None);
        for (name, value) in &self.attrs {
            Rndr::set_attribute(&node, name, value);
        }
        for kid in self.kids {
            let child: Node = match kid {
                Kid::El(e) => e.build_dom(listeners).into(),
                Kid::Text(t) => Rndr::create_text_node(&t).into(),
            };
            Rndr::insert_node(&node, &child, None);
        }
        if let Some(other) = self.becomes {
            let other = RefCell::new(Some(*other));
            let all = listeners.clone();
            let target = node.clone();
            let listener = EventListener::new(&node, "click", move |_| {
                let (Some(other), Some(parent)) = (other.take(), target.parent_node()) else {
                    return;
                };
                let swapped = other.build_dom(&all);
                let _ = parent.replace_child(&swapped, &target);
                if let Some(swapped) = swapped.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = swapped.focus();
                }
            });
            listeners.borrow_mut().push(listener);
        }
        node
    }

    /// The element as HTML: names are ours, values and text escaped.
    #[cfg(server_render)]
    fn write(&self, buf: &mut String) {
        use crate::html::escape;
        buf.push('<');
        buf.push_str(self.tag);
        for (name, value) in &self.attrs {
            buf.push(' ');
            buf.push_str(name);
            buf.push_str("=\"");
            buf.push_str(&escape(value));
            buf.push('"');
        }
        buf.push('>');
        if VOID.contains(&self.tag) {
            return;
        }
        for kid in &self.kids {
            match kid {
                Kid::El(e) => e.write(buf),
                Kid::Text(t) => buf.push_str(&escape(t)),
            }
        }
        buf.push_str("</");
        buf.push_str(self.tag);
        buf.push('>');
    }
}

/// An embedded item's elements as a view.
#[derive(Debug, Clone)]
pub struct Markup(pub El);

/// The mounted elements, and the listeners that live as long as they do.
pub struct MarkupState {
    root: Element,
    _listeners: Rc<RefCell<Vec<EventListener>>>,
}

impl Render for Markup {
    type State = MarkupState;

    fn build(self) -> Self::State {
        let listeners = Rc::new(RefCell::new(Vec::new()));
        let root = self.0.build_dom(&listeners);
        MarkupState {
            root,
            _listeners: listeners,
        }
    }

    // An embed's block never changes in place: a new document renders the article anew.
    fn rebuild(self, state: &mut Self::State) {
        let parent = state.root.parent_node();
        let fresh = self.build();
        if let Some(parent) = parent {
            let _ = parent.replace_child(&fresh.root, &state.root);
        }
        *state = fresh;
    }
}

impl Mountable for MarkupState {
    fn unmount(&mut self) {
        Rndr::remove(&self.root);
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        Rndr::insert_node(parent, &self.root, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.root.parent_element() {
            Some(parent) => {
                child.mount(&parent, Some(&self.root));
                true
            }
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        vec![self.root.clone()]
    }
}

impl AddAnyAttr for Markup {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self {
        self
    }
}

impl RenderHtml for Markup {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        #[cfg(server_render)]
        self.0.write(buf);
        #[cfg(not(server_render))]
        let _ = buf;
    }

    /// Server markup is never hydrated (the widget renders its own tree and swaps it
    /// in): the elements are built anew.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> Self::State {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
