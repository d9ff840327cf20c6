//! What a rendered document puts into the page, walked the way the components walk it:
//! every URL that can reach an `href`, `src` or `srcset` (with where it comes from), the
//! visible text, and structural problems (a blank headline, rich text deeper than the
//! cap). Shared by the property tests and the fuzz targets (`fuzz/src/lib.rs`).

#![allow(dead_code)]

use reader_widget::html::{Inline, text_of};
use reader_widget::model::embeds::Source;
use reader_widget::model::limits::MAX_MARKUP_DEPTH;
use reader_widget::model::{Block, Document, List, Media, RelatedSection, SrcSet};

use super::url_oracle;

/// The URLs (with where each comes from) and the visible text of rendered output, plus
/// any structural problem found while walking it.
#[derive(Default)]
pub struct Page {
    pub urls: Vec<(String, String)>,
    pub text: Vec<String>,
    pub problems: Vec<String>,
}

impl Page {
    pub fn url(&mut self, at: &str, url: &str) {
        self.urls.push((at.to_owned(), url.to_owned()));
    }

    pub fn text(&mut self, text: &str) {
        self.text.push(text.to_owned());
    }

    pub fn opt(&mut self, text: &Option<String>) {
        if let Some(t) = text {
            self.text(t);
        }
    }

    pub fn document(&mut self, doc: &Document) {
        let a = &doc.article;
        if a.headline.trim().is_empty() {
            self.problems
                .push(format!("blank headline {:?}", a.headline));
        }
        self.text(&a.headline);
        for t in [&a.deck, &a.section, &a.dateline] {
            self.opt(t);
        }
        for t in a.contributors.iter().flat_map(|c| c.texts()) {
            self.text(t);
        }
        if let Some(url) = &a.url {
            self.url("article.url", url.as_str());
        }
        for (i, b) in a.bylines.iter().enumerate() {
            self.text(&b.name);
            self.opt(&b.role);
            if let Some(url) = &b.url {
                self.url(&format!("bylines[{i}].url"), url.as_str());
            }
        }
        for (i, m) in a.media.iter().enumerate() {
            self.media(&format!("media[{i}]"), m);
        }
        self.blocks("body", &a.body);
        self.sections("related", &doc.related);
    }

    pub fn media(&mut self, at: &str, m: &Media) {
        self.url(&format!("{at}.src"), m.src.as_str());
        if let Some(set) = &m.srcset {
            self.srcset(&format!("{at}.srcset"), set);
        }
        for t in [&m.alt, &m.caption, &m.credit] {
            self.opt(t);
        }
    }

    pub fn srcset(&mut self, at: &str, set: &SrcSet) {
        for candidate in set.as_str().split(", ") {
            let mut parts = candidate.split(' ');
            let url = parts.next().unwrap_or_default();
            self.url(at, url);
            if parts.count() > 1 {
                self.problems
                    .push(format!("{at}: candidate {candidate:?} has extra parts"));
            }
        }
    }

    pub fn blocks(&mut self, at: &str, blocks: &[Block]) {
        for (i, block) in blocks.iter().enumerate() {
            match block {
                Block::Paragraph { content } => {
                    self.inlines(&format!("{at}[{i}]"), content);
                }
                Block::Heading { text } => self.text(text),
                Block::Quote { text, cite } => {
                    self.text(text);
                    self.opt(cite);
                }
                Block::List(list) => self.list(at, list),
                Block::Separator => {}
                Block::Embed(e) => {
                    let at = format!("{at}[{i}]");
                    self.url(&format!("{at}.url"), e.url.as_str());
                    if let Some(player) = e.player_url() {
                        self.url(&format!("{at}.player"), &player);
                    }
                    if let Some(m) = &e.thumbnail {
                        self.media(&format!("{at}.thumbnail"), m);
                    }
                    for t in [&e.title, &e.caption, &e.author, &e.text] {
                        self.opt(t);
                    }
                }
                Block::Video(v) => {
                    let at = format!("{at}[{i}]");
                    self.sources(&at, &v.sources);
                    if let Some(poster) = &v.poster {
                        self.url(&format!("{at}.poster"), poster.as_str());
                    }
                    if let Some(track) = &v.captions {
                        self.url(&format!("{at}.captions"), track.src.as_str());
                    }
                    for t in [&v.title, &v.caption, &v.credit] {
                        self.opt(t);
                    }
                }
                Block::Audio(a) => {
                    let at = format!("{at}[{i}]");
                    self.sources(&at, &a.sources);
                    for t in [&a.title, &a.caption, &a.credit] {
                        self.opt(t);
                    }
                }
            }
        }
    }

    /// The files of a video or audio block.
    pub fn sources(&mut self, at: &str, sources: &[Source]) {
        for (j, s) in sources.iter().enumerate() {
            self.url(&format!("{at}.sources[{j}]"), s.src.as_str());
        }
    }

    /// A list's items (rich text) and the lists nested under them.
    pub fn list(&mut self, at: &str, list: &List) {
        let mut stack = vec![list];
        while let Some(list) = stack.pop() {
            for item in &list.items {
                self.inlines(&format!("{at} item"), &item.content);
                stack.extend(&item.list);
            }
        }
    }

    /// Walks rich text without recursion, as deep as it goes, checking the depth cap.
    pub fn inlines(&mut self, at: &str, nodes: &[Inline]) {
        let mut stack: Vec<(&Inline, usize)> = nodes.iter().rev().map(|n| (n, 1)).collect();
        while let Some((node, depth)) = stack.pop() {
            if let Inline::Mark { children, .. } | Inline::Link { children, .. } = node {
                if depth > MAX_MARKUP_DEPTH {
                    self.problems.push(format!(
                        "{at}: elements nested {depth} deep (cap {MAX_MARKUP_DEPTH})"
                    ));
                    return;
                }
                if let Inline::Link { href, .. } = node {
                    self.url(&format!("{at} link"), href.as_str());
                }
                stack.extend(children.iter().rev().map(|c| (c, depth + 1)));
            }
        }
        self.text(&text_of(nodes));
    }

    pub fn sections(&mut self, at: &str, sections: &[RelatedSection]) {
        for (s, section) in sections.iter().enumerate() {
            self.opt(&section.title);
            if let Some(url) = &section.next_url {
                self.url(&format!("{at}[{s}].next_url"), url.as_str());
            }
            for (i, card) in section.items.iter().enumerate() {
                let path = format!("{at}[{s}].items[{i}]");
                self.url(&format!("{path}.url"), card.url.as_str());
                self.text(&card.title);
                self.opt(&card.teaser);
                self.opt(&card.section);
                if let Some(image) = &card.image {
                    self.media(&format!("{path}.image"), image);
                }
            }
        }
    }

    /// Every URL problem, plus the structural ones.
    pub fn unsafe_parts(&self, forbidden: &[String]) -> Vec<String> {
        let mut out = self.problems.clone();
        for (at, url) in &self.urls {
            if let Some(problem) = url_oracle::url_problem(url) {
                out.push(format!("{at}: {url:?}: {problem}"));
            }
            let squeezed: String = url
                .chars()
                .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
                .collect::<String>()
                .to_ascii_lowercase();
            for f in forbidden {
                if squeezed.contains(&f.to_ascii_lowercase()) {
                    out.push(format!("{at}: {url:?} contains the forbidden {f:?}"));
                }
            }
        }
        out
    }

    pub fn all_text(&self) -> String {
        self.text.join("\n")
    }
}
