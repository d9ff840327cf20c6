//! Apple News Format (`article.json`) → model.
//!
//! The first `title` component (else the document `title`, without a site-name
//! suffix) → headline; the first `intro` component, else `subtitle`, else
//! `metadata.excerpt` → deck; `metadata.authors`, else the names in `byline`/`author`
//! components (the date written with them left out) → bylines;
//! `metadata.datePublished`/`dateModified`; `metadata.canonicalURL`; `language`;
//! body, heading, quote, divider and caption components → blocks (text in HTML,
//! Markdown or plain); photo, gallery and mosaic components, image fills and
//! `metadata.thumbnailURL` → photos, each URL once (`bundle://` files cannot be
//! fetched and are reported). See [`walk`] for how components are read. As
//! `related-src`, the document is one card.

mod article;
mod byline;
mod embeds;
mod images;
mod markdown;
mod text;
mod walk;

use crate::adapters::finish::{TITLE_CHARS, card_parts, teaser};
use crate::adapters::node::Node;
use crate::model::{Decoded, Diagnostics, Document, Json, RelatedItem, RelatedSection};
use crate::text::words::truncate_words;

/// Converts an Apple News Format document to an article.
pub(crate) fn convert(root: &Json) -> Decoded {
    let mut d = Diagnostics::default();
    let node = Node::root(root);
    if !node.is_object() {
        d.fatal(
            "",
            format!(
                "expected an Apple News Format document object, found {}",
                root.kind()
            ),
        );
        return Decoded::new(None, d);
    }
    let article = article::article(&node, &mut d);
    let document = article.map(|article| Document {
        article,
        related: Vec::new(),
    });
    Decoded::new(document, d)
}

/// An ANF document lists no related stories; as `related-src` it is one card of
/// itself (its canonical URL, headline, deck, first photo and date).
pub(crate) fn related(root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let decoded = convert(root);
    let mut d = decoded.diagnostics;
    let Some(doc) = decoded.document else {
        return (Vec::new(), d);
    };
    let a = doc.article;
    let title = truncate_words(&a.headline, TITLE_CHARS);
    let items: Vec<RelatedItem> = card_parts(a.url, Some(title), "metadata.canonicalURL", &mut d)
        .map(|(url, title)| RelatedItem {
            url,
            title,
            teaser: a.deck.as_deref().and_then(teaser),
            image: a.media.into_iter().next(),
            published: a.published,
            section: None,
        })
        .into_iter()
        .collect();
    let section = RelatedSection {
        title: None,
        items,
        next_url: None,
    };
    (vec![section], d)
}
