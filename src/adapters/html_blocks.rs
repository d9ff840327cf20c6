//! Publisher HTML (WordPress `content.rendered`, JSON Feed `content_html`) → body blocks
//! and photos, so that other formats render with the same components as native ones.
//!
//! `<p>` becomes a paragraph (its inline markup through [`parse_inline`]), `<h1>`–`<h6>`
//! a heading, `<blockquote>` a quote (a `<cite>` or a trailing "— Name" line becomes the
//! citation), `<ul>`/`<ol>` a list, `<hr>` a separator, `<pre>` a paragraph with its line
//! breaks. Every `<img>` becomes a photo (with the `<figcaption>` of its `<figure>`) and
//! leaves the text flow. Containers (`div`, `section`, tables …) only separate
//! paragraphs; loose text becomes a paragraph. Embedded players and frames are dropped
//! with a warning, scripts and styles silently, tracking pixels with a warning.

use crate::model::diagnostics::Diagnostics;
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Block, Media};
use crate::richtext::DROP_WITH_CONTENT;
use crate::richtext::{Inline, Token, parse_inline, text_of, tokenize};

use super::html_media::{attr, clip, has_class, image};
use super::html_text::{collapse_spaces, serialize, strip_dash, trailing_attribution, trim_edges};
use super::text::collapse_whitespace;

/// The blocks and photos of an HTML fragment, each in reading order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlBody {
    /// The text blocks, for the article body.
    pub blocks: Vec<Block>,
    /// The photos, for the carousel (they leave the text flow).
    pub media: Vec<Media>,
}

/// Elements dropped together with their content (the rich-text allowlist's list).
const SKIP: &[&str] = DROP_WITH_CONTENT;

/// Skipped elements that are content a reader would miss, so dropping them is reported.
const REPORTED: &[&str] = &[
    "iframe", "frame", "object", "embed", "applet", "audio", "video", "svg", "math", "canvas",
    "form",
];

/// Skipped elements that have no end tag.
const VOID: &[&str] = &[
    "input", "embed", "base", "link", "meta", "frame", "param", "source", "track", "area", "col",
    "wbr", "keygen",
];

const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

const LISTS: &[&str] = &["ul", "ol"];

/// Containers that only separate paragraphs.
const BOUNDARIES: &[&str] = &[
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

/// Converts an HTML fragment; problems are reported at `path` (the field holding it).
pub fn html_to_blocks(html: &str, path: &str, d: &mut Diagnostics) -> HtmlBody {
    let tokens = tokenize(html);
    let mut w = Walker {
        path,
        body: HtmlBody::default(),
        inline: Vec::new(),
        has_text: false,
        figures: Vec::new(),
        capped: false,
    };
    let mut i = 0;
    while i < tokens.len() {
        i = w.step(&tokens, i, d);
    }
    w.flush();
    while let Some(frame) = w.figures.pop() {
        w.close_figure(frame);
    }
    if w.capped {
        d.warn(
            path,
            format!("more than {MAX_LIST_ITEMS} blocks; the rest are dropped"),
        );
    }
    w.body
}

/// An open `<figure>`: its photos wait for a caption that comes after them.
struct Frame {
    media: Vec<Media>,
    caption: Option<String>,
}

struct Walker<'p> {
    path: &'p str,
    body: HtmlBody,
    /// Tokens of the paragraph being collected.
    inline: Vec<Token>,
    /// Whether `inline` holds any visible text yet.
    has_text: bool,
    figures: Vec<Frame>,
    capped: bool,
}

impl Walker<'_> {
    /// Handles the token at `i` and returns the index of the next one to handle.
    fn step(&mut self, tokens: &[Token], i: usize, d: &mut Diagnostics) -> usize {
        let (name, attrs) = match &tokens[i] {
            Token::Text(text) => {
                self.has_text |= !text.trim().is_empty();
                self.inline.push(tokens[i].clone());
                return i + 1;
            }
            Token::End { name } => {
                self.end_tag(name, &tokens[i]);
                return i + 1;
            }
            Token::Start { name, attrs } => (name.as_str(), attrs),
        };
        if SKIP.contains(&name) {
            return self.skip(tokens, i, d);
        }
        match name {
            "img" => {
                if let Some(m) = image(attrs, self.path, d) {
                    self.add_media(m);
                }
                i + 1
            }
            "br" => {
                self.line_break(&tokens[i]);
                i + 1
            }
            "p" if has_class(attrs, "wp-caption-text") => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &["p"], &["p"]);
                let caption = self.lines(&tokens[i + 1..end], d).join(" ");
                self.attach_caption(caption);
                next
            }
            "hr" => {
                self.flush();
                if !matches!(self.body.blocks.last(), None | Some(Block::Separator)) {
                    self.push_block(Block::Separator);
                }
                i + 1
            }
            "figure" => {
                self.flush();
                self.figures.push(Frame {
                    media: Vec::new(),
                    caption: None,
                });
                i + 1
            }
            "figcaption" => {
                self.flush();
                let (end, next) = heading_like_end(tokens, i + 1, &["figcaption"], &["figure"]);
                let caption = self.lines(&tokens[i + 1..end], d).join(" ");
                self.attach_caption(caption);
                next
            }
            "blockquote" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &["blockquote"], &["blockquote"]);
                self.quote(&tokens[i + 1..end], d);
                next
            }
            "ul" | "ol" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, LISTS, LISTS);
                self.list(name == "ol", &tokens[i + 1..end], d);
                next
            }
            "pre" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &["pre"], &["pre"]);
                self.pre(&tokens[i + 1..end], d);
                next
            }
            "td" | "th" => {
                // Cells of a row stay one paragraph, their texts kept apart.
                if self.has_text {
                    self.inline.push(Token::Text(" · ".to_owned()));
                }
                i + 1
            }
            h if HEADINGS.contains(&h) => {
                self.flush();
                let (end, next) = heading_like_end(tokens, i + 1, HEADINGS, &[]);
                let text = self.lines(&tokens[i + 1..end], d).join(" ");
                if !text.is_empty() {
                    self.push_block(Block::Heading { text });
                }
                next
            }
            b if BOUNDARIES.contains(&b) => {
                self.flush();
                i + 1
            }
            _ => {
                self.inline.push(tokens[i].clone());
                i + 1
            }
        }
    }

    fn end_tag(&mut self, name: &str, token: &Token) {
        if matches!(name, "td" | "th") {
            // Cells are separated when the next one starts.
        } else if name == "figure" {
            self.flush();
            if let Some(frame) = self.figures.pop() {
                self.close_figure(frame);
            }
        } else if BOUNDARIES.contains(&name) {
            self.flush();
        } else {
            self.inline.push(token.clone());
        }
    }

    /// Two `<br>` in a row separate paragraphs (old editors' way of writing them).
    fn line_break(&mut self, token: &Token) {
        let previous = self
            .inline
            .iter()
            .rev()
            .find(|t| !matches!(t, Token::Text(s) if s.trim().is_empty()));
        if matches!(previous, Some(Token::Start { name, .. }) if name == "br") {
            self.flush();
        } else {
            self.inline.push(token.clone());
        }
    }

    /// Drops a skipped element with its content, warning about embedded content.
    fn skip(&mut self, tokens: &[Token], i: usize, d: &mut Diagnostics) -> usize {
        let Token::Start { name, attrs } = &tokens[i] else {
            return i + 1;
        };
        if REPORTED.contains(&name.as_str()) {
            let src = attr(attrs, "src")
                .or_else(|| attr(attrs, "data"))
                .map(|s| format!(" ({})", clip(s)))
                .unwrap_or_default();
            d.warn(
                self.path,
                format!("embedded <{name}>{src} cannot be shown; dropped"),
            );
        }
        if VOID.contains(&name.as_str()) {
            return i + 1;
        }
        find_end(tokens, i + 1, &[name], &[name]).1
    }

    fn add_media(&mut self, m: Media) {
        match self.figures.last_mut() {
            Some(frame) => frame.media.push(m),
            None => self.body.media.push(m),
        }
    }

    /// A caption belongs to the open figure, else to the photo just before it; with
    /// neither it is an ordinary paragraph.
    fn attach_caption(&mut self, caption: String) {
        if caption.is_empty() {
            return;
        }
        if let Some(frame) = self.figures.last_mut() {
            frame.caption = Some(caption);
        } else if let Some(last) = self.body.media.last_mut().filter(|m| m.caption.is_none()) {
            last.caption = Some(caption);
        } else {
            self.push_block(paragraph_of(caption));
        }
    }

    /// The figure's caption goes to each of its photos without one of their own; a
    /// caption with no photo (a table, an embed) stays readable as a paragraph.
    fn close_figure(&mut self, mut frame: Frame) {
        match frame.caption.take() {
            Some(caption) if frame.media.is_empty() => self.push_block(paragraph_of(caption)),
            Some(caption) => {
                for m in frame.media.iter_mut().filter(|m| m.caption.is_none()) {
                    m.caption = Some(caption.clone());
                }
            }
            None => {}
        }
        for m in frame.media {
            self.add_media(m);
        }
    }

    /// Ends the paragraph being collected.
    fn flush(&mut self) {
        if self.inline.is_empty() {
            return;
        }
        let html = serialize(&self.inline);
        self.inline.clear();
        self.has_text = false;
        let content = trim_edges(collapse_spaces(parse_inline(&html)));
        if !text_of(&content).trim().is_empty() {
            self.push_block(Block::Paragraph { content });
        }
    }

    fn push_block(&mut self, block: Block) {
        if self.body.blocks.len() < MAX_LIST_ITEMS {
            self.body.blocks.push(block);
        } else if !self.capped {
            self.capped = true;
        }
    }

    /// Plain-text lines of a token range (split at `<br>` and block elements), with
    /// photos taken out and skipped elements dropped.
    fn lines(&mut self, tokens: &[Token], d: &mut Diagnostics) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current: Vec<Token> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Start { name, .. } if SKIP.contains(&name.as_str()) => {
                    i = self.skip(tokens, i, d);
                    continue;
                }
                Token::Start { name, attrs } if name == "img" => {
                    if let Some(m) = image(attrs, self.path, d) {
                        self.add_media(m);
                    }
                }
                Token::Start { name, .. } | Token::End { name }
                    if name == "br" || BOUNDARIES.contains(&name.as_str()) =>
                {
                    lines.push(std::mem::take(&mut current));
                }
                other => current.push(other.clone()),
            }
            i += 1;
        }
        lines.push(current);
        lines
            .iter()
            .map(|l| collapse_whitespace(&text_of(&parse_inline(&serialize(l)))))
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn quote(&mut self, tokens: &[Token], d: &mut Diagnostics) {
        let mut main = Vec::new();
        let mut cite_tokens = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if matches!(&tokens[i], Token::Start { name, .. } if name == "cite") {
                let (end, next) = find_end(tokens, i + 1, &["cite"], &["cite"]);
                cite_tokens.extend_from_slice(&tokens[i + 1..end]);
                i = next;
            } else {
                main.push(tokens[i].clone());
                i += 1;
            }
        }
        let mut lines = self.lines(&main, d);
        let mut cite = Some(self.lines(&cite_tokens, d).join(" ")).filter(|c| !c.is_empty());
        if cite.is_none()
            && let Some(last) = lines.pop()
        {
            match strip_dash(&last) {
                Some(name) if !lines.is_empty() => cite = Some(name.to_owned()),
                _ => match trailing_attribution(&last) {
                    Some((text, name)) => {
                        lines.push(text.to_owned());
                        cite = Some(name.to_owned());
                    }
                    None => lines.push(last),
                },
            }
        }
        let text = lines.join(" ");
        if !text.is_empty() {
            self.push_block(Block::Quote { text, cite });
        }
    }

    fn list(&mut self, ordered: bool, tokens: &[Token], d: &mut Diagnostics) {
        // Split at the `<li>` of this list; nested lists stay inside their item.
        let mut items: Vec<Vec<Token>> = vec![Vec::new()];
        let mut depth = 0usize;
        for t in tokens {
            match t {
                Token::Start { name, .. } if LISTS.contains(&name.as_str()) => depth += 1,
                Token::End { name } if LISTS.contains(&name.as_str()) => {
                    depth = depth.saturating_sub(1)
                }
                Token::Start { name, .. } if name == "li" && depth == 0 => {
                    items.push(Vec::new());
                    continue;
                }
                _ => {}
            }
            if let Some(item) = items.last_mut() {
                item.push(t.clone());
            }
        }
        let items: Vec<String> = items
            .iter()
            .map(|item| self.lines(item, d).join(" "))
            .filter(|s| !s.is_empty())
            .collect();
        if !items.is_empty() {
            self.push_block(Block::List { ordered, items });
        }
    }

    /// Preformatted text keeps its line breaks (markup inside it is reduced to text).
    fn pre(&mut self, tokens: &[Token], d: &mut Diagnostics) {
        let mut text = String::new();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Start { name, .. } if SKIP.contains(&name.as_str()) => {
                    i = self.skip(tokens, i, d);
                    continue;
                }
                Token::Text(s) => text.push_str(s),
                Token::Start { name, .. } if name == "br" => text.push('\n'),
                _ => {}
            }
            i += 1;
        }
        let mut content = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if n > 0 {
                content.push(Inline::Break);
            }
            let line = line.trim_end();
            if !line.is_empty() {
                content.push(Inline::text(line));
            }
        }
        let content = trim_edges(content);
        if !text_of(&content).trim().is_empty() {
            self.push_block(Block::Paragraph { content });
        }
    }
}

/// Index of the end tag closing an element opened just before `from` (nesting counted
/// over `open`/`close` names) and the index to continue at.
fn find_end(tokens: &[Token], from: usize, open: &[&str], close: &[&str]) -> (usize, usize) {
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
fn heading_like_end(tokens: &[Token], from: usize, own: &[&str], outer: &[&str]) -> (usize, usize) {
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

fn paragraph_of(text: String) -> Block {
    Block::Paragraph {
        content: vec![Inline::text(text)],
    }
}
