//! The text of an element that holds nothing else (a paragraph, a link, a date), set as
//! the element's `textContent`: one crossing from wasm where a text child costs two
//! (create the node, insert it), and an empty element a comment marker. On the server it
//! is the same text, escaped. It never reaches an HTML parser in the browser.

use leptos::either::Either;
use leptos::prelude::{AnyView, View};
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::element::{ElementChild, HtmlElement};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};

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

/// A mounted [`TextContent`]: its text and the element holding it.
pub struct TextContentState {
    text: String,
    parent: Option<Element>,
}

impl Render for TextContent {
    type State = TextContentState;

    fn build(self) -> Self::State {
        TextContentState {
            text: self.0,
            parent: None,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        if self.0 != state.text {
            if let Some(parent) = &state.parent {
                parent.set_text_content(Some(&self.0));
            }
            state.text = self.0;
        }
    }
}

/// Being its element's only child, the text is the element's whole content: mounting
/// sets it, unmounting clears it, and nothing is ever inserted beside it.
impl Mountable for TextContentState {
    fn unmount(&mut self) {
        if let Some(parent) = &self.parent {
            parent.set_text_content(None);
        }
    }

    fn mount(&mut self, parent: &Element, _marker: Option<&Node>) {
        // A new element is empty already: no text, no call.
        if !self.text.is_empty() {
            parent.set_text_content(Some(&self.text));
        }
        self.parent = Some(parent.clone());
    }

    fn insert_before_this(&self, _child: &mut dyn Mountable) -> bool {
        false
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
        TextContentState { text, parent: None }
    }

    fn into_owned(self) -> Self {
        self
    }
}
