//! The element lists the block reader works from, and how it finds where an element
//! ends in forgiving, often unclosed, CMS markup.

use crate::html::DROP_WITH_CONTENT;
use crate::html::tokenizer::Token;

/// Elements dropped together with their content (the inline allowlist's list).
pub(super) const SKIP: &[&str] = DROP_WITH_CONTENT;

/// Skipped elements that are content a reader would miss, so dropping them is reported.
pub(super) const REPORTED: &[&str] = &[
    "iframe", "frame", "object", "embed", "applet", "audio", "video", "svg", "math", "canvas",
    "form",
];

/// Elements that are always embedded content (read whole, never as text).
pub(super) const EMBEDDED: &[&str] = &["iframe", "embed", "object", "video", "audio"];

/// Skipped elements that have no end tag.
pub(super) const VOID: &[&str] = &[
    "input", "embed", "base", "link", "meta", "frame", "param", "source", "track", "area", "col",
    "wbr", "keygen",
];

pub(super) const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

pub(super) const LISTS: &[&str] = &["ul", "ol"];

/// Containers that only separate paragraphs.
pub(super) const BOUNDARIES: &[&str] = &[
    "div",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "main",
    "nav",
    "address",
    "center",
    "details",
    "summary",
    "dl",
    "dt",
    "dd",
    "fieldset",
    "legend",
    "hgroup",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "caption",
    "li",
    "body",
    "html",
    "p",
    "figure",
    "figcaption",
    "blockquote",
    "ul",
    "ol",
    "pre",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Index of the end tag closing an element opened just before `from` (nesting counted
/// over `open`/`close` names) and the index to continue at.
pub(super) fn find_end(
    tokens: &[Token],
    from: usize,
    open: &[&str],
    close: &[&str],
) -> (usize, usize) {
    let mut depth = 1usize;
    for (j, t) in tokens.iter().enumerate().skip(from) {
        match t {
            Token::Start { name, .. } if open.contains(&name.as_str()) => depth += 1,
            Token::End { name } if close.contains(&name.as_str()) => {
                depth -= 1;
                if depth == 0 {
                    return (j, j + 1);
                }
            }
            _ => {}
        }
    }
    (tokens.len(), tokens.len())
}

/// The end of an element that cannot contain blocks (a heading, a caption): its own end
/// tag, an end tag in `outer` (left for the caller), or the next block element, which
/// closes it implicitly and is handled next.
pub(super) fn heading_like_end(
    tokens: &[Token],
    from: usize,
    own: &[&str],
    outer: &[&str],
) -> (usize, usize) {
    for (j, t) in tokens.iter().enumerate().skip(from) {
        match t {
            Token::End { name } if own.contains(&name.as_str()) => return (j, j + 1),
            Token::End { name } if outer.contains(&name.as_str()) => return (j, j),
            Token::Start { name, .. }
                if BOUNDARIES.contains(&name.as_str()) && !matches!(name.as_str(), "br") =>
            {
                return (j, j);
            }
            _ => {}
        }
    }
    (tokens.len(), tokens.len())
}
