//! The article entity: headline, deck, dates, language, URL, photos and body.

use super::images::{image_media, part_photos};
use super::people::name_of;
use super::people::{contributors, people};
use super::videos::media_blocks;
use crate::adapters::pictures::{fill_in, merge_variants};
use crate::text::boilerplate::strip_site_suffix;

use super::graph::{Graph, types};
use super::values::{case_variant, date, first_text, first_url};
use crate::adapters::finish::{
    bare_media, distinct_deck, finish_media, text_paragraphs, with_credit,
};
use crate::adapters::html_body::html_to_blocks;
use crate::adapters::node::Node;
use crate::html::looks_like_html;
use crate::model::decode::is_language_tag;
use crate::model::{Article, Block, Diagnostics, Media, SafeUrl};

pub(super) fn article(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<Article> {
    let Some(headline) = first_text(node, "headline", d)
        .or_else(|| case_variant(node, "headline").and_then(|key| first_text(node, &key, d)))
        .or_else(|| first_text(node, "name", d))
    else {
        d.fatal(
            &node.key_path("headline"),
            "missing: the article has no headline or name",
        );
        return None;
    };
    // " | Example Daily" after the headline, when it is the publisher's name.
    let publisher = name_of(graph, node, "publisher", d);
    let headline = match &publisher {
        Some(site) => strip_site_suffix(&headline, site),
        None => headline,
    };
    let mut media: Vec<(String, Media)> = Vec::new();
    if let Some(images) = node.get("image") {
        for image in images.many(d) {
            if let Some(m) = graph
                .resolve(image, d)
                .and_then(|n| image_media(graph, &n, d))
            {
                media.push(m);
            }
        }
        // The renditions of one photo (16:9, 4:3, square) usually share its caption.
        media = merge_variants(media, true);
    }
    // Photos of the story listed as its parts or associated media come after the lead;
    // the lead listed again there is the same photo, with what it adds filled in.
    for (path, photo) in part_photos(graph, node, d) {
        match media.iter_mut().find(|(_, m)| m.src == photo.src) {
            Some((_, known)) => fill_in(known, photo),
            None => media.push((path, photo)),
        }
    }
    if media.is_empty()
        && let Some(thumb) = node.get("thumbnailUrl")
        && let Some(src) = first_url(&thumb, d)
    {
        media.push((thumb.path.clone(), bare_media(src)));
    }
    let mut body = node
        .get("articleBody")
        .map(|b| article_body(&b, &mut media, d))
        .unwrap_or_default();
    body.extend(media_blocks(graph, node, d));
    let page = page(graph, node, d);
    let deck = first_text(node, "alternativeHeadline", d)
        .filter(|alt| *alt != headline)
        .or_else(|| first_text(node, "description", d))
        .or_else(|| page.as_ref().and_then(|p| first_text(p, "description", d)));
    let deck_path = node.key_path("description");
    Some(Article {
        deck: distinct_deck(deck, &headline, &body, &deck_path, d),
        section: node
            .get("articleSection")
            .and_then(|s| s.many(d).into_iter().find_map(|s| s.text(d))),
        url: article_url(graph, node, d),
        lang: node
            .get("inLanguage")
            .or_else(|| page.as_ref().and_then(|p| p.get("inLanguage")))
            .and_then(|l| language(&l, d)),
        dir: None,
        bylines: people(graph, node, "author", publisher.as_deref(), d),
        published: node.get("datePublished").and_then(|n| date(&n, d)),
        updated: node.get("dateModified").and_then(|n| date(&n, d)),
        dateline: first_text(node, "dateline", d),
        media: finish_media(media, d),
        body,
        contributors: contributors(graph, node, d),
        headline,
    })
}

/// `url`, else the page's `url`, else `mainEntityOfPage` as a URL or `@id`.
pub(super) fn article_url(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
    node.get("url")
        .and_then(|u| first_url(&u, d))
        .or_else(|| {
            page(graph, node, d)
                .and_then(|p| p.get("url"))
                .and_then(|u| first_url(&u, d))
        })
        .or_else(|| node.get("mainEntityOfPage").and_then(|m| first_url(&m, d)))
}

/// The WebPage an article belongs to (`mainEntityOfPage`, else `isPartOf`, references
/// followed): Yoast SEO puts the page's URL, description and language there.
pub(super) fn page<'a>(
    graph: &Graph<'a>,
    node: &Node<'a>,
    d: &mut Diagnostics,
) -> Option<Node<'a>> {
    ["mainEntityOfPage", "isPartOf"].iter().find_map(|key| {
        let first = node.get(key)?.many(d).into_iter().next()?;
        graph
            .lookup(&first)
            .filter(|p| types(p.json).iter().any(|t| t.ends_with("Page")))
    })
}

/// `"en-US"`, or `{"@type": "Language", "name": "English", "alternateName": "en"}`.
pub(super) fn language(node: &Node, d: &mut Diagnostics) -> Option<String> {
    let first = node.many(d).into_iter().next()?;
    let candidates: Vec<Node> = if first.is_object() {
        ["alternateName", "name"]
            .iter()
            .filter_map(|k| first.get(k))
            .collect()
    } else {
        vec![first.clone()]
    };
    let mut seen = None;
    for c in candidates {
        if let Some(tag) = c.string(d) {
            if is_language_tag(&tag) {
                return Some(tag);
            }
            seen.get_or_insert((c.path.clone(), tag));
        }
    }
    if let Some((path, tag)) = seen {
        d.warn(
            &path,
            format!("\"{tag}\" is not a BCP 47 language tag; ignored"),
        );
    }
    None
}

/// `articleBody`: HTML if it looks like HTML, else paragraphs at line breaks; a line
/// `[Image: caption URL]` (how Vox Media sites flatten a photo) becomes a photo.
pub(super) fn article_body(
    node: &Node,
    media: &mut Vec<(String, Media)>,
    d: &mut Diagnostics,
) -> Vec<Block> {
    let Some(text) = node.string(d) else {
        return Vec::new();
    };
    if looks_like_html(&text) {
        let body = html_to_blocks(&text, &node.path, d);
        media.extend(body.media.into_iter().map(|m| (node.path.clone(), m)));
        return body.blocks;
    }
    let decoded = crate::html::decode_text(&text);
    let mut kept = String::new();
    for line in decoded.lines() {
        match image_placeholder(line) {
            Some(m) => media.push((node.path.clone(), m)),
            None => {
                kept.push_str(line);
                kept.push('\n');
            }
        }
    }
    text_paragraphs(&kept)
}

/// `[Image: A caption. https://cdn.example/photo.jpg]` → a photo with that caption.
pub(super) fn image_placeholder(line: &str) -> Option<Media> {
    let inner = line
        .trim()
        .strip_prefix("[Image:")?
        .strip_suffix(']')?
        .trim();
    let (caption, url) = match inner.rsplit_once(char::is_whitespace) {
        Some((caption, url)) => (caption.trim(), url),
        None => ("", inner),
    };
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return None;
    }
    let mut m = bare_media(SafeUrl::parse(url).ok()?);
    m.caption = Some(caption.to_owned()).filter(|c| !c.is_empty());
    Some(with_credit(m))
}
