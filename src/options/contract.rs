//! The element contract in one table: every attribute of `<reader-widget>`, the property
//! that mirrors it and the `mount()` option of the same meaning. The element shell, the
//! option reader, the TypeScript types, `custom-elements.json` and the README table all
//! come from here (`tests/contract.rs` writes or checks them), so adding an attribute
//! means one row here plus its behaviour.

/// How an attribute's text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Any text (a URL, a language tag, a link target).
    Text,
    /// Present means on (an explicit `"false"` means off); the property is a boolean.
    Boolean,
    /// A whole number; the property is written as text, `mount()` takes a number.
    Number,
    /// One of a few names.
    Choice(&'static [&'static str]),
}

/// Which part of the widget an attribute changes, so a change touches only that part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applies {
    /// Where the document comes from and how it is read (a new load).
    Source,
    /// The article (headline level, language).
    Article,
    /// The photo carousel.
    Carousel,
    /// The related cards.
    Related,
    /// Styles only: the shadow stylesheet reads the host attribute, no code runs.
    Style,
    /// Read by the package's loader (`reader-widget.js`) before the module loads.
    Loader,
}

/// One attribute of the element.
#[derive(Debug, Clone, Copy)]
pub struct Attribute {
    /// The attribute name, as publishers write it (`heading-level`).
    pub name: &'static str,
    /// The mirroring property and `mount()` option (`headingLevel`); `None` where the
    /// platform already has one (`lang`).
    pub property: Option<&'static str>,
    pub kind: Kind,
    pub applies: Applies,
}

impl Attribute {
    /// The name `mount()` options and properties use.
    pub fn option_name(&self) -> &'static str {
        self.property.unwrap_or(self.name)
    }

    /// What it does, in one or two sentences (README, types, editor tooltips); native
    /// only, so the text stays out of the browser bundle.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn doc(&self) -> &'static str {
        ATTRIBUTES
            .iter()
            .position(|a| a.name == self.name)
            .map_or("", |i| DOCS[i])
    }
}

/// JS properties without an attribute (objects cannot be attributes).
pub const OBJECTS: &[&str] = &["data", "related", "strings"];

/// [`OBJECTS`] with their docs, for the generated files.
#[cfg(not(target_arch = "wasm32"))]
pub const OBJECT_PROPERTIES: &[(&str, &str)] = &[
    (
        "data",
        "a document as a JS object; wins over `src`; a value set before the element upgrades is kept",
    ),
    (
        "related",
        "related stories as a JS object (same formats as `related-src`)",
    ),
    (
        "strings",
        "the publisher's own wording for the widget's texts: an object of message keys (`ReaderStringKey` in the types; English texts in `src/i18n/messages/en.txt`) and texts, which win in every language",
    ),
];

/// Declares the table once: the rows the browser needs, and their docs for the
/// generated files (native builds only).
macro_rules! contract {
    ($({ $name:literal, $property:expr, $kind:expr, $applies:expr, $doc:literal })*) => {
        /// Every attribute, in the order the documentation lists them.
        pub const ATTRIBUTES: &[Attribute] = &[$(Attribute {
            name: $name,
            property: $property,
            kind: $kind,
            applies: $applies,
        }),*];

        #[cfg(not(target_arch = "wasm32"))]
        const DOCS: &[&str] = &[$($doc),*];
    };
}

contract! {
    { "src", Some("src"), Kind::Text, Applies::Source,
      "URL of a document (native format, schema.org JSON-LD, WordPress REST post, JSON Feed, Arc XP ANS or Apple News Format); fetched, re-fetched when it changes; a late answer for an old `src` is ignored" }
    { "related-src", Some("relatedSrc"), Kind::Text, Applies::Source,
      "URL of related stories (JSON Feed, WordPress collection or native document); they replace the document's own `related`" }
    { "format", Some("format"), Kind::Choice(&["native", "jsonld", "wordpress", "jsonfeed", "ans", "anf"]), Applies::Source,
      "how to read `src`/`data` (detected from content when absent)" }
    { "theme", Some("theme"), Kind::Choice(&["light", "dark", "auto"]), Applies::Style,
      "`light` (default), `dark`, or `auto` (follows `prefers-color-scheme`)" }
    { "timeout", Some("timeout"), Kind::Number, Applies::Source,
      "fetch timeout in milliseconds (default 10000, at least 100)" }
    { "heading-level", Some("headingLevel"), Kind::Number, Applies::Article,
      "level of the headline, `1`–`6` (default `1`); section titles and body headings follow below it" }
    { "lang", None, Kind::Text, Applies::Article,
      "BCP 47 language overriding the article's (dates, the `lang` attribute, the widget's own words); without either, the page's language (nearest `lang` around the widget), then English" }
    { "embeds", Some("embeds"), Kind::Choice(&["click", "link"]), Applies::Article,
      "embedded videos and posts: `click` (default: a light placeholder that loads YouTube's or Vimeo's player only when the reader asks; posts are cards linking to the platform) or `link` (never a frame: every embed is a link, for pages whose policy forbids frames)" }
    { "loop", Some("loop"), Kind::Boolean, Applies::Carousel,
      "the carousel wraps from the last photo to the first (off by default)" }
    { "autoplay", Some("autoplay"), Kind::Boolean, Applies::Carousel,
      "the carousel rotates by itself, with a pause/play control; it holds while hovered or focused, in a background tab and when scrolled out of view, and never runs under `prefers-reduced-motion`" }
    { "autoplay-interval", Some("autoplayInterval"), Kind::Number, Applies::Carousel,
      "milliseconds per photo while rotating (default 6000, at least 1000)" }
    { "start", Some("start"), Kind::Number, Applies::Carousel,
      "photo shown first, counted from 1 (a later change moves the carousel there)" }
    { "layout", Some("layout"), Kind::Choice(&["grid", "list"]), Applies::Related,
      "related cards as `grid` (default: 1–4 columns by the widget's own width) or `list` (compact rows with a small thumbnail)" }
    { "link-target", Some("linkTarget"), Kind::Text, Applies::Related,
      "`target` of card links, e.g. `_blank` (`rel` always includes `noopener`)" }
    { "noreferrer", Some("noreferrer"), Kind::Boolean, Applies::Related,
      "add `noreferrer` to card links" }
    { "activate", Some("activate"), Kind::Choice(&["load", "idle", "visible", "interaction"]), Applies::Loader,
      "when a server-rendered widget loads its module and comes alive: `load` (at once), `idle` (default: when the page is idle), `visible` (near the viewport) or `interaction` (first pointer, key or focus on it); ignored for widgets rendered in the browser" }
}

/// The attribute called `name`.
pub fn attribute(name: &str) -> Option<&'static Attribute> {
    ATTRIBUTES.iter().find(|a| a.name == name)
}
