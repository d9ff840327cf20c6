//! Relative URLs of a converted document read against the document's own address: a
//! CMS writes `/profiles/ana` meaning its own site, while the widget runs on the host's
//! page, where the same text would point elsewhere. (The native format's relative URLs
//! are the publisher's choice and resolve against the host page, as documented.)

use crate::html::{Inline, List};
use crate::model::{Block, Document, Media, SafeUrl, Source, SrcSet};

/// Resolves every relative URL of `doc` against its article's absolute `url`, if it has
/// one.
pub(crate) fn resolve_urls(doc: &mut Document) {
    let Some(base) = doc.article.url.clone().filter(SafeUrl::is_absolute) else {
        return;
    };
    let a = &mut doc.article;
    for b in &mut a.bylines {
        resolve(&mut b.url, &base);
    }
    for m in &mut a.media {
        media(m, &base);
    }
    for block in &mut a.body {
        match block {
            Block::Paragraph { content } => inlines(content, &base),
            Block::List(l) => list(l, &base),
            Block::Heading { .. } | Block::Quote { .. } | Block::Separator => {}
            Block::Embed(e) => {
                e.url = e.url.resolve(&base);
                if let Some(m) = &mut e.thumbnail {
                    media(m, &base);
                }
            }
            Block::Video(v) => {
                sources(&mut v.sources, &base);
                resolve(&mut v.poster, &base);
                if let Some(t) = &mut v.captions {
                    t.src = t.src.resolve(&base);
                }
            }
            Block::Audio(a) => sources(&mut a.sources, &base),
        }
    }
    for section in &mut doc.related {
        resolve(&mut section.next_url, &base);
        for card in &mut section.items {
            card.url = card.url.resolve(&base);
            if let Some(m) = &mut card.image {
                media(m, &base);
            }
        }
    }
}

fn sources(sources: &mut [Source], base: &SafeUrl) {
    for s in sources {
        s.src = s.src.resolve(base);
    }
}

fn resolve(url: &mut Option<SafeUrl>, base: &SafeUrl) {
    if let Some(u) = url {
        *u = u.resolve(base);
    }
}

fn media(m: &mut Media, base: &SafeUrl) {
    m.src = m.src.resolve(base);
    if let Some(set) = &m.srcset {
        let candidates: Vec<String> = set
            .as_str()
            .split(", ")
            .map(|c| {
                let (url, descriptor) = c.split_once(' ').unwrap_or((c, ""));
                let url = SafeUrl::parse(url)
                    .map_or_else(|_| url.to_owned(), |u| u.resolve(base).as_str().to_owned());
                format!("{url} {descriptor}").trim_end().to_owned()
            })
            .collect();
        if let Ok(resolved) = SrcSet::parse(&candidates.join(", ")) {
            m.srcset = Some(resolved);
        }
    }
}

/// Links in rich text (nesting is bounded by the parser's depth cap).
fn inlines(nodes: &mut [Inline], base: &SafeUrl) {
    for node in nodes {
        match node {
            Inline::Link { href, children } => {
                *href = href.resolve(base);
                inlines(children, base);
            }
            Inline::Mark { children, .. } => inlines(children, base),
            Inline::Text { .. } | Inline::Break => {}
        }
    }
}

/// Links in list items (nesting is bounded by the list depth cap).
fn list(l: &mut List, base: &SafeUrl) {
    for item in &mut l.items {
        inlines(&mut item.content, base);
        if let Some(nested) = &mut item.list {
            list(nested, base);
        }
    }
}
