//! Embedded content as the block reader finds it: a player (`<iframe>`, `<embed>`,
//! `<object>`), a `<video>` or `<audio>` with its `<source>`s and `<track>`s, or an
//! element the [`Reader`] calls an embed (a social post's `<blockquote>`, an embed's
//! wrapper). Only what the markup says is gathered, as text: what the item is, and
//! whether it is kept, is the reader's call. Nothing inside is ever read as markup to
//! show, and `srcdoc` is never looked at.

use super::elements::{BOUNDARIES, VOID, find_end};
use super::walker::Walker;
use super::{Block, Reader};
use crate::html::attrs::Attrs;
use crate::html::tokenizer::Token;
use crate::text::words::collapse_whitespace;

/// Attributes that name an embedded post's own address.
const PERMALINKS: &[&str] = &["data-instgrm-permalink", "cite", "data-href"];

/// A `<track>` of a video: `kind`, `src`, `srclang`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FoundTrack {
    pub kind: Option<String>,
    pub src: String,
    pub lang: Option<String>,
}

/// What an embedded element holds, as written (see the module notes).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Embedded {
    /// The element that carried it: `iframe`, `video`, `audio`, `blockquote`, `div` …
    pub element: String,
    /// The element's own attributes, in source order.
    pub attrs: Vec<(String, String)>,
    /// `src` (else `data-src`, `data`) of the players inside it.
    pub frames: Vec<String>,
    /// `<source src type>` inside it.
    pub sources: Vec<(String, Option<String>)>,
    /// `<track>`s inside it.
    pub tracks: Vec<FoundTrack>,
    /// Links inside it: `href` and the link's text.
    pub links: Vec<(String, String)>,
    /// Its visible text, one line per block element or `<br>`.
    pub lines: Vec<String>,
    /// `datetime` of the `<time>` elements inside it.
    pub times: Vec<String>,
    /// The `title` of the element, else of the first player inside it.
    pub title: Option<String>,
    /// The caption of the `<figure>` it sits in.
    pub caption: Option<String>,
}

impl Embedded {
    /// The element's attribute `key` (trimmed; empty is absent).
    pub fn attr(&self, key: &str) -> Option<&str> {
        Attrs(&self.attrs).get(key)
    }

    /// Whether the element's `class` lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        Attrs(&self.attrs).has_class(class)
    }
}

/// Reads the element starting at `tokens[i]` (a start tag): what it holds, and the
/// index after its end.
fn read(tokens: &[Token], i: usize) -> (Embedded, usize) {
    let Token::Start { name, attrs } = &tokens[i] else {
        return (Embedded::default(), i + 1);
    };
    let mut found = Embedded {
        element: name.clone(),
        attrs: attrs.clone(),
        title: Attrs(attrs).get("title").map(str::to_owned),
        ..Embedded::default()
    };
    let (end, next) = if VOID.contains(&name.as_str()) {
        (i + 1, i + 1)
    } else {
        find_end(tokens, i + 1, &[name], &[name])
    };
    let mut line = String::new();
    let mut link: Option<(String, String)> = None;
    for t in &tokens[(i + 1).min(end)..end] {
        match t {
            Token::Text(text) => {
                line.push_str(text);
                if let Some((_, label)) = &mut link {
                    label.push_str(text);
                }
            }
            Token::Start { name, attrs } => {
                let a = Attrs(attrs);
                match name.as_str() {
                    "iframe" | "embed" | "object" => {
                        found.frames.extend(frame_src(a));
                        if found.title.is_none() {
                            found.title = a.get("title").map(str::to_owned);
                        }
                    }
                    "source" => found.sources.extend(
                        a.get("src")
                            .map(|s| (s.to_owned(), a.get("type").map(str::to_owned))),
                    ),
                    "track" => found.tracks.extend(a.get("src").map(|src| FoundTrack {
                        kind: a.get("kind").map(str::to_owned),
                        src: src.to_owned(),
                        lang: a.get("srclang").map(str::to_owned),
                    })),
                    "a" => link = a.get("href").map(|h| (h.to_owned(), String::new())),
                    "time" => found.times.extend(a.get("datetime").map(str::to_owned)),
                    // A post's own address on an element inside the wrapper.
                    "blockquote" | "div" => {
                        for key in PERMALINKS {
                            if let Some(v) = a.get(key) {
                                found.attrs.push(((*key).to_owned(), v.to_owned()));
                            }
                        }
                    }
                    n if n == "br" || BOUNDARIES.contains(&n) => end_line(&mut found, &mut line),
                    _ => {}
                }
            }
            Token::End { name } if name == "a" => {
                if let Some((href, label)) = link.take() {
                    found.links.push((href, collapse_whitespace(&label)));
                }
            }
            Token::End { name } if BOUNDARIES.contains(&name.as_str()) => {
                end_line(&mut found, &mut line);
            }
            Token::End { .. } => {}
        }
    }
    end_line(&mut found, &mut line);
    (found, next)
}

/// The address of a player element: `src`, else a lazy loader's `data-src`, else an
/// `<object>`'s `data`.
fn frame_src(a: Attrs) -> Option<String> {
    a.get("src")
        .or_else(|| a.get("data-src"))
        .or_else(|| a.get("data"))
        .map(str::to_owned)
}

fn end_line(found: &mut Embedded, line: &mut String) {
    let text = collapse_whitespace(line);
    if !text.is_empty() {
        found.lines.push(text);
    }
    line.clear();
}

impl<R: Reader> Walker<'_, R> {
    /// Reads the embedded element at `tokens[i]` into a block of its own (the paragraph
    /// before it ends there) and returns the index after it.
    pub(super) fn embedded(&mut self, tokens: &[Token], i: usize) -> usize {
        let (mut found, next) = read(tokens, i);
        if found.element == "iframe" || found.element == "embed" || found.element == "object" {
            found.frames.splice(0..0, frame_src(Attrs(&found.attrs)));
        }
        self.flush();
        self.push_embedded(Block::Embedded(Box::new(found)));
        next
    }
}
