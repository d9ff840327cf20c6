//! `related_content.basic[]` → cards: full ANS documents become cards; unresolved
//! `reference`s and embeds have nothing to show and are reported.

use super::article::{headline, published, section, url};
use super::images::card_image;
use crate::adapters::finish::{TITLE_CHARS, card_parts, teaser};
use crate::adapters::node::Node;
use crate::model::{Diagnostics, RelatedItem, RelatedSection};
use crate::text::words::truncate_words;

/// The related stories of `related_content.basic` as one untitled section; `None` when
/// the document has none.
pub(super) fn related_section(root: &Node, d: &mut Diagnostics) -> Option<RelatedSection> {
    let basic = root.get("related_content")?.get("basic")?;
    let items: Vec<RelatedItem> = basic
        .array(d)
        .into_iter()
        .filter_map(|item| card(&item, d))
        .collect();
    Some(RelatedSection {
        title: None,
        items,
        next_url: None,
    })
}

fn card(item: &Node, d: &mut Diagnostics) -> Option<RelatedItem> {
    if !item.is_object() {
        d.warn(
            &item.path,
            format!(
                "expected a story object, found {}; dropped",
                item.json.kind()
            ),
        );
        return None;
    }
    match item.get("type").and_then(|t| t.as_str()) {
        Some("reference") => {
            let id = item
                .get("referent")
                .and_then(|r| r.get("id"))
                .and_then(|i| i.as_str())
                .unwrap_or_default();
            d.warn(
                &item.path,
                format!(
                    "an unresolved reference to \"{id}\" has no headline or url; dropped \
                     (resolve references before serving the story)"
                ),
            );
            return None;
        }
        Some("story" | "gallery" | "video") | None => {}
        Some(other) => {
            d.warn(
                &item.path,
                format!("\"{other}\" is not a story and cannot be a card; dropped"),
            );
            return None;
        }
    }
    let url = url(item, d);
    // A card without a headline is dropped by `card_parts`; it is not fatal here.
    let mut quiet = Diagnostics::default();
    let title = headline(item, &mut quiet).map(|t| truncate_words(&t, TITLE_CHARS));
    let (url, title) = card_parts(url, title, &item.path, d)?;
    let teaser = ["subheadlines", "description"]
        .iter()
        .filter_map(|k| item.get(k))
        .find_map(|n| n.text_at("basic", d))
        .and_then(|t| teaser(&t));
    Some(RelatedItem {
        url,
        title,
        teaser,
        image: card_image(item, d),
        published: published(item, d),
        section: section(item, d),
    })
}
