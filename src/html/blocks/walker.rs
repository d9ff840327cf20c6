//! The block reader's state machine: it walks the token list once, collecting the
//! paragraph under way, open `<figure>`s waiting for their captions, and the blocks and
//! images found so far.

use super::elements::{
    BOUNDARIES, EMBEDDED, HEADINGS, LISTS, REPORTED, SKIP, VOID, find_end, heading_like_end,
};
use super::{Block, Captioned, Fragment, Img, Reader};
use crate::html::attrs::Attrs;
use crate::html::inline::inline_nodes;
use crate::html::nodes::{Inline, text_of};
use crate::html::plain::{collapse_spaces, trim_edges};
use crate::html::tokenizer::Token;

/// An open `<figure>`: its images, and its embedded items (positions in the blocks),
/// wait for a caption that comes after them.
struct Frame<I> {
    images: Vec<I>,
    embeds: Vec<usize>,
    caption: Option<String>,
}

pub(super) struct Walker<'r, R: Reader> {
    pub(super) reader: &'r mut R,
    blocks: Vec<Block>,
    images: Vec<R::Image>,
    /// Tokens of the paragraph being collected.
    inline: Vec<Token>,
    /// Whether `inline` holds any visible text yet.
    has_text: bool,
    figures: Vec<Frame<R::Image>>,
    /// The `href` of the link being read, if any (an image inside it links there).
    link: Option<String>,
    max_blocks: usize,
    capped: bool,
}

impl<'r, R: Reader> Walker<'r, R> {
    pub(super) fn new(reader: &'r mut R, max_blocks: usize) -> Self {
        Walker {
            reader,
            blocks: Vec::new(),
            images: Vec::new(),
            inline: Vec::new(),
            has_text: false,
            figures: Vec::new(),
            link: None,
            max_blocks,
            capped: false,
        }
    }

    /// Ends the walk: the last paragraph and any unclosed figures are kept.
    pub(super) fn finish(mut self) -> Fragment<R::Image> {
        self.flush();
        while let Some(frame) = self.figures.pop() {
            self.close_figure(frame);
        }
        Fragment {
            blocks: self.blocks,
            images: self.images,
            capped: self.capped,
        }
    }

    /// Handles the token at `i` and returns the index of the next one to handle.
    pub(super) fn step(&mut self, tokens: &[Token], i: usize) -> usize {
        let (name, attrs) = match &tokens[i] {
            Token::Text(text) => {
                self.has_text |= !text.trim().is_empty();
                self.inline.push(tokens[i].clone());
                return i + 1;
            }
            Token::End { name } => {
                if name == "a" {
                    self.link = None;
                }
                self.end_tag(name, &tokens[i]);
                return i + 1;
            }
            Token::Start { name, attrs } => (name.as_str(), Attrs(attrs)),
        };
        if name == "a" {
            self.link = attrs.get("href").map(str::to_owned);
        }
        if SKIP.contains(&name) {
            return self.skip(tokens, i);
        }
        if self.reader.is_embed(name, attrs) {
            return self.embedded(tokens, i);
        }
        match name {
            // An emoji drawn as an image (WordPress's `img.emoji`) is a character of the
            // text: its `alt` stays in the line.
            "img" if is_emoji(attrs) => {
                if let Some(alt) = attrs.get("alt") {
                    self.inline.push(Token::Text(alt.to_owned()));
                    self.has_text = true;
                }
                i + 1
            }
            "img" => {
                self.image(attrs, false);
                i + 1
            }
            "br" => {
                self.line_break(&tokens[i]);
                i + 1
            }
            // Classic WordPress captions: `[caption]` output (`p` or `span`) and gallery
            // captions (`dd`), whatever element carries the class.
            el if attrs.has_class("wp-caption-text") || attrs.has_class("gallery-caption") => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &[el], &[el]);
                let caption = self.lines(&tokens[i + 1..end]).join(" ");
                self.attach_caption(caption);
                next
            }
            "hr" => {
                self.flush();
                if !matches!(self.blocks.last(), None | Some(Block::Separator)) {
                    self.push_block(Block::Separator);
                }
                i + 1
            }
            "figure" => {
                self.flush();
                self.figures.push(Frame {
                    images: Vec::new(),
                    embeds: Vec::new(),
                    caption: None,
                });
                i + 1
            }
            "figcaption" => {
                self.flush();
                let (end, next) = heading_like_end(tokens, i + 1, &["figcaption"], &["figure"]);
                let caption = self.lines(&tokens[i + 1..end]).join(" ");
                self.attach_caption(caption);
                next
            }
            "blockquote" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &["blockquote"], &["blockquote"]);
                self.quote(&tokens[i + 1..end]);
                next
            }
            "ul" | "ol" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, LISTS, LISTS);
                self.list(name == "ol", &tokens[i + 1..end]);
                next
            }
            "pre" => {
                self.flush();
                let (end, next) = find_end(tokens, i + 1, &["pre"], &["pre"]);
                self.pre(&tokens[i + 1..end]);
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
                let text = self.lines(&tokens[i + 1..end]).join(" ");
                if !text.is_empty() {
                    self.push_block(Block::Heading(text));
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

    /// Drops a skipped element with its content, telling the reader of embedded content.
    pub(super) fn skip(&mut self, tokens: &[Token], i: usize) -> usize {
        let Token::Start { name, attrs } = &tokens[i] else {
            return i + 1;
        };
        if EMBEDDED.contains(&name.as_str()) {
            return self.embedded(tokens, i);
        }
        if REPORTED.contains(&name.as_str()) {
            let attrs = Attrs(attrs);
            let src = attrs.get("src").or_else(|| attrs.get("data"));
            self.reader.dropped(name, src);
        }
        if VOID.contains(&name.as_str()) {
            return i + 1;
        }
        find_end(tokens, i + 1, &[name], &[name]).1
    }

    /// An `<img>` (inside a list item or not), kept if the reader wants it.
    pub(super) fn image(&mut self, attrs: Attrs, in_list: bool) {
        let img = Img {
            attrs,
            link: self.link.as_deref(),
            in_list,
        };
        if let Some(image) = self.reader.image(img) {
            match self.figures.last_mut() {
                Some(frame) => frame.images.push(image),
                None => self.images.push(image),
            }
        }
    }

    /// A caption belongs to the open figure, else to the image just before it; with
    /// neither it is an ordinary paragraph.
    fn attach_caption(&mut self, caption: String) {
        if caption.is_empty() {
            return;
        }
        if let Some(frame) = self.figures.last_mut() {
            frame.caption = Some(caption);
        } else if let Some(last) = self.images.last_mut().filter(|m| m.caption().is_none()) {
            last.set_caption(caption);
        } else {
            self.push_block(paragraph_of(caption));
        }
    }

    /// The figure's caption goes to each of its images without one of their own, else
    /// to its embedded item; a caption with neither (a table's) stays readable as a
    /// paragraph.
    fn close_figure(&mut self, mut frame: Frame<R::Image>) {
        let embed = frame.embeds.last().copied();
        match frame.caption.take() {
            Some(caption) if frame.images.is_empty() => match embed {
                Some(at) => self.caption_embedded(at, caption),
                None => self.push_block(paragraph_of(caption)),
            },
            Some(caption) => {
                for m in frame.images.iter_mut().filter(|m| m.caption().is_none()) {
                    m.set_caption(caption.clone());
                }
            }
            None => {}
        }
        if let Some(outer) = self.figures.last_mut() {
            outer.embeds.extend(frame.embeds);
        }
        for m in frame.images {
            match self.figures.last_mut() {
                Some(outer) => outer.images.push(m),
                None => self.images.push(m),
            }
        }
    }

    /// Gives the embedded block at `at` its figure's caption, unless it has one.
    fn caption_embedded(&mut self, at: usize, caption: String) {
        if let Some(Block::Embedded(found)) = self.blocks.get_mut(at)
            && found.caption.is_none()
        {
            found.caption = Some(caption);
        }
    }

    /// Adds an embedded item's block, remembered by the open figure for its caption.
    pub(super) fn push_embedded(&mut self, block: Block) {
        let at = self.blocks.len();
        self.push_block(block);
        if self.blocks.len() > at
            && let Some(frame) = self.figures.last_mut()
        {
            frame.embeds.push(at);
        }
    }

    /// Ends the paragraph being collected.
    pub(super) fn flush(&mut self) {
        if self.inline.is_empty() {
            return;
        }
        let content = trim_edges(collapse_spaces(inline_nodes(&self.inline)));
        self.inline.clear();
        self.has_text = false;
        if !text_of(&content).trim().is_empty() {
            self.push_block(Block::Paragraph(content));
        }
    }

    pub(super) fn push_block(&mut self, block: Block) {
        if self.blocks.len() < self.max_blocks {
            self.blocks.push(block);
        } else {
            self.capped = true;
        }
    }
}

/// An emoji drawn as an image (WordPress's `img.emoji`, `img.wp-smiley`).
pub(super) fn is_emoji(attrs: Attrs) -> bool {
    attrs.has_class("emoji") || attrs.has_class("wp-smiley")
}

fn paragraph_of(text: String) -> Block {
    Block::Paragraph(vec![Inline::text(text)])
}
