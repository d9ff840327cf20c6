//! JSON → [`Document`], collecting every problem with its path.
//!
//! Fatal (nothing renders, the error panel lists them): the text is not JSON, the top
//! level is not an object, `version` is not 1, `article` is missing or not an object,
//! `headline` is missing, empty or not a string.
//!
//! Everything else drops only what is wrong and warns: a field of the wrong type or an
//! unsafe URL is ignored; a media item without a usable `src`, a byline without a name, a
//! body block of unknown type or without text, a card without a safe `url` or a title is
//! dropped; lists longer than [`MAX_LIST_ITEMS`] are cut; unknown fields are reported and
//! ignored; a missing `version` is read as 1.
//!
//! A caption that ends in a parenthesised credit ("… (Jane Roe / Example Daily)") with
//! no `credit` field is split into caption and credit (rule in
//! [`crate::adapters::split_credit`]).
//!
//! Card titles and teasers come from CMS feeds that often leave HTML entities in plain
//! text: they are decoded (`&#8217;` → ’), and a teaser's trailing "Continue reading"
//! boilerplate is removed (the card title is already the link).

use super::caption_credit::split_credit;
use super::diagnostics::{Diagnostics, field, index};
use super::json::Json;
use super::limits::MAX_LIST_ITEMS;
use super::time::Timestamp;
use super::types::*;
use super::url::{SafeUrl, SrcSet};
use crate::logic::teaser::clean_teaser;
use crate::richtext::{Inline, decode_entities, parse_inline, text_of};

/// The field names the decoder reads, per object; any other key is reported as
/// unknown. Public so the JSON Schema can be checked against them.
pub mod fields {
    /// Top level.
    pub const DOCUMENT: &[&str] = &["version", "article", "related"];
    /// `article`.
    pub const ARTICLE: &[&str] = &[
        "headline",
        "deck",
        "section",
        "url",
        "lang",
        "dir",
        "bylines",
        "published",
        "updated",
        "dateline",
        "media",
        "body",
        "contributors",
    ];
    /// `article.bylines[]` (when not a bare string).
    pub const BYLINE: &[&str] = &["name", "role", "url"];
    /// `article.media[]` and card images.
    pub const MEDIA: &[&str] = &[
        "src", "width", "height", "alt", "caption", "credit", "srcset",
    ];
    /// Body blocks by `type`.
    pub const BLOCKS: &[(&str, &[&str])] = &[
        ("paragraph", &["type", "text", "html"]),
        ("heading", &["type", "text"]),
        ("quote", &["type", "text", "cite"]),
        ("list", &["type", "ordered", "items"]),
        ("separator", &["type"]),
    ];
    /// `related[]`.
    pub const SECTION: &[&str] = &["title", "items", "next_url"];
    /// `related[].items[]`.
    pub const ITEM: &[&str] = &["url", "title", "teaser", "image", "published", "section"];
}

/// The outcome of decoding: a document (possibly with warnings) or the fatal problems.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// `None` when a fatal problem was found.
    pub document: Option<Document>,
    /// Every problem found, fatal and warnings, in document order.
    pub diagnostics: Diagnostics,
}

/// Decodes a parsed JSON value of the native format.
pub fn decode(root: &Json) -> Decoded {
    SlicedDecode::new(root).finish()
}

/// A native document decoded a slice of body blocks at a time, so the browser can paint
/// and answer input between slices of a very long article. [`decode`] is this run to the
/// end at once: both give the same document and the same problems in the same order.
pub struct SlicedDecode<'a> {
    /// Everything but the body, with the problems found outside it.
    head: Option<Document>,
    diagnostics: Diagnostics,
    /// Where in `diagnostics` the body's problems belong (document order).
    body_at: usize,
    pending: Vec<(String, &'a Json)>,
    next: usize,
    body: Vec<Block>,
    body_diagnostics: Diagnostics,
}

impl<'a> SlicedDecode<'a> {
    /// Decodes everything except the body blocks, which wait for [`Self::step`].
    pub fn new(root: &'a Json) -> Self {
        let mut d = Diagnostics::default();
        let mut slot = None;
        let head = decode_document(root, &mut d, &mut slot);
        let (pending, body_at) = slot.unwrap_or_else(|| (Vec::new(), d.len()));
        SlicedDecode {
            head,
            diagnostics: d,
            body_at,
            pending,
            next: 0,
            body: Vec::new(),
            body_diagnostics: Diagnostics::default(),
        }
    }

    /// Body blocks not decoded yet.
    pub fn remaining(&self) -> usize {
        self.pending.len() - self.next
    }

    /// Decodes up to `blocks` more body blocks; true once the body is complete.
    pub fn step(&mut self, blocks: usize) -> bool {
        let end = self.next.saturating_add(blocks).min(self.pending.len());
        for (path, value) in &self.pending[self.next..end] {
            if let Some(block) = decode_block(value, path, &mut self.body_diagnostics) {
                self.body.push(block);
            }
        }
        self.next = end;
        self.remaining() == 0
    }

    /// Decodes whatever is left and puts the document together.
    pub fn finish(mut self) -> Decoded {
        self.step(usize::MAX);
        let mut d = self.diagnostics;
        d.insert_all(self.body_at, self.body_diagnostics);
        let document = self.head.map(|mut doc| {
            doc.article.body = self.body;
            doc
        });
        Decoded {
            document: if d.has_fatal() { None } else { document },
            diagnostics: d,
        }
    }
}

/// The body blocks set aside by [`decode_article`] (with their paths), and how many
/// problems had been found before them.
type BodySlot<'a> = Option<(Vec<(String, &'a Json)>, usize)>;

/// Parses and decodes JSON text; a parse failure is one fatal diagnostic.
pub fn decode_str(text: &str) -> Decoded {
    match super::json::parse_str(text) {
        Ok(json) => decode(&json),
        Err(message) => not_json(message),
    }
}

/// The result for text that could not be parsed at all.
pub fn not_json(message: String) -> Decoded {
    let mut d = Diagnostics::default();
    d.fatal("", message);
    Decoded {
        document: None,
        diagnostics: d,
    }
}

/// A JSON object being read: remembers which keys were used to report the others.
struct Obj<'a> {
    fields: &'a [(String, Json)],
    path: String,
    known: &'static [&'static str],
}

impl<'a> Obj<'a> {
    /// Wraps `value` if it is an object; otherwise reports what it was.
    fn new(
        value: &'a Json,
        path: &str,
        known: &'static [&'static str],
        d: &mut Diagnostics,
        fatal: bool,
    ) -> Option<Obj<'a>> {
        match value {
            Json::Object(fields) => {
                let obj = Obj {
                    fields,
                    path: path.to_owned(),
                    known,
                };
                obj.report_unknown(d);
                Some(obj)
            }
            other => {
                let msg = format!("expected an object, found {}", other.kind());
                if fatal {
                    d.fatal(path, msg)
                } else {
                    d.warn(path, format!("{msg}; dropped"))
                }
                None
            }
        }
    }

    fn report_unknown(&self, d: &mut Diagnostics) {
        for (key, _) in self.fields {
            if !self.known.contains(&key.as_str()) {
                d.warn(&field(&self.path, key), "unknown field, ignored");
            }
        }
    }

    /// The value of `key` (last duplicate wins); `null` counts as absent.
    fn get(&self, key: &str) -> Option<&'a Json> {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Json::Null))
    }

    fn path(&self, key: &str) -> String {
        field(&self.path, key)
    }

    /// An optional text field; blank text counts as absent.
    fn string(&self, key: &str, d: &mut Diagnostics) -> Option<String> {
        match self.get(key)? {
            Json::String(s) => non_blank(s),
            other => {
                d.warn(&self.path(key), expected("a string", other));
                None
            }
        }
    }

    fn url(&self, key: &str, d: &mut Diagnostics) -> Option<SafeUrl> {
        let raw = self.string(key, d)?;
        SafeUrl::parse(&raw)
            .map_err(|e| d.warn(&self.path(key), format!("{e}; ignored")))
            .ok()
    }

    fn timestamp(&self, key: &str, d: &mut Diagnostics) -> Option<Timestamp> {
        let raw = self.string(key, d)?;
        Timestamp::parse(&raw)
            .map_err(|e| d.warn(&self.path(key), format!("{e}; ignored")))
            .ok()
    }

    fn u32(&self, key: &str, d: &mut Diagnostics) -> Option<u32> {
        match self.get(key)? {
            Json::Number(n) if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(u32::MAX) => {
                Some(*n as u32)
            }
            other => {
                d.warn(&self.path(key), expected("a positive whole number", other));
                None
            }
        }
    }

    fn bool(&self, key: &str, d: &mut Diagnostics) -> Option<bool> {
        match self.get(key)? {
            Json::Bool(b) => Some(*b),
            other => {
                d.warn(&self.path(key), expected("true or false", other));
                None
            }
        }
    }

    /// The elements of an array field with their paths, capped at [`MAX_LIST_ITEMS`].
    fn array(&self, key: &str, d: &mut Diagnostics) -> Vec<(String, &'a Json)> {
        let path = self.path(key);
        match self.get(key) {
            None => Vec::new(),
            Some(Json::Array(items)) => capped(items, &path, d),
            Some(other) => {
                d.warn(&path, expected("an array", other));
                Vec::new()
            }
        }
    }
}

fn capped<'a>(items: &'a [Json], path: &str, d: &mut Diagnostics) -> Vec<(String, &'a Json)> {
    if items.len() > MAX_LIST_ITEMS {
        d.warn(
            path,
            format!(
                "{} entries; only the first {MAX_LIST_ITEMS} are shown",
                items.len()
            ),
        );
    }
    items
        .iter()
        .take(MAX_LIST_ITEMS)
        .enumerate()
        .map(|(i, v)| (index(path, i), v))
        .collect()
}

fn expected(what: &str, found: &Json) -> String {
    format!("expected {what}, found {}; ignored", found.kind())
}

fn non_blank(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_owned())
}

fn decode_document<'a>(
    root: &'a Json,
    d: &mut Diagnostics,
    body: &mut BodySlot<'a>,
) -> Option<Document> {
    let top = Obj::new(root, "", fields::DOCUMENT, d, true)?;
    match top.get("version") {
        None => d.warn("version", "missing; read as version 1"),
        Some(Json::Number(n)) if *n == f64::from(FORMAT_VERSION) => {}
        Some(Json::Number(n)) => d.fatal(
            "version",
            format!(
                "version {} is not supported; this widget reads version {FORMAT_VERSION}",
                super::json::number_text(*n)
            ),
        ),
        Some(other) => d.fatal(
            "version",
            format!("expected the number 1, found {}", other.kind()),
        ),
    }
    let article = match top.get("article") {
        Some(value) => decode_article(value, d, body),
        None => {
            d.fatal(
                "article",
                "missing: a document needs an article with a headline",
            );
            None
        }
    };
    let related = decode_related(top.get("related"), d);
    Some(Document {
        article: article?,
        related,
    })
}

fn decode_article<'a>(
    value: &'a Json,
    d: &mut Diagnostics,
    body: &mut BodySlot<'a>,
) -> Option<Article> {
    let o = Obj::new(value, "article", fields::ARTICLE, d, true)?;
    let headline = match o.get("headline") {
        Some(Json::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Json::String(_)) => {
            d.fatal(
                "article.headline",
                "is empty: every article needs a headline",
            );
            None
        }
        Some(other) => {
            d.fatal(
                "article.headline",
                format!("expected a string, found {}", other.kind()),
            );
            None
        }
        None => {
            d.fatal(
                "article.headline",
                "missing: every article needs a headline",
            );
            None
        }
    };
    let lang = o.string("lang", d).and_then(|l| {
        if is_language_tag(&l) {
            Some(l)
        } else {
            d.warn(
                "article.lang",
                format!("\"{l}\" is not a BCP 47 language tag; ignored"),
            );
            None
        }
    });
    let dir = o.string("dir", d).and_then(|s| match s.as_str() {
        "ltr" => Some(TextDir::Ltr),
        "rtl" => Some(TextDir::Rtl),
        _ => {
            d.warn("article.dir", "expected \"ltr\" or \"rtl\"; ignored");
            None
        }
    });
    let bylines = o
        .array("bylines", d)
        .into_iter()
        .filter_map(|(path, v)| decode_byline(v, &path, d))
        .collect();
    let media = o
        .array("media", d)
        .into_iter()
        .filter_map(|(path, v)| decode_media(v, &path, d))
        .collect();
    // Body blocks are decoded later, by `SlicedDecode`, in slices.
    *body = Some((o.array("body", d), d.len()));
    Some(Article {
        headline: headline?,
        deck: o.string("deck", d),
        section: o.string("section", d),
        url: o.url("url", d),
        lang,
        dir,
        bylines,
        published: o.timestamp("published", d),
        updated: o.timestamp("updated", d),
        dateline: o.string("dateline", d),
        media,
        body: Vec::new(),
        contributors: o.string("contributors", d),
    })
}

/// `xx`, `xx-YY`, `zh-Hant-TW`: letters first, then alphanumeric subtags of 1–8 (the
/// shape every format's language must have).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn decode_byline(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Byline> {
    // A bare string is a common shorthand for a name.
    if let Json::String(s) = value {
        return match non_blank(s) {
            Some(name) => Some(Byline {
                name,
                role: None,
                url: None,
            }),
            None => {
                d.warn(path, "empty byline; dropped");
                None
            }
        };
    }
    let o = Obj::new(value, path, fields::BYLINE, d, false)?;
    let Some(name) = o.string("name", d) else {
        d.warn(path, "byline without a name; dropped");
        return None;
    };
    Some(Byline {
        name: name.trim().to_owned(),
        role: o.string("role", d),
        url: o.url("url", d),
    })
}

/// Decodes one image; `None` (with a warning) when it has no usable `src`.
pub(crate) fn decode_media(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Media> {
    let o = Obj::new(value, path, fields::MEDIA, d, false)?;
    let src = match o.string("src", d) {
        Some(raw) => match SafeUrl::parse(&raw) {
            Ok(url) => url,
            Err(e) => {
                d.warn(&o.path("src"), format!("{e}; image dropped"));
                return None;
            }
        },
        None => {
            d.warn(path, "image without a src; dropped");
            return None;
        }
    };
    let srcset = o.string("srcset", d).and_then(|raw| {
        SrcSet::parse(&raw)
            .map_err(|e| d.warn(&o.path("srcset"), format!("{e}; srcset ignored")))
            .ok()
    });
    let (caption, credit) = match (o.string("caption", d), o.string("credit", d)) {
        // "… at the town hall. (Jane Roe / Example Daily)" without a credit field.
        (Some(caption), None) => match split_credit(&caption) {
            Some((caption, credit)) => (non_blank(&caption), Some(credit)),
            None => (Some(caption), None),
        },
        other => other,
    };
    Some(Media {
        src,
        width: o.u32("width", d),
        height: o.u32("height", d),
        alt: o.string("alt", d),
        caption,
        credit,
        srcset,
    })
}

fn decode_block(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let Json::Object(_) = value else {
        // A bare string is read as a plain paragraph, the most common hand-written slip.
        if let Json::String(s) = value {
            return non_blank(s).map(|text| Block::Paragraph {
                content: vec![Inline::text(text)],
            });
        }
        d.warn(
            path,
            format!("expected an object, found {}; dropped", value.kind()),
        );
        return None;
    };
    let kind = match value.get("type") {
        Some(Json::String(t)) => t.as_str(),
        Some(other) => {
            d.warn(
                &field(path, "type"),
                format!("expected a string, found {}; block dropped", other.kind()),
            );
            return None;
        }
        None => {
            d.warn(path, "block without a type; dropped");
            return None;
        }
    };
    let Some(&(_, keys)) = fields::BLOCKS.iter().find(|(name, _)| *name == kind) else {
        d.warn(
            &field(path, "type"),
            format!("unknown block type \"{kind}\" (expected paragraph, heading, quote, list or separator); block dropped"),
        );
        return None;
    };
    let o = Obj::new(value, path, keys, d, false)?;
    let required_text = |d: &mut Diagnostics| {
        let text = o.string("text", d);
        if text.is_none() {
            d.warn(path, format!("{kind} without text; dropped"));
        }
        text
    };
    match kind {
        "paragraph" => {
            let content = match (o.string("html", d), o.get("text")) {
                (Some(html), _) => parse_inline(&html),
                (None, _) => vec![Inline::text(o.string("text", d).unwrap_or_default())],
            };
            if text_of(&content).trim().is_empty() {
                d.warn(path, "paragraph without text; dropped");
                return None;
            }
            Some(Block::Paragraph { content })
        }
        "heading" => required_text(d).map(|text| Block::Heading { text }),
        "quote" => required_text(d).map(|text| Block::Quote {
            text,
            cite: o.string("cite", d),
        }),
        "list" => {
            let items: Vec<String> = o
                .array("items", d)
                .into_iter()
                .filter_map(|(p, v)| match v {
                    Json::String(s) => non_blank(s),
                    other => {
                        d.warn(&p, expected("a string", other));
                        None
                    }
                })
                .collect();
            if items.is_empty() {
                d.warn(path, "list without items; dropped");
                return None;
            }
            Some(Block::List {
                ordered: o.bool("ordered", d).unwrap_or(false),
                items,
            })
        }
        _ => Some(Block::Separator),
    }
}

/// Decodes a further page of related cards ("Load more"): a section object
/// (`{ "items": [...], "next_url": ... }`) or a whole native document (its first section).
pub fn decode_related_page(root: &Json) -> (Option<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let section = if root.get("items").is_some() {
        decode_section(root, "", &mut d)
    } else if root.get("related").is_some() {
        decode_related(root.get("related"), &mut d)
            .into_iter()
            .next()
    } else {
        d.fatal(
            "",
            "not a page of related stories (expected \"items\" or \"related\")",
        );
        None
    };
    (section, d)
}

fn decode_related(value: Option<&Json>, d: &mut Diagnostics) -> Vec<RelatedSection> {
    match value {
        None => Vec::new(),
        // A single section object is accepted as a list of one.
        Some(obj @ Json::Object(_)) => decode_section(obj, "related", d).into_iter().collect(),
        Some(Json::Array(sections)) => capped(sections, "related", d)
            .into_iter()
            .filter_map(|(path, v)| decode_section(v, &path, d))
            .collect(),
        Some(other) => {
            d.warn("related", expected("an array of sections", other));
            Vec::new()
        }
    }
}

fn decode_section(value: &Json, path: &str, d: &mut Diagnostics) -> Option<RelatedSection> {
    let o = Obj::new(value, path, fields::SECTION, d, false)?;
    let items = o
        .array("items", d)
        .into_iter()
        .filter_map(|(p, v)| decode_item(v, &p, d))
        .collect();
    Some(RelatedSection {
        title: o.string("title", d),
        items,
        next_url: o.url("next_url", d),
    })
}

fn decode_item(value: &Json, path: &str, d: &mut Diagnostics) -> Option<RelatedItem> {
    let o = Obj::new(value, path, fields::ITEM, d, false)?;
    let url = match o.string("url", d).map(|raw| SafeUrl::parse(&raw)) {
        Some(Ok(url)) => Some(url),
        Some(Err(e)) => {
            d.warn(&o.path("url"), format!("{e}; card dropped"));
            None
        }
        None => {
            d.warn(path, "card without a url; dropped");
            None
        }
    };
    // Decode first: a title of "&nbsp;" is blank to a reader.
    let title = o
        .string("title", d)
        .map(|t| decode_entities(t.trim()))
        .filter(|t| !t.trim().is_empty());
    if url.is_some() && title.is_none() {
        d.warn(path, "card without a title; dropped");
    }
    let (url, title) = (url?, title?);
    Some(RelatedItem {
        url,
        title: title.trim().to_owned(),
        image: o
            .get("image")
            .and_then(|v| decode_media(v, &o.path("image"), d)),
        teaser: o
            .string("teaser", d)
            .map(|t| clean_teaser(&decode_entities(&t)))
            .filter(|t| !t.is_empty()),
        published: o.timestamp("published", d),
        section: o.string("section", d),
    })
}
