//! ANS lists and quotes: the two elements whose content is other elements.
//!
//! A `list` has `items` of `text` and `list` elements; there is no item wrapper, so a
//! nested list is a sibling of the text item it belongs under, and is hung from it. A
//! `quote` (`subtype` pullquote or blockquote) has `content_elements` and a `citation`
//! text element; the old `blockquote` element is one HTML string.

use super::collect::Out;
use super::images::push_image;
use crate::adapters::html_body::html_to_blocks;
use crate::adapters::node::Node;
use crate::html::{Inline, List, ListItem, MAX_LIST_DEPTH, text_of};
use crate::model::{Block, Diagnostics};
use crate::text::attribution::{strip_dash, trailing_attribution};

/// Deepest nesting of quotes inside quotes that is read; deeper ones are dropped.
const MAX_QUOTE_DEPTH: usize = 4;

/// A `list` element as a list; `level` is 1 for a list in the body. Lists nested deeper
/// than the model keeps are flattened into their parent, with a warning.
pub(super) fn list(node: &Node, level: usize, d: &mut Diagnostics) -> Option<List> {
    let ordered = node.get("list_type").and_then(|t| t.as_str()) == Some("ordered");
    let mut items: Vec<ListItem> = Vec::new();
    let Some(entries) = node.get("items") else {
        d.warn(&node.key_path("items"), "list without items; dropped");
        return None;
    };
    for entry in entries.array(d) {
        match entry.get("type").and_then(|t| t.as_str()) {
            Some("text") => {
                if let Some(item) = entry.get("content").and_then(|c| item_of(&c, level, d)) {
                    items.push(item);
                }
            }
            Some("list") => {
                let Some(nested) = list(&entry, level + 1, d) else {
                    continue;
                };
                let why = if level >= MAX_LIST_DEPTH {
                    Some(format!("lists nested more than {MAX_LIST_DEPTH} deep"))
                } else if items.is_empty() {
                    Some("a nested list with no item above it".to_owned())
                } else {
                    None
                };
                if let Some(why) = why {
                    d.warn(
                        &entry.path,
                        format!("{why}: its items are listed at this level"),
                    );
                    items.extend(nested.items);
                    continue;
                }
                if let Some(parent) = items.last_mut() {
                    match &mut parent.list {
                        Some(existing) => existing.items.extend(nested.items),
                        None => parent.list = Some(nested),
                    }
                }
            }
            other => d.warn(&entry.path, dropped_in("a list", other)),
        }
    }
    if items.is_empty() {
        d.warn(&node.path, "list without any text; dropped");
        return None;
    }
    Some(List { ordered, items })
}

/// A list item (of a list at `level`) from the HTML of a `text` element: its paragraphs
/// joined by line breaks; a list written inside the HTML becomes the item's nested list.
fn item_of(content: &Node, level: usize, d: &mut Diagnostics) -> Option<ListItem> {
    let raw = content.string(d)?;
    let parts = html_to_blocks(&raw, &content.path, d);
    if !parts.media.is_empty() {
        d.warn(
            &content.path,
            format!(
                "{} image(s) inside a list item (icons, as a rule); dropped",
                parts.media.len()
            ),
        );
    }
    let mut inline: Vec<Inline> = Vec::new();
    let mut nested: Option<List> = None;
    for block in parts.blocks {
        let nodes = match block {
            Block::Paragraph { content } => content,
            Block::Heading { text } | Block::Quote { text, .. } => vec![Inline::text(text)],
            Block::List(list) => {
                if nested.is_none() && level + depth_of(&list) <= MAX_LIST_DEPTH {
                    nested = Some(list);
                } else {
                    d.warn(
                        &content.path,
                        "a list written inside a list item's text (a second one, or nested \
                         too deep); dropped",
                    );
                }
                continue;
            }
            Block::Separator | Block::Embed(_) | Block::Video(_) | Block::Audio(_) => continue,
        };
        if !inline.is_empty() {
            inline.push(Inline::Break);
        }
        inline.extend(nodes);
    }
    if text_of(&inline).trim().is_empty() {
        if nested.is_some() {
            d.warn(&content.path, "list item with only a list inside; dropped");
        }
        return None;
    }
    Some(ListItem {
        content: inline,
        list: nested,
    })
}

/// How many levels a list has (1 without nested lists).
fn depth_of(list: &List) -> usize {
    1 + list
        .items
        .iter()
        .filter_map(|i| i.list.as_ref())
        .map(depth_of)
        .max()
        .unwrap_or(0)
}

/// A `quote` element: its text elements (and lists) as one quote with the `citation`;
/// images inside go to the photos, and a quote nested in it follows as its own quote.
pub(super) fn quote(node: &Node, out: &mut Out, depth: usize, d: &mut Diagnostics) {
    let mut pieces: Vec<String> = Vec::new();
    let mut nested: Vec<Node> = Vec::new();
    let elements = node
        .get("content_elements")
        .map(|e| e.array(d))
        .unwrap_or_default();
    for el in elements {
        match el.get("type").and_then(|t| t.as_str()) {
            Some("text") => {
                if let Some(text) = el.get("content").and_then(|c| c.html_text(d)) {
                    pieces.push(text);
                }
            }
            Some("list") => {
                if let Some(list) = list(&el, 1, d) {
                    pieces.extend(list_text(&list));
                }
            }
            Some("image") => push_image(&el, &mut out.photos, d),
            Some("quote") if depth < MAX_QUOTE_DEPTH => nested.push(el),
            other => d.warn(&el.path, dropped_in("a quote", other)),
        }
    }
    let mut cite = node.get("citation").and_then(|c| {
        if c.is_object() {
            c.get("content").and_then(|t| t.html_text(d))
        } else {
            c.html_text(d)
        }
    });
    if cite.is_none()
        && pieces.len() > 1
        && let Some(name) = pieces.last().and_then(|l| strip_dash(l)).map(str::to_owned)
    {
        pieces.pop();
        cite = Some(name);
    }
    let text = pieces.join(" ");
    if text.is_empty() {
        d.warn(&node.path, "quote without text; dropped");
    } else {
        push_quote(out, &node.path, text, cite, d);
    }
    for inner in nested {
        quote(&inner, out, depth + 1, d);
    }
}

/// The old `blockquote` element: `content` HTML as a quote, a trailing "— Name" as the
/// citation.
pub(super) fn blockquote(node: &Node, out: &mut Out, d: &mut Diagnostics) {
    let Some(text) = node.get("content").and_then(|c| c.html_text(d)) else {
        d.warn(
            &node.key_path("content"),
            "blockquote without text; dropped",
        );
        return;
    };
    push_quote(out, &node.path, text, None, d);
}

fn push_quote(out: &mut Out, path: &str, text: String, cite: Option<String>, d: &mut Diagnostics) {
    let (text, cite) = match cite {
        Some(cite) => (text, Some(cite)),
        None => match trailing_attribution(&text) {
            Some((quote, name)) => (quote.to_owned(), Some(name.to_owned())),
            None => (text, None),
        },
    };
    out.block(path, Block::Quote { text, cite }, d);
}

/// The text of each entry of a list (nested entries included), for a quote.
fn list_text(list: &List) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<&List> = vec![list];
    while let Some(l) = stack.pop() {
        for item in &l.items {
            let text = crate::text::words::collapse_whitespace(&text_of(&item.content));
            if !text.is_empty() {
                out.push(text);
            }
            if let Some(inner) = &item.list {
                stack.push(inner);
            }
        }
    }
    out
}

/// "a \"video\" element in a list cannot be shown; dropped".
pub(super) fn dropped_in(place: &str, kind: Option<&str>) -> String {
    match kind {
        Some(kind) => format!("\"{kind}\" element in {place} cannot be shown; dropped"),
        None => format!("element without a type in {place}; dropped"),
    }
}
