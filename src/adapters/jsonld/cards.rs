//! Related cards from ItemLists and article entities.

use super::article::article_url;
use super::images::image_media;

use super::graph::{Graph, is_article};
use super::values::{date, first_text, first_url};
use crate::adapters::finish::{TITLE_CHARS, card_parts, teaser, with_credit};
use crate::adapters::node::Node;
use crate::model::{Diagnostics, RelatedItem, SafeUrl};
use crate::text::words::truncate_words;

/// A card from an article entity; `fallback` supplies a ListItem's url and name.
pub(super) fn card(
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
pub(super) fn list_card(graph: &Graph, el: Node, d: &mut Diagnostics) -> Option<RelatedItem> {
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
pub(super) fn id_url(node: &Node) -> Option<SafeUrl> {
    let id = node.get("@id")?.as_str()?;
    SafeUrl::parse(id).ok().filter(SafeUrl::is_absolute)
}
