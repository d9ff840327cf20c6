//! Related posts a WordPress site has already computed: Jetpack adds
//! `jetpack-related-posts` to each post of the REST API (`id`, `url`, `title`,
//! `excerpt`, `date` as the site prints it, `img.src` or `""`). They become the
//! document's related section, so "More in …" shows the publisher's own picks.

use super::dates;
use super::finish::{TITLE_CHARS, bare_media, card_parts, teaser};
use super::node::Node;
use crate::model::{Diagnostics, RelatedItem, RelatedSection};
use crate::text::words::truncate_words;

/// The post's Jetpack related posts as one untitled section; none when it has none.
pub(super) fn related_posts(post: &Node, d: &mut Diagnostics) -> Vec<RelatedSection> {
    let Some(list) = post.get("jetpack-related-posts") else {
        return Vec::new();
    };
    // `false` or `[]` when the module is on but found nothing.
    if !matches!(list.json, crate::model::Json::Array(_)) {
        return Vec::new();
    }
    let items: Vec<RelatedItem> = list.many(d).iter().filter_map(|p| card(p, d)).collect();
    if items.is_empty() {
        return Vec::new();
    }
    vec![RelatedSection {
        title: None,
        items,
        next_url: None,
    }]
}

fn card(post: &Node, d: &mut Diagnostics) -> Option<RelatedItem> {
    let url = post.get("url").and_then(|u| u.url(d));
    let title = post
        .text_at("title", d)
        .map(|t| truncate_words(&t, TITLE_CHARS));
    let (url, title) = card_parts(url, title, &post.path, d)?;
    let image = post.get("img").and_then(|img| {
        let src = img.get("src")?;
        // An empty `src` is Jetpack's way of saying the post has no picture.
        src.as_str().filter(|s| !s.trim().is_empty())?;
        let mut m = bare_media(src.url(d)?);
        m.width = img.get("width").and_then(|w| w.dimension(d));
        m.height = img.get("height").and_then(|h| h.dimension(d));
        m.alt = img.text_at("alt_text", d);
        Some(m)
    });
    Some(RelatedItem {
        url,
        title,
        teaser: post.text_at("excerpt", d).and_then(|t| teaser(&t)),
        image,
        // The site's own wording ("March 5, 2019"); a date it cannot read is left off.
        published: post
            .get("date")
            .and_then(|date| date.as_str())
            .and_then(dates::quiet),
        section: None,
    })
}
