//! The Markdown subset of Apple News Format (`"format": "markdown"`) → HTML for the
//! block reader, everything else escaped so it stays text.
//!
//! Blocks: paragraphs separated by blank lines (a single line break inside one is kept
//! as a break), `#` … `######` headings, unordered items (`-`, `*`, `+`) and ordered
//! items (`1.` or `1)`), which may be indented and separated by single line breaks as
//! real documents write them; an indented line continues the item above. Inline:
//! `**strong**`/`__strong__`, `*em*`/`_em_`, `[text](url)` (an unsafe URL keeps only
//! the text, with a warning) and backslash escapes (`1\.`, `\*`, `\!`).

use std::collections::HashMap;

use crate::model::{Diagnostics, SafeUrl};

/// Deepest emphasis/link nesting turned into markup; deeper delimiters stay text.
const MAX_INLINE_DEPTH: usize = 8;

/// Converts Markdown to an HTML fragment; unsafe link URLs are reported at `path`.
pub(super) fn to_html(markdown: &str, path: &str, d: &mut Diagnostics) -> String {
    let mut out = String::new();
    let mut para: Vec<&str> = Vec::new();
    // The open list: ordered?, and the items so far.
    let mut list: Option<(bool, Vec<String>)> = None;
    for line in markdown.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut para, &mut out, path, d);
            flush_list(&mut list, &mut out, path, d);
            continue;
        }
        if let Some((level, text)) = heading(trimmed) {
            flush_paragraph(&mut para, &mut out, path, d);
            flush_list(&mut list, &mut out, path, d);
            out.push_str(&format!("<h{level}>"));
            out.push_str(&inline(text, path, d));
            out.push_str(&format!("</h{level}>"));
            continue;
        }
        if let Some((ordered, text)) = list_item(trimmed) {
            flush_paragraph(&mut para, &mut out, path, d);
            if list.as_ref().is_some_and(|(o, _)| *o != ordered) {
                flush_list(&mut list, &mut out, path, d);
            }
            list.get_or_insert_with(|| (ordered, Vec::new()))
                .1
                .push(text.to_owned());
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if let Some((_, items)) = list.as_mut()
            && indented
            && let Some(last) = items.last_mut()
        {
            last.push(' ');
            last.push_str(trimmed);
            continue;
        }
        flush_list(&mut list, &mut out, path, d);
        para.push(trimmed);
    }
    flush_paragraph(&mut para, &mut out, path, d);
    flush_list(&mut list, &mut out, path, d);
    out
}

fn flush_paragraph(para: &mut Vec<&str>, out: &mut String, path: &str, d: &mut Diagnostics) {
    if para.is_empty() {
        return;
    }
    out.push_str("<p>");
    for (i, line) in para.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        out.push_str(&inline(line, path, d));
    }
    out.push_str("</p>");
    para.clear();
}

fn flush_list(
    list: &mut Option<(bool, Vec<String>)>,
    out: &mut String,
    path: &str,
    d: &mut Diagnostics,
) {
    let Some((ordered, items)) = list.take() else {
        return;
    };
    let tag = if ordered { "ol" } else { "ul" };
    out.push_str(&format!("<{tag}>"));
    for item in items {
        out.push_str("<li>");
        out.push_str(&inline(&item, path, d));
        out.push_str("</li>");
    }
    out.push_str(&format!("</{tag}>"));
}

/// `## Text` → (2, "Text").
fn heading(line: &str) -> Option<(usize, &str)> {
    let level = line.bytes().take_while(|b| *b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    let text = rest.strip_prefix([' ', '\t'])?.trim();
    (!text.is_empty()).then_some((level, text.trim_end_matches('#').trim_end()))
}

/// `- Text`, `* Text`, `+ Text` → (false, "Text"); `12. Text`, `3) Text` → (true, …).
fn list_item(line: &str) -> Option<(bool, &str)> {
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some((false, rest.trim()));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let rest = &line[digits..];
    let rest = rest.strip_prefix(['.', ')'])?;
    let text = rest.strip_prefix([' ', '\t'])?;
    Some((true, text.trim()))
}

/// Inline Markdown of one line or item → escaped HTML with strong, em and links.
fn inline(text: &str, path: &str, d: &mut Diagnostics) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    Inline {
        next_bracket: next_of(&chars, ']'),
        next_paren: next_of(&chars, ')'),
        chars: &chars,
        failed: HashMap::new(),
        path,
        d,
    }
    .run(0, chars.len(), 0, &mut out);
    out
}

/// For each position, the first position at or after it holding `target` (not
/// escaped); `usize::MAX` when there is none.
fn next_of(chars: &[char], target: char) -> Vec<usize> {
    let mut next = vec![usize::MAX; chars.len() + 1];
    for i in (0..chars.len()).rev() {
        let escaped = i > 0 && chars[i - 1] == '\\';
        next[i] = if chars[i] == target && !escaped {
            i
        } else {
            next[i + 1]
        };
    }
    next
}

/// One line's characters, what is known about them, and where to report unsafe links.
struct Inline<'a> {
    chars: &'a [char],
    next_bracket: Vec<usize>,
    next_paren: Vec<usize>,
    /// Searches for a closing delimiter that failed: (delimiter, width, end) → the
    /// earliest start that found none (a later start cannot find one either), so no
    /// input makes the search quadratic.
    failed: HashMap<(char, usize, usize), usize>,
    path: &'a str,
    d: &'a mut Diagnostics,
}

impl Inline<'_> {
    /// Writes `chars[start..end]` as HTML into `out`.
    fn run(&mut self, start: usize, end: usize, depth: usize, out: &mut String) {
        let c = self.chars;
        let mut i = start;
        while i < end {
            let ch = c[i];
            if ch == '\\' && i + 1 < end && c[i + 1].is_ascii_punctuation() {
                push_escaped(out, c[i + 1]);
                i += 2;
                continue;
            }
            if depth < MAX_INLINE_DEPTH {
                if let Some(next) = self.emphasis(i, end, depth, out) {
                    i = next;
                    continue;
                }
                if ch == '['
                    && let Some(next) = self.link(i, end, depth, out)
                {
                    i = next;
                    continue;
                }
            }
            push_escaped(out, ch);
            i += 1;
        }
    }

    /// `**x**`, `__x__`, `*x*` or `_x_` starting at `i`: writes it and returns the
    /// position after it.
    fn emphasis(&mut self, i: usize, end: usize, depth: usize, out: &mut String) -> Option<usize> {
        let c = self.chars;
        let ch = c[i];
        if ch != '*' && ch != '_' {
            return None;
        }
        let double = i + 1 < end && c[i + 1] == ch;
        let width = if double { 2 } else { 1 };
        let open_end = i + width;
        // No emphasis opens before a space, and `_` not inside a word (snake_case).
        if open_end >= end || c[open_end].is_whitespace() {
            return None;
        }
        if ch == '_' && i > 0 && c[i - 1].is_alphanumeric() {
            return None;
        }
        let close = self.closing(open_end, end, ch, width)?;
        let tag = if double { "strong" } else { "em" };
        out.push_str(&format!("<{tag}>"));
        self.run(open_end, close, depth + 1, out);
        out.push_str(&format!("</{tag}>"));
        Some(close + width)
    }

    /// The first closing delimiter (`width` times `ch`, not after a space, not escaped)
    /// in `from..end`.
    fn closing(&mut self, from: usize, end: usize, ch: char, width: usize) -> Option<usize> {
        let key = (ch, width, end);
        if self.failed.get(&key).is_some_and(|f| *f <= from) {
            return None;
        }
        let c = self.chars;
        let mut j = from;
        while j + width <= end {
            if c[j] == '\\' {
                j += 2;
                continue;
            }
            if c[j..j + width].iter().all(|x| *x == ch) {
                let after_ok = ch != '_' || c.get(j + width).is_none_or(|n| !n.is_alphanumeric());
                let single_ok = width == 2 || c.get(j + 1) != Some(&ch);
                if j > from && !c[j - 1].is_whitespace() && after_ok && single_ok {
                    return Some(j);
                }
                if width == 1 && c.get(j + 1) == Some(&ch) {
                    j += 2;
                    continue;
                }
            }
            j += 1;
        }
        let earliest = self.failed.entry(key).or_insert(from);
        *earliest = (*earliest).min(from);
        None
    }

    /// `[text](url)` at `i`: a link if the URL is safe, else the text alone.
    fn link(&mut self, i: usize, end: usize, depth: usize, out: &mut String) -> Option<usize> {
        let c = self.chars;
        let close = self.next_bracket[i + 1];
        if close >= end || c.get(close + 1) != Some(&'(') {
            return None;
        }
        let mut url_end = self.next_paren[close + 2];
        if url_end >= end {
            return None;
        }
        // Parentheses inside a URL (`wiki/Foo_(bar)`) are balanced before it closes.
        let mut open = c[close + 2..url_end].iter().filter(|x| **x == '(').count();
        let mut shut = 0;
        while open > shut {
            let next = self
                .next_paren
                .get(url_end + 1)
                .copied()
                .unwrap_or(usize::MAX);
            if next >= end {
                break;
            }
            open += c[url_end + 1..next].iter().filter(|x| **x == '(').count();
            shut += 1;
            url_end = next;
        }
        let url: String = c[close + 2..url_end].iter().collect();
        match SafeUrl::parse(url.trim()) {
            Ok(href) => {
                out.push_str("<a href=\"");
                out.push_str(&escape(href.as_str()));
                out.push_str("\">");
                self.run(i + 1, close, depth + 1, out);
                out.push_str("</a>");
            }
            Err(e) => {
                self.d.warn(
                    self.path,
                    format!("link to \"{}\": {e}; only its text is kept", clip(&url)),
                );
                self.run(i + 1, close, depth + 1, out);
            }
        }
        Some(url_end + 1)
    }
}

/// Text made safe to place inside HTML text or a quoted attribute.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        push_escaped(&mut out, ch);
    }
    out
}

fn push_escaped(out: &mut String, ch: char) {
    match ch {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        other => out.push(other),
    }
}

fn clip(s: &str) -> String {
    let head: String = s.chars().take(60).collect();
    if head.len() < s.len() {
        format!("{head}…")
    } else {
        head
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        to_html(md, "text", &mut Diagnostics::default())
    }

    #[test]
    fn blocks_and_inline_marks() {
        assert_eq!(
            html(" 1. A **b**\n2. _c_ [d](https://e.example)"),
            "<ol><li>A <strong>b</strong></li><li><em>c</em> <a href=\"https://e.example\">d</a></li></ol>"
        );
        assert_eq!(html("# T\n\nx\ny"), "<h1>T</h1><p>x<br>y</p>");
        assert_eq!(html("1\\. not a list"), "<p>1. not a list</p>");
        assert_eq!(html("snake_case_name"), "<p>snake_case_name</p>");
        assert_eq!(html("<b>x</b> & *"), "<p>&lt;b&gt;x&lt;/b&gt; &amp; *</p>");
    }

    #[test]
    fn unsafe_links_keep_their_text() {
        let mut d = Diagnostics::default();
        assert_eq!(to_html("[x](javascript:alert(1))", "t", &mut d), "<p>x</p>");
        assert_eq!(d.items().len(), 1);
    }
}
