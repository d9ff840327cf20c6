//! schema.org JSON-LD → model, for pages whose only structured content is the
//! `<script type="application/ld+json">` block (NewsArticle, BlogPosting, Report …).
//!
//! Read: `headline` (else `name`); `alternativeHeadline` (unless it repeats the
//! headline), else `description`, as the deck; `author` (Person or Organization, object,
//! string or array, `@id` references followed) as bylines; `contributor` names;
//! `datePublished`/`dateModified`; `dateline`; the first `articleSection`;
//! `inLanguage` (a tag, or an object whose `alternateName`/`name` is one); `url`, else
//! `mainEntityOfPage`; `image` (URLs or ImageObjects, else `thumbnailUrl`) as photos;
//! `articleBody` as paragraphs (one per line; HTML if it is HTML). Other properties are
//! ignored silently: a JSON-LD block carries much that a reader does not need.

use crate::model::{
    Article, Block, Byline, Decoded, Diagnostics, Document, Json, Media, RelatedItem,
    RelatedSection, SafeUrl,
};

use super::build::{
    TITLE_CHARS, bare_media, card_parts, decoded, distinct_deck, finish_media, teaser,
    text_paragraphs, with_credit,
};
use super::dates;
use super::html_blocks::html_to_blocks;
use super::jsonld_graph::{Graph, has_type, is_article, types};
use super::read::Node;
use super::text::{looks_like_html, truncate_words};
use crate::model::decode::is_language_tag;

/// Converts a JSON-LD document to an article (the first article entity found).
pub(crate) fn convert(root: &Json) -> Decoded {
    let mut d = Diagnostics::default();
    let graph = Graph::new(root, &mut d);
    let article = match find_article(&graph, &mut d) {
        Some(node) => article(&graph, &node, &mut d),
        None => {
            d.fatal(
                "",
                format!(
                    "no schema.org article (NewsArticle, Article, BlogPosting, Report …) found; {}",
                    found_types(&graph)
                ),
            );
            None
        }
    };
    let document = article.map(|article| Document {
        article,
        related: Vec::new(),
    });
    decoded(document, d)
}

/// Cards from a JSON-LD list: each `ItemList` becomes a section; without one, all
/// article entities form one section.
pub(crate) fn related(root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let graph = Graph::new(root, &mut d);
    let mut sections = Vec::new();
    for list in graph.top.iter().filter(|n| has_type(n.json, "ItemList")) {
        let items = list
            .get("itemListElement")
            .map(|e| e.many(&mut d))
            .unwrap_or_default()
            .into_iter()
            .filter_map(|el| list_card(&graph, el, &mut d))
            .collect();
        sections.push(RelatedSection {
            title: list.text_at("name", &mut d),
            items,
            next_url: None,
        });
    }
    if sections.is_empty() {
        let items: Vec<RelatedItem> = graph
            .top
            .iter()
            .filter(|n| is_article(n.json))
            .filter_map(|n| card(&graph, n, None, &mut d))
            .collect();
        if items.is_empty() {
            d.fatal(
                "",
                format!(
                    "no schema.org ItemList or articles to show as related stories; {}",
                    found_types(&graph)
                ),
            );
        } else {
            sections.push(RelatedSection {
                title: None,
                items,
                next_url: None,
            });
        }
    }
    (sections, d)
}

/// The first article entity: top level first, then nested (a WebPage's `mainEntity`).
/// Without one, a top-level object with a `headline` is read as an Article (the format
/// was named by the caller, or the type is one we do not know), with a warning.
fn find_article<'a>(graph: &Graph<'a>, d: &mut Diagnostics) -> Option<Node<'a>> {
    let typed = graph
        .top
        .iter()
        .chain(&graph.nested)
        .find(|n| is_article(n.json))
        .cloned();
    typed.or_else(|| {
        let node = graph.top.iter().find(|n| n.get("headline").is_some())?;
        d.warn(
            &node.key_path("@type"),
            "not an article type; read as an Article because it has a headline",
        );
        Some(node.clone())
    })
}

/// "found types: A, B" or "found no @type", for the fatal message.
fn found_types(graph: &Graph) -> String {
    // Ten names say enough; stopping there keeps a hostile graph from making the
    // message (and the search) huge.
    let mut names: Vec<&str> = Vec::new();
    'nodes: for node in &graph.top {
        for t in types(node.json) {
            if !names.contains(&t) {
                names.push(t);
                if names.len() > 10 {
                    break 'nodes;
                }
            }
        }
    }
    let more = if names.len() > 10 { ", …" } else { "" };
    names.truncate(10);
    if names.is_empty() {
        "found no @type".to_owned()
    } else {
        format!("found types: {}{more}", names.join(", "))
    }
}

fn article(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<Article> {
    let Some(headline) = first_text(node, "headline", d).or_else(|| first_text(node, "name", d))
    else {
        d.fatal(
            &node.key_path("headline"),
            "missing: the article has no headline or name",
        );
        return None;
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
    }
    if media.is_empty()
        && let Some(thumb) = node.get("thumbnailUrl")
        && let Some(src) = first_url(&thumb, d)
    {
        media.push((thumb.path.clone(), bare_media(src)));
    }
    let body = node
        .get("articleBody")
        .map(|b| article_body(&b, &mut media, d))
        .unwrap_or_default();
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
        bylines: people(graph, node, "author", d),
        published: node.get("datePublished").and_then(|n| date(&n, d)),
        updated: node.get("dateModified").and_then(|n| date(&n, d)),
        dateline: first_text(node, "dateline", d),
        media: finish_media(media, d),
        body,
        contributors: contributors(graph, node, d),
        headline,
    })
}

/// Text of the first value of `key` (a string or the first of an array of strings).
fn first_text(node: &Node, key: &str, d: &mut Diagnostics) -> Option<String> {
    node.get(key)?.many(d).into_iter().find_map(|v| v.text(d))
}

/// The first URL of a value that may be a string, an array or a `{"@id"|"url"}` object.
fn first_url(node: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
    for v in node.many(d) {
        let target = if v.is_object() {
            v.get("url").or_else(|| v.get("@id"))
        } else {
            Some(v)
        };
        if let Some(url) = target.and_then(|t| t.url(d)) {
            return Some(url);
        }
    }
    None
}

/// `url`, else the page's `url`, else `mainEntityOfPage` as a URL or `@id`.
fn article_url(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
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
fn page<'a>(graph: &Graph<'a>, node: &Node<'a>, d: &mut Diagnostics) -> Option<Node<'a>> {
    ["mainEntityOfPage", "isPartOf"].iter().find_map(|key| {
        let first = node.get(key)?.many(d).into_iter().next()?;
        graph
            .lookup(&first)
            .filter(|p| types(p.json).iter().any(|t| t.ends_with("Page")))
    })
}

fn date(node: &Node, d: &mut Diagnostics) -> Option<crate::model::Timestamp> {
    let first = node.many(d).into_iter().next()?;
    dates::timestamp(&first, d)
}

/// `"en-US"`, or `{"@type": "Language", "name": "English", "alternateName": "en"}`.
fn language(node: &Node, d: &mut Diagnostics) -> Option<String> {
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

/// Bylines from `author` (or another people property): objects with a `name` (and
/// `url`), plain name strings, or references to either.
fn people(graph: &Graph, node: &Node, key: &str, d: &mut Diagnostics) -> Vec<Byline> {
    let Some(value) = node.get(key) else {
        return Vec::new();
    };
    let mut out: Vec<Byline> = Vec::new();
    for person in value.many(d) {
        let Some(person) = graph.resolve(person, d) else {
            continue;
        };
        let (name, url) = match person.json {
            Json::String(_) => (person.text(d), None),
            Json::Object(_) => (
                person
                    .get("name")
                    .and_then(|n| n.many(d).into_iter().find_map(|n| n.text(d))),
                person.get("url").and_then(|u| first_url(&u, d)),
            ),
            other => {
                d.warn(
                    &person.path,
                    format!(
                        "expected a person or a name, found {}; dropped",
                        other.kind()
                    ),
                );
                continue;
            }
        };
        match name {
            Some(name) if !out.iter().any(|b| b.name == name) => out.push(Byline {
                name,
                role: None,
                url,
            }),
            Some(_) => {}
            None => d.warn(&person.path, format!("{key} without a name; dropped")),
        }
    }
    out
}

/// `contributor` names as the article's contributors note.
fn contributors(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<String> {
    let names: Vec<String> = people(graph, node, "contributor", d)
        .into_iter()
        .map(|b| b.name)
        .collect();
    (!names.is_empty()).then(|| format!("Contributors: {}", names.join(", ")))
}

/// A photo from an image URL or an ImageObject.
fn image_media(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Option<(String, Media)> {
    let (src_node, object) = match node.json {
        Json::String(_) => (Some(node.clone()), None),
        Json::Object(_) => (
            node.get("url").or_else(|| node.get("contentUrl")),
            Some(node),
        ),
        other => {
            d.warn(
                &node.path,
                format!(
                    "expected an image URL or ImageObject, found {}; dropped",
                    other.kind()
                ),
            );
            return None;
        }
    };
    let Some(src_node) = src_node else {
        d.warn(&node.path, "image without a url or contentUrl; dropped");
        return None;
    };
    let src_node = src_node.many(d).into_iter().next()?;
    let raw = src_node.string(d)?;
    let src = match SafeUrl::parse(&raw) {
        Ok(src) => src,
        Err(e) => {
            d.warn(&src_node.path, format!("{e}; image dropped"));
            return None;
        }
    };
    let mut m = bare_media(src);
    if let Some(o) = object {
        m.width = o.get("width").and_then(|w| w.dimension(d));
        m.height = o.get("height").and_then(|h| h.dimension(d));
        m.caption = first_text(o, "caption", d).or_else(|| first_text(o, "description", d));
        m.credit = first_text(o, "creditText", d)
            .or_else(|| name_of(graph, o, "copyrightHolder", d))
            .or_else(|| name_of(graph, o, "author", d))
            .or_else(|| name_of(graph, o, "creator", d));
    }
    Some((node.path.clone(), m))
}

/// The name of a person/organization property (string, object or reference).
fn name_of(graph: &Graph, node: &Node, key: &str, d: &mut Diagnostics) -> Option<String> {
    let first = node.get(key)?.many(d).into_iter().next()?;
    let first = graph.resolve(first, d)?;
    match first.json {
        Json::String(_) => first.text(d),
        _ => first_text(&first, "name", d),
    }
}

/// `articleBody`: HTML if it looks like HTML, else paragraphs at line breaks; a line
/// `[Image: caption URL]` (how Vox Media sites flatten a photo) becomes a photo.
fn article_body(node: &Node, media: &mut Vec<(String, Media)>, d: &mut Diagnostics) -> Vec<Block> {
    let Some(text) = node.string(d) else {
        return Vec::new();
    };
    if looks_like_html(&text) {
        let body = html_to_blocks(&text, &node.path, d);
        media.extend(body.media.into_iter().map(|m| (node.path.clone(), m)));
        return body.blocks;
    }
    let decoded = crate::richtext::decode_entities(&text);
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
fn image_placeholder(line: &str) -> Option<Media> {
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

/// A card from an article entity; `fallback` supplies a ListItem's url and name.
fn card(
    graph: &Graph,
    node: &Node,
    fallback: Option<(&Node, Option<SafeUrl>)>,
    d: &mut Diagnostics,
) -> Option<RelatedItem> {
    let url = article_url(graph, node, d)
        .or_else(|| id_url(node))
        .or_else(|| fallback.as_ref().and_then(|(_, u)| u.clone()));
    let title = first_text(node, "headline", d)
        .or_else(|| first_text(node, "name", d))
        .or_else(|| {
            fallback
                .as_ref()
                .and_then(|(li, _)| first_text(li, "name", d))
        })
        .map(|t| truncate_words(&t, TITLE_CHARS));
    let (url, title) = card_parts(url, title, &node.path, d)?;
    let mut image = None;
    for candidate in node.get("image").map(|i| i.many(d)).unwrap_or_default() {
        if let Some(found) = graph
            .resolve(candidate, d)
            .and_then(|i| image_media(graph, &i, d))
        {
            image = Some(with_credit(found.1));
            break;
        }
    }
    Some(RelatedItem {
        url,
        title,
        teaser: first_text(node, "description", d).and_then(|t| teaser(&t)),
        image,
        published: node.get("datePublished").and_then(|n| date(&n, d)),
        section: node
            .get("articleSection")
            .and_then(|s| s.many(d).into_iter().find_map(|s| s.text(d))),
    })
}

/// One `itemListElement`: a ListItem whose `item` is an article, a URL or a reference,
/// or an article directly.
fn list_card(graph: &Graph, el: Node, d: &mut Diagnostics) -> Option<RelatedItem> {
    let el = graph.resolve(el, d)?;
    if is_article(el.json) {
        return card(graph, &el, None, d);
    }
    let list_url = el.get("url").and_then(|u| first_url(&u, d));
    match el.get("item") {
        Some(item) if item.as_str().is_some() => {
            let url = item.url(d).or(list_url);
            let title = first_text(&el, "name", d);
            let (url, title) = card_parts(url, title, &el.path, d)?;
            Some(RelatedItem {
                url,
                title,
                teaser: first_text(&el, "description", d).and_then(|t| teaser(&t)),
                image: None,
                published: None,
                section: None,
            })
        }
        Some(item) => {
            let item = graph.resolve(item, d)?;
            let fallback_url = list_url.or_else(|| id_url(&item));
            card(graph, &item, Some((&el, fallback_url)), d)
        }
        None => card(graph, &el, Some((&el, list_url.clone())), d),
    }
}

/// An `@id` that is a web address (many sites use the page URL as the id); blank-node
/// and URN ids are not, and are skipped without a warning.
fn id_url(node: &Node) -> Option<SafeUrl> {
    let id = node.get("@id")?.as_str()?;
    SafeUrl::parse(id).ok().filter(SafeUrl::is_absolute)
}
