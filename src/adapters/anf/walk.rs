//! The components of an ANF document, in reading order, → what the article shows.
//!
//! Containers (`container`, `section`, `chapter`, `aside`, `header`) are read through;
//! an image fill on any component is a photo. The first `title` is the headline and the
//! first `intro` the deck; `byline`/`author` text gives the bylines, except right after
//! a quote, where it is the quote's attribution (as is a second `pullquote` styled as
//! one or starting with a dash); `photographer`/`illustrator` lines are contributors. A
//! `caption` right after a picture is that picture's caption (dropped with it when the
//! picture cannot be shown; after a gallery it captions the set and is dropped);
//! elsewhere it is text. Videos, audio and social posts become their blocks (see
//! [`super::embeds`]); ads, maps and other roles are reported and dropped.

use super::embeds::{MEDIA_ROLES, media};
use super::images::Photos;
use super::text::{attribution, blocks, one_line, quote};
use crate::adapters::node::Node;
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Block, Diagnostics};

/// Deepest container nesting read.
const MAX_NESTING: usize = 16;

/// What the previous component was, for captions and attributions that refer to it.
#[derive(Debug, Clone, Copy)]
enum Last {
    Other,
    /// A single picture: its position among the photos, or `None` if it was dropped.
    Picture(Option<usize>),
    /// A gallery or mosaic.
    Set,
    /// A quote: its position in the body.
    Quote(usize),
    /// A heading: its position in the body.
    Heading(usize),
}

/// Everything gathered from the components.
pub(super) struct Walk<'a> {
    styles: Option<Node<'a>>,
    /// Body blocks in order.
    pub blocks: Vec<Block>,
    /// Photos in order.
    pub photos: Photos,
    /// The first `title` component's text.
    pub title: Option<String>,
    /// The first `intro` component's text, with its path.
    pub intro: Option<(String, String)>,
    /// Byline texts with their paths.
    pub bylines: Vec<(String, String)>,
    /// Photographer and illustrator lines.
    pub credits: Vec<String>,
    last: Last,
    /// The role of the next component at the same level, if any.
    next_role: Option<&'a str>,
    capped: bool,
}

impl<'a> Walk<'a> {
    /// Reads the `components` of `root`.
    pub fn read(root: &Node<'a>, d: &mut Diagnostics) -> Walk<'a> {
        let mut walk = Walk {
            styles: root.get("componentStyles"),
            blocks: Vec::new(),
            photos: Photos::default(),
            title: None,
            intro: None,
            bylines: Vec::new(),
            credits: Vec::new(),
            last: Last::Other,
            next_role: None,
            capped: false,
        };
        match root.get("components") {
            Some(list) => walk.components(&list, 0, d),
            None => d.warn("components", "missing: the article has no body"),
        }
        while walk.blocks.last() == Some(&Block::Separator) {
            walk.blocks.pop();
        }
        walk
    }

    fn components(&mut self, list: &Node<'a>, level: usize, d: &mut Diagnostics) {
        let all = list.array(d);
        for (i, c) in all.iter().enumerate() {
            self.next_role = all
                .get(i + 1)
                .and_then(|n| n.get("role"))
                .and_then(|r| r.as_str());
            if !c.is_object() {
                d.warn(
                    &c.path,
                    format!(
                        "expected a component object, found {}; dropped",
                        c.json.kind()
                    ),
                );
                continue;
            }
            self.component(c, level, d);
        }
    }

    fn component(&mut self, c: &Node<'a>, level: usize, d: &mut Diagnostics) {
        if let Some(fill) = self.photos.fill(c, self.styles.as_ref(), d) {
            self.last = Last::Picture(fill);
        }
        let Some(role) = c.get("role").and_then(|r| r.as_str()) else {
            d.warn(&c.key_path("role"), "component without a role; dropped");
            self.last = Last::Other;
            return;
        };
        let last = std::mem::replace(&mut self.last, Last::Other);
        match role {
            "container" | "section" | "chapter" | "aside" | "header" => {
                self.last = last;
                if let Some(children) = c.get("components") {
                    if level < MAX_NESTING {
                        self.components(&children, level + 1, d);
                    } else {
                        d.warn(&children.path, "containers nested too deep; dropped");
                    }
                }
            }
            "title" => match one_line(c, d) {
                Some(text) if self.title.is_none() => self.title = Some(text),
                Some(text) => self.block(&c.path, Block::Heading { text }, d),
                None => {}
            },
            "intro" if self.intro.is_none() => {
                self.intro = one_line(c, d).map(|t| (t, c.key_path("text")));
            }
            "byline" | "author" => self.byline(c, last, d),
            "photographer" | "illustrator" => self.credits.extend(one_line(c, d)),
            "heading" | "heading1" | "heading2" | "heading3" | "heading4" | "heading5"
            | "heading6" => {
                if let Some(text) = one_line(c, d) {
                    let at = self.blocks.len();
                    self.block(&c.path, Block::Heading { text }, d);
                    self.last = Last::Heading(at);
                }
            }
            "quote" | "pullquote" => self.quote(c, last, d),
            "caption" => self.caption(c, last, d),
            "divider" => {
                if self.blocks.last().is_some_and(|b| *b != Block::Separator) {
                    self.block(&c.path, Block::Separator, d);
                }
            }
            "photo" | "figure" | "portrait" | "image" | "logo" => {
                let photo = self.photos.photo(c, d);
                self.last = Last::Picture(photo.map(|m| self.photos.push(c.path.clone(), m, d)));
            }
            "gallery" | "mosaic" => {
                for item in c.get("items").map(|i| i.array(d)).unwrap_or_default() {
                    if let Some(m) = self.photos.photo(&item, d) {
                        self.photos.push(item.path.clone(), m, d);
                    }
                }
                self.last = Last::Set;
            }
            "body" | "text" | "intro" => self.text(c, d),
            r if MEDIA_ROLES.contains(&r) => match media(c, r, d) {
                Some(block) => self.block(&c.path, block, d),
                None => self.dropped(c, r, last, d),
            },
            other => self.dropped(c, other, last, d),
        }
    }

    /// An embed, ad, map … that cannot be shown; a heading right above it ("MAP
    /// HEADING") goes with it.
    fn dropped(&mut self, c: &Node, role: &str, last: Last, d: &mut Diagnostics) {
        let heading = match last {
            Last::Heading(i) if i + 1 == self.blocks.len() => self.blocks.pop(),
            _ => None,
        };
        let with = match heading {
            Some(Block::Heading { text }) => format!(" with the heading \"{text}\" above it"),
            _ => String::new(),
        };
        d.warn(
            &c.path,
            format!("\"{role}\" component cannot be shown; dropped{with}"),
        );
    }

    /// Body text: its blocks, and the pictures in it.
    fn text(&mut self, c: &Node, d: &mut Diagnostics) {
        let parts = blocks(c, d);
        for b in parts.blocks {
            self.block(&c.path, b, d);
        }
        for m in parts.media {
            self.photos.push(c.key_path("text"), m, d);
        }
    }

    /// A byline: the attribution of the quote just before it, else byline text.
    fn byline(&mut self, c: &Node, last: Last, d: &mut Diagnostics) {
        if let Last::Quote(i) = last
            && let Some(Block::Quote {
                cite: cite @ None, ..
            }) = self.blocks.get_mut(i)
        {
            *cite = attribution(c, d);
            return;
        }
        if let Some(text) = one_line(c, d) {
            self.bylines.push((c.key_path("text"), text));
        }
    }

    /// A quote, or the attribution of the quote before it (a pull quote styled
    /// "attribution" or starting with a dash).
    fn quote(&mut self, c: &Node, last: Last, d: &mut Diagnostics) {
        let styled = c
            .get("textStyle")
            .and_then(|s| s.as_str())
            .is_some_and(|s| s.to_ascii_lowercase().contains("attribution"));
        let Some((text, cite)) = quote(c, d) else {
            return;
        };
        if let Last::Quote(i) = last
            && let Some(Block::Quote {
                cite: slot @ None, ..
            }) = self.blocks.get_mut(i)
        {
            let dashed = crate::text::attribution::strip_dash(&text).map(str::to_owned);
            if styled || dashed.is_some() {
                *slot = Some(dashed.unwrap_or(text));
                return;
            }
        }
        let at = self.blocks.len();
        self.block(&c.path, Block::Quote { text, cite }, d);
        if self.blocks.len() > at {
            self.last = Last::Quote(at);
        }
    }

    /// A caption: of the picture just before it, else text. A caption followed by
    /// another is the label of that text (a sidebar's "YOU WILL NEED"), not a picture's.
    fn caption(&mut self, c: &Node, last: Last, d: &mut Diagnostics) {
        let last = if self.next_role == Some("caption") {
            Last::Other
        } else {
            last
        };
        match last {
            Last::Picture(Some(i)) if !self.photos.has_caption(i) => {
                if let Some(text) = one_line(c, d) {
                    self.photos.set_caption(i, text);
                }
            }
            Last::Picture(None) => d.warn(
                &c.path,
                "caption of a picture that cannot be shown; dropped with it",
            ),
            Last::Set => d.warn(
                &c.path,
                "caption of the gallery above (its photos have their own); dropped",
            ),
            _ => self.text(c, d),
        }
    }

    fn block(&mut self, path: &str, block: Block, d: &mut Diagnostics) {
        if self.blocks.len() < MAX_LIST_ITEMS {
            self.blocks.push(block);
        } else if !self.capped {
            self.capped = true;
            d.warn(
                path,
                format!("more than {MAX_LIST_ITEMS} blocks; the rest are dropped"),
            );
        }
    }
}
