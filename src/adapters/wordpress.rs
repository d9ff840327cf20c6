//! WordPress REST API (`/wp/v2/posts/<id>`, with or without `?_embed`) → model, so a
//! WordPress site can feed the widget without a custom endpoint.
//!
//! `title.rendered` → headline; `content.rendered` → body blocks and photos (see
//! [`super::html_blocks`]); `excerpt.rendered` (boilerplate removed, unless it repeats
//! the body) → deck; `date_gmt` (UTC, without a zone: `Z` is added) → published,
//! `modified_gmt` → updated; `link` → url; `_embedded.author[].name` → bylines;
//! `_embedded["wp:featuredmedia"][0]` → first photo; the first category in
//! `_embedded["wp:term"]` → section. An attachment (`/wp/v2/media/<id>`, type
//! `attachment`) is read as an article showing that one photo. A collection shows its
//! first post; as `related-src` it becomes cards. Jetpack's `jetpack-related-posts` are
//! the document's related section (see [`super::jetpack`]).

use crate::model::{
    Article, Byline, Decoded, Diagnostics, Document, Json, Media, RelatedItem, RelatedSection,
    SafeUrl, SrcSet, Timestamp,
};

use super::bylines::{add_unique, from_name};
use super::dates;
use super::finish::{
    TITLE_CHARS, bare_media, card_parts, distinct_deck, finish_media, teaser, with_credit,
};
use super::html_body::html_to_blocks;
use super::jetpack;
use super::node::Node;
use crate::text::boilerplate::strip_site_suffix;
use crate::text::teaser::clean_teaser;
use crate::text::words::truncate_words;

/// Converts a post (or the first post of a collection) to an article.
pub(crate) fn convert(root: &Json) -> Decoded {
    let mut d = Diagnostics::default();
    let post = match root {
        Json::Array(items) if items.is_empty() => {
            d.fatal("", "an empty list of posts has no article to show");
            None
        }
        Json::Array(items) => {
            if items.len() > 1 {
                d.warn(
                    "",
                    format!(
                        "a list of {} posts; only the first is shown (as related-src it becomes cards)",
                        items.len()
                    ),
                );
            }
            Some(Node {
                json: &items[0],
                path: "[0]".to_owned(),
            })
        }
        Json::Object(_) => Some(Node::root(root)),
        other => {
            d.fatal(
                "",
                format!("expected a WordPress post object, found {}", other.kind()),
            );
            None
        }
    };
    let article = post
        .as_ref()
        .and_then(|p| Some((article(p, &mut d)?, jetpack::related_posts(p, &mut d))));
    let document = article.map(|(article, related)| Document { article, related });
    Decoded::new(document, d)
}

/// Cards from a collection of posts (or a single post) as one untitled section.
pub(crate) fn related(root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let posts = match root {
        Json::Array(_) | Json::Object(_) => Node::root(root).many(&mut d),
        other => {
            d.fatal(
                "",
                format!("expected a list of WordPress posts, found {}", other.kind()),
            );
            Vec::new()
        }
    };
    let items: Vec<RelatedItem> = posts.iter().filter_map(|post| card(post, &mut d)).collect();
    let sections = if d.has_fatal() {
        Vec::new()
    } else {
        vec![RelatedSection {
            title: None,
            items,
            next_url: None,
        }]
    };
    (sections, d)
}

fn article(post: &Node, d: &mut Diagnostics) -> Option<Article> {
    // Yoast's site name after the title (" - Site") is not part of the headline.
    let site = post
        .get("yoast_head_json")
        .and_then(|y| y.get("og_site_name"))
        .and_then(|n| n.text(d));
    let title = title(post, d).map(|t| match &site {
        Some(site) => strip_site_suffix(&t, site),
        None => t,
    });
    let Some(headline) = title else {
        d.fatal(
            &post.key_path("title.rendered"),
            "missing: every article needs a headline",
        );
        return None;
    };
    let is_attachment = post.get("type").and_then(|t| t.as_str()) == Some("attachment");
    let mut media: Vec<(String, Media)> = Vec::new();
    if is_attachment {
        media.extend(wp_media(post, d).map(|m| (post.path.clone(), m)));
    } else {
        media.extend(featured_media(post, d));
    }
    let html_key = if is_attachment {
        "description"
    } else {
        "content"
    };
    let body = match rendered(post, html_key) {
        Some(html) => {
            if post
                .get(html_key)
                .and_then(|c| c.get("protected"))
                .is_some_and(|p| matches!(p.json, Json::Bool(true)))
            {
                d.warn(
                    &html.path,
                    "the post is password-protected; only what the API returned is shown",
                );
            }
            let raw = html.string(d).unwrap_or_default();
            let parts = html_to_blocks(&raw, &html.path, d);
            media.extend(parts.media.into_iter().map(|m| (html.path.clone(), m)));
            parts.blocks
        }
        None => {
            if !is_attachment {
                d.warn(
                    &post.key_path("content.rendered"),
                    "missing: the article has no body",
                );
            }
            Vec::new()
        }
    };
    let deck_path = post.key_path("excerpt.rendered");
    let deck = rendered(post, "excerpt")
        .and_then(|e| e.html_text(d))
        .map(|t| clean_teaser(&t))
        .filter(|t| !t.is_empty());
    Some(Article {
        deck: distinct_deck(deck, &headline, &body, &deck_path, d),
        section: category(post, d),
        url: post.get("link").and_then(|l| l.url(d)),
        lang: None,
        dir: None,
        bylines: authors(post, d),
        published: gmt_date(post, "date_gmt", "date", d),
        updated: gmt_date(post, "modified_gmt", "modified", d),
        dateline: None,
        media: finish_media(media, d),
        body,
        contributors: None,
        headline,
    })
}

/// `title.rendered` as plain text (a plain string `title` is accepted too).
fn title(post: &Node, d: &mut Diagnostics) -> Option<String> {
    let t = post.get("title")?;
    match t.json {
        Json::Object(_) => t.get("rendered")?.html_text(d),
        _ => t.text(d),
    }
}

/// The `rendered` member of an HTML field (`content`, `excerpt`, `caption` …); a plain
/// string field is accepted as already rendered.
fn rendered<'a>(node: &Node<'a>, key: &str) -> Option<Node<'a>> {
    let field = node.get(key)?;
    if field.is_object() {
        field.get("rendered")
    } else {
        Some(field)
    }
}

/// `*_gmt` is UTC without a zone, so `Z` is added; without it, the site-local field
/// keeps only its date (see [`super::dates`]).
fn gmt_date(post: &Node, gmt: &str, local: &str, d: &mut Diagnostics) -> Option<Timestamp> {
    if let Some(node) = post.get(gmt) {
        let raw = node.string(d)?;
        let has_zone =
            raw.ends_with(['Z', 'z']) || raw.get(19..).is_some_and(|z| z.contains(['+', '-']));
        let utc = if has_zone { raw } else { format!("{raw}Z") };
        return dates::read(&utc, &node.path, d);
    }
    post.get(local).and_then(|n| dates::timestamp(&n, d))
}

/// Names of `_embedded.author`; without `_embed` only an id exists, which is reported.
fn authors(post: &Node, d: &mut Diagnostics) -> Vec<Byline> {
    let Some(embedded) = post.get("_embedded").and_then(|e| e.get("author")) else {
        if let Some(id) = post
            .get("author")
            .filter(|a| !matches!(a.json, Json::Number(n) if *n == 0.0))
        {
            d.warn(
                &id.path,
                "the author is only an id; request the post with ?_embed to show the byline",
            );
        }
        return Vec::new();
    };
    let mut out = Vec::new();
    for author in embedded.many(d) {
        match author.text_at("name", d) {
            Some(name) => {
                let url = author
                    .get("link")
                    .and_then(|l| l.url(d))
                    .or_else(|| author.get("url").and_then(|u| u.url(d)));
                add_unique(&mut out, from_name(&name, url, None));
            }
            None => d.warn(&author.path, not_embedded("author", &author)),
        }
    }
    out
}

/// The embedded featured image; without `_embed` only an id exists, which is reported.
fn featured_media(post: &Node, d: &mut Diagnostics) -> Option<(String, Media)> {
    let embedded = post
        .get("_embedded")
        .and_then(|e| e.get("wp:featuredmedia"));
    let Some(first) = embedded.and_then(|f| f.many(d).into_iter().next()) else {
        if let Some(id) = post
            .get("featured_media")
            .filter(|f| !matches!(f.json, Json::Number(n) if *n == 0.0))
        {
            d.warn(
                &id.path,
                "the featured image is only an id; request the post with ?_embed to show it",
            );
        }
        return None;
    };
    wp_media(&first, d).map(|m| (first.path.clone(), m))
}

/// A media object (`/wp/v2/media`): `source_url`, `alt_text`, `caption.rendered`,
/// `media_details` (size, `sizes` → srcset, `image_meta.credit`).
fn wp_media(node: &Node, d: &mut Diagnostics) -> Option<Media> {
    let Some(src_node) = node.get("source_url") else {
        d.warn(&node.path, not_embedded("image", node));
        return None;
    };
    let raw = src_node.string(d)?;
    let src = match SafeUrl::parse(&raw) {
        Ok(src) => src,
        Err(e) => {
            d.warn(&src_node.path, format!("{e}; image dropped"));
            return None;
        }
    };
    let details = node.get("media_details").filter(Node::is_object);
    let mut m = bare_media(src);
    m.alt = node.text_at("alt_text", d);
    m.caption = rendered(node, "caption").and_then(|c| c.html_text(d));
    if let Some(details) = &details {
        m.width = details.get("width").and_then(|w| w.dimension(d));
        m.height = details.get("height").and_then(|h| h.dimension(d));
        m.srcset = srcset(details, &m, d);
        m.credit = details.get("image_meta").and_then(|meta| {
            meta.text_at("credit", d)
                .or_else(|| meta.text_at("copyright", d))
        });
    }
    Some(m)
}

/// Image sizes read from `media_details.sizes`, at most.
const MAX_SIZES: usize = 64;

/// `media_details.sizes` as `url 300w, url 1024w, …` (with the full size), smallest first.
fn srcset(details: &Node, full: &Media, d: &mut Diagnostics) -> Option<SrcSet> {
    let sizes = details.get("sizes")?;
    let Json::Object(fields) = sizes.json else {
        return None;
    };
    let mut candidates: Vec<(u32, String)> = Vec::new();
    // Real sites register a dozen sizes; looking at more only costs time (the lookups
    // below are linear, so thousands of sizes would be quadratic).
    for (name, _) in fields.iter().take(MAX_SIZES) {
        let Some(size) = sizes.get(name) else {
            continue;
        };
        let (Some(url), Some(width)) = (
            size.get("source_url").and_then(|u| u.string(d)),
            size.get("width").and_then(|w| w.dimension(d)),
        ) else {
            continue;
        };
        if !candidates.iter().any(|(_, u)| *u == url) {
            candidates.push((width, url));
        }
    }
    if let Some(width) = full.width
        && !candidates.iter().any(|(_, u)| u == full.src.as_str())
    {
        candidates.push((width, full.src.as_str().to_owned()));
    }
    if candidates.len() < 2 {
        return None;
    }
    candidates.sort_by_key(|(w, _)| *w);
    candidates.dedup_by_key(|(w, _)| *w);
    let text = candidates
        .iter()
        .map(|(w, u)| format!("{u} {w}w"))
        .collect::<Vec<_>>()
        .join(", ");
    SrcSet::parse(&text)
        .map_err(|e| d.warn(&sizes.path, format!("{e}; srcset ignored")))
        .ok()
}

/// Why an embedded object has no usable content: WordPress embeds an error object
/// (`{"code": "rest_forbidden", …}`) for what the client may not see.
fn not_embedded(what: &str, node: &Node) -> String {
    match node.get("code").and_then(|c| c.as_str()) {
        Some(code) => format!("the {what} could not be embedded ({code}); dropped"),
        None => format!("{what} without a name or source_url; dropped"),
    }
}

/// The first category of `_embedded["wp:term"]` (groups of terms by taxonomy);
/// WordPress's default "Uncategorized" is not a section.
fn category(post: &Node, d: &mut Diagnostics) -> Option<String> {
    let groups = post.get("_embedded")?.get("wp:term")?.many(d);
    for group in groups {
        for term in group.many(d) {
            let is_category = term.get("taxonomy").and_then(|t| t.as_str()) == Some("category");
            let is_default = term.get("slug").and_then(|s| s.as_str()) == Some("uncategorized");
            if is_category && !is_default {
                return term.text_at("name", d);
            }
        }
    }
    None
}

/// A card from a post: `link`, title, excerpt (else content) as teaser, date, featured
/// image and first category.
fn card(post: &Node, d: &mut Diagnostics) -> Option<RelatedItem> {
    if !post.is_object() {
        d.warn(
            &post.path,
            format!(
                "expected a post object, found {}; dropped",
                post.json.kind()
            ),
        );
        return None;
    }
    let url = post.get("link").and_then(|l| l.url(d));
    let title = title(post, d).map(|t| truncate_words(&t, TITLE_CHARS));
    let (url, title) = card_parts(url, title, &post.path, d)?;
    let teaser = rendered(post, "excerpt")
        .or_else(|| rendered(post, "content"))
        .and_then(|t| t.html_text(d))
        .and_then(|t| teaser(&t));
    Some(RelatedItem {
        url,
        title,
        teaser,
        image: featured_media(post, d).map(|(_, m)| with_credit(m)),
        published: gmt_date(post, "date_gmt", "date", d),
        section: category(post, d),
    })
}
