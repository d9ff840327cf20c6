//! schema.org JSON-LD → model, for pages whose only structured content is the
//! `<script type="application/ld+json">` block (NewsArticle, BlogPosting, Report …).
//!
//! Read: `headline` (else `name`); `alternativeHeadline` (unless it repeats the
//! headline), else `description`, as the deck; `author` (Person or Organization, object,
//! string or array, `@id` references followed) as bylines; `contributor` names;
//! `datePublished`/`dateModified`; `dateline`; the first `articleSection`;
//! `inLanguage` (a tag, or an object whose `alternateName`/`name` is one); `url`, else
//! `mainEntityOfPage`; `image` (URLs or ImageObjects, else `thumbnailUrl`) as photos;
//! `articleBody` as paragraphs (one per line; HTML if it is HTML), then the `video`,
//! `audio` and `associatedMedia` VideoObjects and AudioObjects (see [`videos`]). Other
//! properties are
//! ignored silently: a JSON-LD block carries much that a reader does not need.

mod article;
mod cards;
mod graph;
mod images;
mod people;
mod values;
mod videos;

use article::article;
use cards::{card, list_card};

use crate::adapters::node::Node;
use crate::model::{Decoded, Diagnostics, Document, Json, RelatedItem, RelatedSection};
use graph::{Graph, has_type, is_article, types};

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
    Decoded::new(document, d)
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
