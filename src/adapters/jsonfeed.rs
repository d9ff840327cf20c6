//! JSON Feed 1.0 and 1.1 → model, so a blog's feed can fill the widget.
//!
//! A feed is a list, not an article. As `src` it is read the way a feed reader opens
//! it: the FIRST item is shown as the article (`title` → headline, `content_html` or
//! `content_text` → body, then audio and video `attachments` as players, `summary` →
//! deck, `image`/`banner_image` → photos,
//! `date_published`/`date_modified`, `authors` (1.1) or `author` (1.0), else the feed's,
//! → bylines, `url` (else `external_url`), `language` (else the feed's)), and the
//! remaining items become one related section titled with the feed title. As
//! `related-src` all items become cards of one section, with `next_url` for "Load
//! more". A card's title links to the item's `external_url` when it has one (a link
//! blog's item is about that page); the item's own permalink is then not shown. Dates
//! in RFC 2822 form (seen in real feeds) are converted.

use crate::model::{
    Article, Block, Byline, Decoded, Diagnostics, Document, Json, Media, RelatedItem,
    RelatedSection, SafeUrl,
};

use super::bylines::{add_unique, from_name};
use super::dates;
use super::embeds::source;
use super::finish::{
    TITLE_CHARS, bare_media, card_parts, distinct_deck, finish_media, teaser, text_paragraphs,
    with_credit,
};
use super::html_body::html_to_blocks;
use super::node::Node;
use crate::html::decode_text;
use crate::model::embeds::{Audio, Video};
use crate::text::teaser::clean_teaser;
use crate::text::words::{collapse_whitespace, truncate_words};

/// Converts a feed: its first item as the article, the rest as a related section.
pub(crate) fn convert(root: &Json) -> Decoded {
    let mut d = Diagnostics::default();
    let feed = Node::root(root);
    let items = feed_items(&feed, &mut d);
    let Some((first, rest)) = items.split_first() else {
        d.fatal(
            &feed.key_path("items"),
            "the feed has no items, so there is no article to show",
        );
        return Decoded::new(None, d);
    };
    let article = article(&feed, first, &mut d);
    let cards: Vec<RelatedItem> = rest.iter().filter_map(|i| card(i, &mut d)).collect();
    let related = if cards.is_empty() {
        Vec::new()
    } else {
        vec![section(&feed, cards, &mut d)]
    };
    Decoded::new(article.map(|article| Document { article, related }), d)
}

/// Converts a feed to one section of cards.
pub(crate) fn related(root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let feed = Node::root(root);
    let items = feed_items(&feed, &mut d);
    let cards: Vec<RelatedItem> = items.iter().filter_map(|i| card(i, &mut d)).collect();
    let sections = if feed.is_object() {
        vec![section(&feed, cards, &mut d)]
    } else {
        Vec::new()
    };
    (sections, d)
}

fn feed_items<'a>(feed: &Node<'a>, d: &mut Diagnostics) -> Vec<Node<'a>> {
    if !feed.is_object() {
        d.fatal(
            &feed.path,
            format!("expected a JSON Feed object, found {}", feed.json.kind()),
        );
        return Vec::new();
    }
    match feed.get("items") {
        Some(items) => items
            .array(d)
            .into_iter()
            .filter(|item| {
                let ok = item.is_object();
                if !ok {
                    d.warn(
                        &item.path,
                        format!(
                            "expected an item object, found {}; dropped",
                            item.json.kind()
                        ),
                    );
                }
                ok
            })
            .collect(),
        None => Vec::new(),
    }
}

fn section(feed: &Node, items: Vec<RelatedItem>, d: &mut Diagnostics) -> RelatedSection {
    RelatedSection {
        title: feed.plain_at("title", d),
        items,
        next_url: feed.get("next_url").and_then(|u| u.url(d)),
    }
}

fn article(feed: &Node, item: &Node, d: &mut Diagnostics) -> Option<Article> {
    let mut media: Vec<(String, Media)> = Vec::new();
    for key in ["image", "banner_image"] {
        if let Some(node) = item.get(key) {
            media.extend(image(&node, d).map(|m| (node.path.clone(), m)));
        }
    }
    media.extend(attachment_images(item, d));
    let mut body = body(item, &mut media, d);
    body.extend(attachment_players(item, d));
    let headline = headline(feed, item, &body, d)?;
    let deck = item
        .plain_at("summary", d)
        .map(|s| clean_teaser(&s))
        .filter(|s| !s.is_empty() && *s != headline);
    let deck_path = item.key_path("summary");
    let lang = item
        .get("language")
        .or_else(|| feed.get("language"))
        .and_then(|l| l.language(d));
    Some(Article {
        deck: distinct_deck(deck, &headline, &body, &deck_path, d),
        section: None,
        url: item_url(item, d),
        lang,
        dir: None,
        bylines: bylines(feed, item, d),
        published: item
            .get("date_published")
            .and_then(|n| dates::timestamp(&n, d)),
        updated: item
            .get("date_modified")
            .and_then(|n| dates::timestamp(&n, d)),
        dateline: None,
        media: finish_media(media, d),
        body,
        contributors: None,
        headline,
    })
}

/// `title`; without one (it is optional in JSON Feed), the summary or the opening of
/// the text, and as a last resort the feed's title, each with a warning.
fn headline(feed: &Node, item: &Node, body: &[Block], d: &mut Diagnostics) -> Option<String> {
    if let Some(title) = item.plain_at("title", d) {
        return Some(title);
    }
    let path = item.key_path("title");
    let from_text = item
        .plain_at("summary", d)
        .map(|s| ("the summary", s))
        .or_else(|| {
            body.iter()
                .find_map(|b| match b {
                    Block::Paragraph { content } => {
                        Some(collapse_whitespace(&crate::html::text_of(content)))
                    }
                    Block::Heading { text } | Block::Quote { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .map(|t| ("the opening of the text", t))
        });
    if let Some((source, text)) = from_text {
        d.warn(&path, format!("missing; {source} is used as the headline"));
        return Some(truncate_words(&text, TITLE_CHARS));
    }
    if let Some(title) = feed.plain_at("title", d) {
        d.warn(
            &path,
            "missing, and the item has no text; the feed title is used as the headline",
        );
        return Some(title);
    }
    d.fatal(
        &path,
        "missing: the first item has no title or text and the feed no title",
    );
    None
}

/// `content_html` (blocks and photos), else `content_text` (paragraphs).
fn body(item: &Node, media: &mut Vec<(String, Media)>, d: &mut Diagnostics) -> Vec<Block> {
    if let Some(html) = item.get("content_html")
        && let Some(raw) = html.string(d)
    {
        let parts = html_to_blocks(&raw, &html.path, d);
        media.extend(parts.media.into_iter().map(|m| (html.path.clone(), m)));
        return parts.blocks;
    }
    item.get("content_text")
        .and_then(|t| t.string(d))
        .map(|t| text_paragraphs(&decode_text(&t)))
        .unwrap_or_default()
}

/// A photo from an image URL field.
fn image(node: &Node, d: &mut Diagnostics) -> Option<Media> {
    let raw = node.string(d)?;
    match SafeUrl::parse(&raw) {
        Ok(src) => Some(bare_media(src)),
        Err(e) => {
            d.warn(&node.path, format!("{e}; image dropped"));
            None
        }
    }
}

/// Image attachments (`mime_type: image/…`), with their `title` as the caption.
fn attachment_images(item: &Node, d: &mut Diagnostics) -> Vec<(String, Media)> {
    let Some(list) = item.get("attachments") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for a in list.many(d) {
        let is_image = a
            .get("mime_type")
            .and_then(|m| m.as_str())
            .is_some_and(|m| m.starts_with("image/"));
        if !is_image {
            continue;
        }
        if let Some(url) = a.get("url")
            && let Some(mut m) = image(&url, d)
        {
            m.caption = a.plain_at("title", d);
            out.push((a.path.clone(), m));
        }
    }
    out
}

/// Audio and video attachments (`mime_type: audio/…`, `video/…`: a podcast's episode)
/// as players after the text, with their `title` and `duration_in_seconds`.
fn attachment_players(item: &Node, d: &mut Diagnostics) -> Vec<Block> {
    let Some(list) = item.get("attachments") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for a in list.many(d) {
        let mime = a.get("mime_type").and_then(|m| m.as_str()).unwrap_or("");
        let is_video = mime.starts_with("video/");
        if !is_video && !mime.starts_with("audio/") {
            continue;
        }
        let Some(url) = a.get("url").and_then(|u| u.string(d)) else {
            continue;
        };
        let Some(src) = source(&url, Some(mime), &a.key_path("url"), d) else {
            continue;
        };
        let title = a.plain_at("title", d);
        out.push(if is_video {
            Block::Video(Video {
                sources: vec![src],
                poster: None,
                width: None,
                height: None,
                title,
                caption: None,
                credit: None,
                captions: None,
            })
        } else {
            Block::Audio(Audio {
                sources: vec![src],
                title,
                caption: None,
                credit: None,
                duration: a.get("duration_in_seconds").and_then(|s| match s.json {
                    Json::Number(n) if *n >= 1.0 && *n < 1e9 => Some(*n as u32),
                    _ => None,
                }),
            })
        });
    }
    out
}

fn item_url(item: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
    item.get("url")
        .and_then(|u| u.url(d))
        .or_else(|| item.get("external_url").and_then(|u| u.url(d)))
}

/// `authors` (1.1) wins over the legacy `author` (1.0); an item without either has
/// the feed's authors.
fn bylines(feed: &Node, item: &Node, d: &mut Diagnostics) -> Vec<Byline> {
    let source = [item, feed]
        .into_iter()
        .find_map(|n| n.get("authors").or_else(|| n.get("author")));
    let Some(source) = source else {
        return Vec::new();
    };
    let mut out: Vec<Byline> = Vec::new();
    for author in source.many(d) {
        let name = if author.is_object() {
            author.plain_at("name", d)
        } else {
            author.plain(d)
        };
        let Some(name) = name else {
            d.warn(&author.path, "author without a name; dropped");
            continue;
        };
        let url = author.get("url").and_then(|u| u.url(d));
        add_unique(&mut out, from_name(&name, url, None));
    }
    out
}

/// A card: `external_url` (else `url`), title (else a shortened summary or text),
/// summary (else the text) as teaser, `image` (else `banner_image`), `date_published`.
fn card(item: &Node, d: &mut Diagnostics) -> Option<RelatedItem> {
    let text = item.plain_at("summary", d).or_else(|| {
        let html = item.get("content_html").and_then(|c| c.html_text(d));
        html.or_else(|| item.plain_at("content_text", d))
    });
    let url = item
        .get("external_url")
        .and_then(|u| u.url(d))
        .or_else(|| item_url(item, d));
    let title = item
        .plain_at("title", d)
        .or_else(|| text.as_deref().map(|t| truncate_words(t, TITLE_CHARS)));
    let (url, title) = card_parts(url, title, &item.path, d)?;
    let image = ["image", "banner_image"]
        .iter()
        .filter_map(|k| item.get(k))
        .find_map(|n| image(&n, d))
        .map(with_credit);
    Some(RelatedItem {
        url,
        teaser: text
            .as_deref()
            .and_then(teaser)
            .filter(|t| t.trim_end_matches('…') != title.trim_end_matches('…')),
        title,
        image,
        published: item
            .get("date_published")
            .and_then(|n| dates::timestamp(&n, d)),
        section: None,
    })
}
