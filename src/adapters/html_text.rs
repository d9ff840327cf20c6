//! Text-level helpers of the HTML reader: tokens written back for `parse_inline`,
//! whitespace as a browser shows it, and quote attributions ("— Name").

use crate::richtext::{Inline, Token};

use super::html_media::attr;

/// Writes tokens back as HTML for [`parse_inline`]: text escaped, only `href` kept.
pub(super) fn serialize(tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        match t {
            Token::Text(s) => out.push_str(&escape(s)),
            Token::Start { name, attrs } => {
                out.push('<');
                out.push_str(name);
                if name == "a"
                    && let Some(href) = attr(attrs, "href")
                {
                    out.push_str(" href=\"");
                    out.push_str(&escape(href));
                    out.push('"');
                }
                out.push('>');
            }
            Token::End { name } => {
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
        }
    }
    out
}

/// Escapes text or an attribute value so that re-parsing yields it unchanged.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Runs of HTML whitespace (space, tab, line break) inside text become one space, as
/// a browser would show them; no-break spaces are kept. Nesting is bounded by
/// `parse_inline`'s depth limit.
pub(super) fn collapse_spaces(nodes: Vec<Inline>) -> Vec<Inline> {
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
pub(super) fn trim_edges(mut nodes: Vec<Inline>) -> Vec<Inline> {
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

/// "— Name" (a line of its own) → "Name".
pub(super) fn strip_dash(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix('—')
        .or_else(|| line.strip_prefix('–'))
        .or_else(|| line.strip_prefix('―'))
        .or_else(|| line.strip_prefix("--"))
        .or_else(|| line.strip_prefix("- "))?
        .trim();
    (!rest.is_empty()).then_some(rest)
}

/// "“Quote.” – Name" → ("“Quote.”", "Name"): a dash after the end of a sentence,
/// followed by a short name that does not itself end a sentence.
pub(super) fn trailing_attribution(line: &str) -> Option<(&str, &str)> {
    let (at, dash) = [" — ", " – ", " ― "]
        .iter()
        .filter_map(|dash| line.rfind(dash).map(|at| (at, dash.len())))
        .max_by_key(|(at, _)| *at)?;
    let text = line[..at].trim_end();
    let name = line[at + dash..].trim();
    let sentence_end = text.ends_with(['.', '!', '?', '”', '"', '»', '’', '…', '\'']);
    let short = name.chars().count() <= 80 && name.split_whitespace().count() <= 10;
    (sentence_end && short && !name.is_empty() && !name.ends_with(['.', '!', '?']))
        .then_some((text, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribution_needs_a_finished_sentence() {
        assert_eq!(
            trailing_attribution("“Go.” – Anonymous"),
            Some(("“Go.”", "Anonymous"))
        );
        assert_eq!(trailing_attribution("We tried – and failed"), None);
        assert_eq!(strip_dash("— Ada (@ada)"), Some("Ada (@ada)"));
    }
}
