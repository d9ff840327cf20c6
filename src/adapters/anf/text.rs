//! The text of ANF components in its three formats: `"html"` (Apple's subset, read by
//! the block reader), `"markdown"` (see [`super::markdown`]) and none (plain text: `\n`
//! breaks a line, a blank line a paragraph; markup in it is text).

use super::markdown::to_html;
use crate::adapters::finish::text_paragraphs;
use crate::adapters::html_body::{HtmlBody, html_to_blocks};
use crate::adapters::node::Node;
use crate::html::plain_text;
use crate::model::Diagnostics;
use crate::text::attribution::{strip_dash, trailing_attribution};
use crate::text::words::collapse_whitespace;

/// How a component's text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Html,
    Markdown,
    Plain,
}

fn format_of(node: &Node) -> Format {
    match node.get("format").and_then(|f| f.as_str()) {
        Some("html") => Format::Html,
        Some("markdown") => Format::Markdown,
        _ => Format::Plain,
    }
}

/// The raw `text` of a component, if it has any.
fn raw_text(node: &Node, d: &mut Diagnostics) -> Option<(String, String)> {
    let text = node.get("text")?;
    let raw = text.string(d)?;
    Some((raw, text.path))
}

/// A component's text as blocks and the pictures inside it.
pub(super) fn blocks(node: &Node, d: &mut Diagnostics) -> HtmlBody {
    let Some((raw, path)) = raw_text(node, d) else {
        return HtmlBody::default();
    };
    match format_of(node) {
        Format::Html => html_to_blocks(&raw, &path, d),
        Format::Markdown => html_to_blocks(&to_html(&raw, &path, d), &path, d),
        Format::Plain => HtmlBody {
            blocks: text_paragraphs(&raw),
            media: Vec::new(),
        },
    }
}

/// A component's text on one line (titles, headings, bylines): markup removed, line
/// breaks read as spaces.
pub(super) fn one_line(node: &Node, d: &mut Diagnostics) -> Option<String> {
    let (raw, path) = raw_text(node, d)?;
    let text = flatten(&raw, format_of(node), &path, d);
    Some(text).filter(|t| !t.is_empty())
}

fn flatten(raw: &str, format: Format, path: &str, d: &mut Diagnostics) -> String {
    match format {
        Format::Html => plain_text(raw),
        Format::Markdown => plain_text(&to_html(raw, path, d)),
        Format::Plain => collapse_whitespace(raw),
    }
}

/// A caption: text, or a caption descriptor `{"text", "format"}`.
pub(super) fn caption_text(node: &Node, d: &mut Diagnostics) -> Option<String> {
    let text = if node.is_object() {
        one_line(node, d)
    } else {
        let raw = node.string(d)?;
        Some(collapse_whitespace(&raw))
    };
    text.filter(|t| !t.is_empty())
}

/// A quote's text and its attribution, if the text ends with one (a last line
/// "— Name", or "“…” – Name").
pub(super) fn quote(node: &Node, d: &mut Diagnostics) -> Option<(String, Option<String>)> {
    let (raw, path) = raw_text(node, d)?;
    let format = format_of(node);
    if format == Format::Plain {
        let lines: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if let [head @ .., last] = lines.as_slice()
            && !head.is_empty()
            && let Some(name) = strip_dash(last)
        {
            return Some((collapse_whitespace(&head.join(" ")), Some(name.to_owned())));
        }
    }
    let text = flatten(&raw, format, &path, d);
    if text.is_empty() {
        return None;
    }
    Some(match trailing_attribution(&text) {
        Some((quote, name)) => (quote.to_owned(), Some(name.to_owned())),
        None => (text, None),
    })
}

/// An attribution line on its own ("— A STALLHOLDER", "–OLAFUR ELIASSON").
pub(super) fn attribution(node: &Node, d: &mut Diagnostics) -> Option<String> {
    let text = one_line(node, d)?;
    Some(strip_dash(&text).map(str::to_owned).unwrap_or(text))
}
