//! `content_elements[]` of a story (or gallery) → body blocks and photos, in order.
//!
//! `text` is an HTML fragment; `header` a heading; `list`, `quote` and `blockquote` see
//! [`super::lists`]; `divider` a separator; `image` and `gallery` photos;
//! `element_group` is read through; `correction` a paragraph "Correction: …"; `video`,
//! `oembed_response` (and an oEmbed `reference`) and `social_media` become video and
//! embed blocks (see [`super::media`]). Other embeds (`raw_html`, `custom_embed`, …) and
//! "read more" plugs (`interstitial_link`, `link_list`) are dropped, each with a
//! warning naming its type.

use super::collect::Out;
use super::images::{push_gallery, push_image};
use super::lists::{blockquote, dropped_in, list, quote};
use super::media::{oembed, social, video};
use crate::adapters::html_body::html_to_blocks;
use crate::adapters::node::Node;
use crate::html::{Inline, Mark};
use crate::model::{Block, Diagnostics};

/// Deepest `element_group` nesting read.
const MAX_GROUP_DEPTH: usize = 8;

/// Reads the elements of `list` (a `content_elements` array) into `out`.
pub(super) fn elements(list: &Node, out: &mut Out, depth: usize, d: &mut Diagnostics) {
    for el in list.array(d) {
        if !el.is_object() {
            d.warn(
                &el.path,
                format!(
                    "expected a content element object, found {}; dropped",
                    el.json.kind()
                ),
            );
            continue;
        }
        let Some(kind) = el.get("type").and_then(|t| t.as_str()) else {
            d.warn(&el.key_path("type"), "element without a type; dropped");
            continue;
        };
        element(&el, kind, out, depth, d);
    }
}

fn element(el: &Node, kind: &str, out: &mut Out, depth: usize, d: &mut Diagnostics) {
    match kind {
        "text" => text(el, out, d),
        "header" => match el.get("content").and_then(|c| c.html_text(d)) {
            Some(text) => out.block(&el.path, Block::Heading { text }, d),
            None => d.warn(&el.key_path("content"), "header without text; dropped"),
        },
        "list" => {
            if let Some(l) = list(el, 1, d) {
                out.block(&el.path, Block::List(l), d);
            }
        }
        "quote" => quote(el, out, 0, d),
        "blockquote" => blockquote(el, out, d),
        "divider" => {
            if out.blocks.last().is_some_and(|b| *b != Block::Separator) {
                out.block(&el.path, Block::Separator, d);
            }
        }
        "image" => push_image(el, &mut out.photos, d),
        "gallery" => push_gallery(el, &mut out.photos, d),
        "element_group" if depth < MAX_GROUP_DEPTH => {
            if let Some(inner) = el.get("content_elements") {
                elements(&inner, out, depth + 1, d);
            }
        }
        "correction" => correction(el, out, d),
        "video" | "oembed_response" | "social_media" | "reference" => {
            let block = match kind {
                "video" => video(el, d),
                "social_media" => social(el, d),
                "reference" if !is_oembed_reference(el) => {
                    d.warn(&el.path, dropped_in("the body", Some(kind)));
                    None
                }
                _ => oembed(el, d),
            };
            if let Some(block) = block {
                out.block(&el.path, block, d);
            }
        }
        "raw_html" => d.warn(
            &el.path,
            "\"raw_html\" element: embedded HTML is not shown; dropped",
        ),
        "interstitial_link" | "link_list" => d.warn(
            &el.path,
            format!("\"{kind}\" element (a \"read more\" link to another page); dropped"),
        ),
        other => d.warn(&el.path, dropped_in("the body", Some(other))),
    }
}

/// A `text` element: `content` HTML → paragraphs (or headings, lists …) and photos.
fn text(el: &Node, out: &mut Out, d: &mut Diagnostics) {
    let Some(content) = el.get("content") else {
        return;
    };
    let Some(raw) = content.string(d) else {
        return;
    };
    let parts = html_to_blocks(&raw, &content.path, d);
    for block in parts.blocks {
        out.block(&content.path, block, d);
    }
    for m in parts.media {
        out.photos.push(content.path.clone(), None, m, d);
    }
}

/// An unresolved reference to an oEmbed item (`referent.service` or `type` "oembed",
/// or a provider's name as its type, with the item's address as `id`).
fn is_oembed_reference(el: &Node) -> bool {
    let Some(referent) = el.get("referent") else {
        return false;
    };
    let field = |k: &str| referent.get(k).and_then(|v| v.as_str()).unwrap_or_default();
    field("service") == "oembed" || field("type") == "oembed" || field("id").starts_with("https://")
}

/// A `correction` element as a paragraph opened by its label ("Correction:",
/// "Clarification:").
fn correction(el: &Node, out: &mut Out, d: &mut Diagnostics) {
    let Some(text) = el.text_at("text", d) else {
        d.warn(&el.key_path("text"), "correction without text; dropped");
        return;
    };
    let label = match el.get("correction_type").and_then(|t| t.as_str()) {
        Some("clarification") => "Clarification:",
        _ => "Correction:",
    };
    let content = vec![
        Inline::Mark {
            mark: Mark::Strong,
            children: vec![Inline::text(label)],
        },
        Inline::text(format!(" {text}")),
    ];
    out.block(&el.path, Block::Paragraph { content }, d);
}

/// The story-level `corrections[]` (same shape as the element), after the body.
pub(super) fn corrections(root: &Node, out: &mut Out, d: &mut Diagnostics) {
    let Some(list) = root.get("corrections") else {
        return;
    };
    for item in list.many(d) {
        if item.is_object() {
            correction(&item, out, d);
        }
    }
}

/// Drops separators at the end of the body (a divider before a dropped embed).
pub(super) fn trim_separators(blocks: &mut Vec<Block>) {
    while blocks.last() == Some(&Block::Separator) {
        blocks.pop();
    }
}
