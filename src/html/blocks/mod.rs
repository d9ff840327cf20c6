//! Publisher article HTML (WordPress `content.rendered`, JSON Feed `content_html`) →
//! blocks and images in reading order, so that other formats render with the same
//! components as native ones.
//!
//! `<p>` becomes a paragraph (its inline markup through the allowlist), `<h1>`–`<h6>` a
//! heading, `<blockquote>` a quote (a `<cite>` or a trailing "— Name" line becomes the
//! citation), `<ul>`/`<ol>` a list, `<hr>` a separator, `<pre>` a paragraph with its line
//! breaks. Every `<img>` becomes an image (with the `<figcaption>` of its `<figure>`) and
//! leaves the text flow; whether an image is a photo worth showing is the [`Reader`]'s
//! call. Containers (`div`, `section`, tables …) only separate paragraphs; loose text
//! becomes a paragraph. Players (`<iframe>` …), `<video>`, `<audio>` and what the
//! [`Reader`] calls an embed become [`Block::Embedded`] with what they hold (see
//! [`embedded`]), with their figure's caption. Scripts, styles, forms and drawings are
//! dropped with their content; the reader hears of the ones a reader would miss.

mod elements;
mod embedded;
mod lists;
mod sections;
mod walker;

use super::attrs::Attrs;
use super::nodes::{Inline, List};
use super::tokenizer::tokenize;
use walker::Walker;

pub use embedded::{Embedded, FoundTrack};

/// A text block of the fragment.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    Heading(String),
    Quote {
        text: String,
        cite: Option<String>,
    },
    List(List),
    Separator,
    /// A player, a social post, a video or audio: as found, for the reader to decide.
    Embedded(Box<Embedded>),
}

/// An `<img>` as the reader found it: its attributes, the link around it (a gallery's
/// thumbnail links to the full-size file), and whether it sits in a list item (where
/// images are icons, not photos).
#[derive(Debug, Clone, Copy)]
pub struct Img<'a> {
    pub attrs: Attrs<'a>,
    pub link: Option<&'a str>,
    pub in_list: bool,
}

/// What a fragment holds: its text blocks, and its images (they leave the text flow).
#[derive(Debug, Clone, PartialEq)]
pub struct Fragment<I> {
    pub blocks: Vec<Block>,
    pub images: Vec<I>,
    /// More blocks than `max_blocks` were found; the rest were dropped.
    pub capped: bool,
}

/// An image the reader keeps, to which a caption found after it can be attached.
pub trait Captioned {
    /// The caption attached so far.
    fn caption(&self) -> Option<&str>;
    /// Attaches a caption.
    fn set_caption(&mut self, caption: String);
}

/// The caller's decisions while a fragment is read, made in document order: which
/// `<img>` is an image worth keeping (and as what), and what to say about dropped
/// embedded content.
pub trait Reader {
    /// What the caller keeps of an image.
    type Image: Captioned;
    /// An `<img>` where it was found; `None` drops it.
    fn image(&mut self, img: Img) -> Option<Self::Image>;
    /// An embedded `<svg>`, `<canvas>`, `<form>` … (with its `src`) was dropped.
    fn dropped(&mut self, element: &str, src: Option<&str>);
    /// Whether an element (a `<blockquote>`, a `<div>` …) is an embedded item to read
    /// whole as [`Block::Embedded`] rather than as text; players, `<video>` and
    /// `<audio>` always are.
    fn is_embed(&self, element: &str, attrs: Attrs) -> bool;
}

/// Reads `html` into blocks and images, keeping at most `max_blocks` blocks.
pub fn read_blocks<R: Reader>(html: &str, reader: &mut R, max_blocks: usize) -> Fragment<R::Image> {
    let tokens = tokenize(html);
    let mut w = Walker::new(reader, max_blocks);
    let mut i = 0;
    while i < tokens.len() {
        i = w.step(&tokens, i);
    }
    w.finish()
}
