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
    /// What it does, in one or two sentences (README, types, editor tooltips).
    pub doc: &'static str,
}

impl Attribute {
    /// The name `mount()` options and properties use.
    pub fn option_name(&self) -> &'static str {
        self.property.unwrap_or(self.name)
    }
}

/// JS properties without an attribute (objects cannot be attributes).
pub const OBJECT_PROPERTIES: &[(&str, &str)] = &[
    (
        "data",
        "a document as a JS object; wins over `src`; a value set before the element upgrades is kept",
    ),
    (
        "related",
        "related stories as a JS object (same formats as `related-src`)",
    ),
];

/// Every attribute, in the order the documentation lists them.
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "src",
        property: Some("src"),
        kind: Kind::Text,
        applies: Applies::Source,
        doc: "URL of a document (native format, schema.org JSON-LD, WordPress REST post, or JSON Feed); fetched, re-fetched when it changes; a late answer for an old `src` is ignored",
    },
    Attribute {
        name: "related-src",
        property: Some("relatedSrc"),
        kind: Kind::Text,
        applies: Applies::Source,
        doc: "URL of related stories (JSON Feed, WordPress collection or native document); they replace the document's own `related`",
    },
    Attribute {
        name: "format",
        property: Some("format"),
        kind: Kind::Choice(&["native", "jsonld", "wordpress", "jsonfeed"]),
        applies: Applies::Source,
        doc: "how to read `src`/`data` (detected from content when absent)",
    },
    Attribute {
        name: "theme",
        property: Some("theme"),
        kind: Kind::Choice(&["light", "dark", "auto"]),
        applies: Applies::Style,
        doc: "`light` (default), `dark`, or `auto` (follows `prefers-color-scheme`)",
    },
    Attribute {
        name: "timeout",
        property: Some("timeout"),
        kind: Kind::Number,
        applies: Applies::Source,
        doc: "fetch timeout in milliseconds (default 10000, at least 100)",
    },
    Attribute {
        name: "heading-level",
        property: Some("headingLevel"),
        kind: Kind::Number,
        applies: Applies::Article,
        doc: "level of the headline, `1`–`6` (default `1`); section titles and body headings follow below it",
    },
    Attribute {
        name: "lang",
        property: None,
        kind: Kind::Text,
        applies: Applies::Article,
        doc: "BCP 47 language overriding the article's (dates, `lang` attribute)",
    },
    Attribute {
        name: "loop",
        property: Some("loop"),
        kind: Kind::Boolean,
        applies: Applies::Carousel,
        doc: "the carousel wraps from the last photo to the first (off by default)",
    },
    Attribute {
        name: "autoplay",
        property: Some("autoplay"),
        kind: Kind::Boolean,
        applies: Applies::Carousel,
        doc: "the carousel rotates by itself, with a pause/play control; it holds while hovered or focused, in a background tab and when scrolled out of view, and never runs under `prefers-reduced-motion`",
    },
    Attribute {
        name: "autoplay-interval",
        property: Some("autoplayInterval"),
        kind: Kind::Number,
        applies: Applies::Carousel,
        doc: "milliseconds per photo while rotating (default 6000, at least 1000)",
    },
    Attribute {
        name: "start",
        property: Some("start"),
        kind: Kind::Number,
        applies: Applies::Carousel,
        doc: "photo shown first, counted from 1 (a later change moves the carousel there)",
    },
    Attribute {
        name: "layout",
        property: Some("layout"),
        kind: Kind::Choice(&["grid", "list"]),
        applies: Applies::Related,
        doc: "related cards as `grid` (default: 1–4 columns by the widget's own width) or `list` (compact rows with a small thumbnail)",
    },
    Attribute {
        name: "link-target",
        property: Some("linkTarget"),
        kind: Kind::Text,
        applies: Applies::Related,
        doc: "`target` of card links, e.g. `_blank` (`rel` always includes `noopener`)",
    },
    Attribute {
        name: "noreferrer",
        property: Some("noreferrer"),
        kind: Kind::Boolean,
        applies: Applies::Related,
        doc: "add `noreferrer` to card links",
    },
];

/// The attribute called `name`.
pub fn attribute(name: &str) -> Option<&'static Attribute> {
    ATTRIBUTES.iter().find(|a| a.name == name)
}
