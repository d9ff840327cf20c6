//! The text of an element that holds nothing else (a paragraph, a link, a date), set as
//! the element's `textContent`: one crossing from wasm where a text child costs two
//! (create the node, insert it), and an empty element a comment marker. On the server it
//! is the same text, escaped. It never reaches an HTML parser in the browser.

use std::cell::OnceCell;

use leptos::either::Either;
use leptos::prelude::{AnyView, View};
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::element::{ElementChild, HtmlElement};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;

/// An element holding text only.
pub type WithText<E, At> = <HtmlElement<E, At, ()> as ElementChild<TextContent>>::Output;
/// An element holding other views.
pub type WithNodes<E, At> = <HtmlElement<E, At, ()> as ElementChild<AnyView>>::Output;

/// What an element shows: one run of text (the common case) or other views.
pub enum Content {
    /// Plain text, set as the element's `textContent`.
    Text(String),
    /// Anything else (a link, marked-up text).
    Nodes(AnyView),
}

impl Content {
    /// `el` (written with no children) showing this content.
    pub fn fill<E, At>(
        self,
        el: View<HtmlElement<E, At, ()>>,
    ) -> Either<WithText<E, At>, WithNodes<E, At>>
    where
        HtmlElement<E, At, ()>: ElementChild<TextContent> + ElementChild<AnyView>,
    {
        let el = el.into_inner();
        match self {
            Content::Text(text) => Either::Left(el.child(TextContent(text))),
            Content::Nodes(nodes) => Either::Right(el.child(nodes)),
        }
    }
}

/// `el` (written with no children) holding `text` and nothing else.
pub fn with_text<E, At>(
    el: View<HtmlElement<E, At, ()>>,
    text: impl Into<String>,
) -> WithText<E, At>
where
    HtmlElement<E, At, ()>: ElementChild<TextContent>,
{
    el.into_inner().child(TextContent(text.into()))
}

/// `el` (written with no children) holding nothing: an element without children would
/// still get a comment marker.
pub fn empty<E, At>(el: View<HtmlElement<E, At, ()>>) -> WithText<E, At>
where
    HtmlElement<E, At, ()>: ElementChild<TextContent>,
{
    with_text(el, String::new())
}

/// The whole content of its element, as text. Only [`Content::fill`] and [`with_text`]
/// make one, so it is always its element's only child.
#[derive(Debug, Clone)]
pub struct TextContent(String);

/// A mounted [`TextContent`]: its element, and its text node once something needs it.
pub struct TextContentState {
    text: String,
    parent: Option<Element>,
    node: OnceCell<Node>,
}

impl TextContentState {
    /// The text node `textContent` made; fetched (one crossing) only when it is moved or
    /// removed, which static content never is. The element holds no other node until
    /// something is inserted before this one, and that asks for it first.
    fn node(&self) -> Option<&Node> {
        let parent = self.parent.as_ref()?;
        if let Some(node) = self.node.get() {
            return Some(node);
        }
        let node = parent.first_child()?;
        Some(self.node.get_or_init(|| node))
    }
}

impl Render for TextContent {
    type State = TextContentState;

    fn build(self) -> Self::State {
        TextContentState {
            text: self.0,
            parent: None,
            node: OnceCell::new(),
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        if self.0 != state.text {
            match state.node.get() {
                Some(node) => node.set_text_content(Some(&self.0)),
                None => {
                    if let Some(parent) = &state.parent {
                        parent.set_text_content(Some(&self.0));
                    }
                }
            }
            state.text = self.0;
        }
    }
}

impl Mountable for TextContentState {
    fn unmount(&mut self) {
        if let Some(node) = self.node() {
            node.unchecked_ref::<web_sys::CharacterData>().remove();
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match self.node.get() {
            // Mounted again after an unmount: put the same node back.
            Some(node) => {
                let _ = parent.insert_before(node, marker);
            }
            // A new element is empty already: no text, no call.
            None if self.text.is_empty() => {}
            None => parent.set_text_content(Some(&self.text)),
        }
        self.parent = Some(parent.clone());
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match (self.parent.as_ref(), self.node()) {
            (Some(parent), Some(node)) => {
                child.mount(parent, Some(node));
                true
            }
            _ => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        Vec::new()
    }
}

impl AddAnyAttr for TextContent {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self {
        self
    }
}

impl RenderHtml for TextContent {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        if !self.0.is_empty() {
            self.0
                .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
        }
    }

    /// Server markup is never hydrated (the widget renders its own tree and swaps it
    /// in), so this only keeps the cursor where a text would leave it.
    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        let text = self.0.clone();
        let _ = self.0.hydrate::<FROM_SERVER>(cursor, position);
        TextContentState {
            text,
            parent: None,
            node: OnceCell::new(),
        }
    }

    fn into_owned(self) -> Self {
        self
    }
}
