//! HTML reduced to what a reader sees as text: markup gone, references decoded,
//! whitespace as a browser collapses it.

use super::entities::decode_text;
use super::inline::parse_inline;
use super::nodes::{Inline, text_of};
use crate::text::words::collapse_whitespace;

/// Text with all markup removed and references decoded (titles, captions from HTML).
pub fn plain_text(html: &str) -> String {
    collapse_whitespace(&text_of(&parse_inline(html)))
}

/// The links of an HTML fragment, as (link text, URL) pairs (names linked to profile
/// pages inside a byline string, say).
pub fn links_in(html: &str) -> Vec<(String, crate::url::SafeUrl)> {
    let mut out = Vec::new();
    let mut stack: Vec<&Inline> = Vec::new();
    let nodes = parse_inline(html);
    stack.extend(nodes.iter().rev());
    while let Some(node) = stack.pop() {
        match node {
            Inline::Link { href, children } => {
                out.push((collapse_whitespace(&text_of(children)), href.clone()));
            }
            Inline::Mark { children, .. } => stack.extend(children.iter().rev()),
            Inline::Text { .. } | Inline::Break => {}
        }
    }
    out
}

/// Plain text for display: markup removed if the value looks like HTML, else entities
/// decoded (twice where the field was escaped twice, see [`decode_text`]), whitespace
/// collapsed; `None` when nothing readable is left.
pub fn clean_text(raw: &str) -> Option<String> {
    let text = if looks_like_html(raw) {
        plain_text(raw)
    } else {
        collapse_whitespace(&decode_text(raw))
    };
    Some(text).filter(|t| !t.is_empty())
}

/// True when `s` contains something tag-like (`<p>`, `</a>`, `<br/>`), so that a
/// comparison such as "a < b" in plain text is not mistaken for markup.
pub fn looks_like_html(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.windows(2).enumerate().any(|(i, w)| {
        w[0] == b'<'
            && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!')
            && s[i..].contains('>')
    })
}

/// Runs of HTML whitespace (space, tab, line break) inside text become one space, as
/// a browser would show them; no-break spaces are kept. Nesting is bounded by
/// `parse_inline`'s depth limit.
pub(crate) fn collapse_spaces(nodes: Vec<Inline>) -> Vec<Inline> {
    nodes
        .into_iter()
        .map(|node| match node {
            Inline::Text { text } => {
                let mut out = String::with_capacity(text.len());
                let mut in_space = false;
                for c in text.chars() {
                    if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                        if !in_space {
                            out.push(' ');
                        }
                        in_space = true;
                    } else {
                        out.push(c);
                        in_space = false;
                    }
                }
                Inline::Text { text: out }
            }
            Inline::Mark { mark, children } => Inline::Mark {
                mark,
                children: collapse_spaces(children),
            },
            Inline::Link { href, children } => Inline::Link {
                href,
                children: collapse_spaces(children),
            },
            Inline::Break => Inline::Break,
        })
        .collect()
}

/// Removes line breaks and whitespace at the ends of a paragraph.
pub(crate) fn trim_edges(mut nodes: Vec<Inline>) -> Vec<Inline> {
    loop {
        let before = nodes.len();
        // Drop leading and trailing breaks in one pass each (removing from the front one
        // at a time was quadratic: 80,000 blank lines took seconds).
        let lead = nodes
            .iter()
            .take_while(|n| matches!(n, Inline::Break))
            .count();
        nodes.drain(..lead);
        let trail = nodes
            .iter()
            .rev()
            .take_while(|n| matches!(n, Inline::Break))
            .count();
        nodes.truncate(nodes.len() - trail);
        if let Some(Inline::Text { text }) = nodes.first_mut() {
            *text = text.trim_start().to_owned();
        }
        if let Some(Inline::Text { text }) = nodes.last_mut() {
            *text = text.trim_end().to_owned();
        }
        nodes.retain(|n| !matches!(n, Inline::Text { text } if text.is_empty()));
        if nodes.len() == before {
            return nodes;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_entities_and_tags() {
        assert_eq!(clean_text("A &#038; B").as_deref(), Some("A & B"));
        assert_eq!(
            clean_text("<p>It&#8217;s <b>x</b></p>").as_deref(),
            Some("It’s x")
        );
        assert_eq!(
            clean_text("a < b and c > d").as_deref(),
            Some("a < b and c > d")
        );
        assert_eq!(clean_text("  \n "), None);
    }

    #[test]
    fn plain_text_strips_and_decodes() {
        assert_eq!(
            plain_text("<p>It&#8217;s <b>here</b></p>\n<p>Next</p>"),
            "It’s here Next"
        );
    }
}
