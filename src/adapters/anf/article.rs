//! The article of an ANF document: what the components gave (see [`super::walk`]) with
//! the document's own fields.

use super::byline::names;
use super::walk::Walk;
use crate::adapters::bylines::people_in;
use crate::adapters::dates;
use crate::adapters::finish::distinct_deck;
use crate::adapters::node::Node;
use crate::model::{Article, Byline, Contributors, Diagnostics};
use crate::text::words::collapse_whitespace;

/// The article; `None` (with a fatal problem) without any title.
pub(super) fn article(root: &Node, d: &mut Diagnostics) -> Option<Article> {
    let walk = Walk::read(root, d);
    let metadata = root.get("metadata").filter(Node::is_object);
    let Some(headline) = walk.title.clone().or_else(|| document_title(root, d)) else {
        d.fatal(
            "title",
            "missing: the document has no title and no title component",
        );
        return None;
    };
    let (deck, deck_path) = match &walk.intro {
        Some((text, path)) => (Some(text.clone()), path.clone()),
        None => {
            let subtitle = root.text_at("subtitle", d);
            match subtitle {
                Some(s) => (Some(s), "subtitle".to_owned()),
                None => (
                    metadata.as_ref().and_then(|m| m.text_at("excerpt", d)),
                    "metadata.excerpt".to_owned(),
                ),
            }
        }
    };
    let date = |key: &str, d: &mut Diagnostics| {
        metadata
            .as_ref()
            .and_then(|m| m.get(key))
            .and_then(|n| dates::timestamp(&n, d))
    };
    let published = date("datePublished", d);
    let updated = date("dateModified", d).filter(|u| {
        published
            .as_ref()
            .is_none_or(|p| u.epoch_ms() > p.epoch_ms())
    });
    let bylines = bylines(metadata.as_ref(), &walk.bylines, d);
    let lead = thumbnail(metadata.as_ref());
    let mut photos = walk.photos;
    let lead = lead.and_then(|node| photos.url(&node, d).map(|src| (node.path.clone(), src)));
    let contributors =
        (!walk.credits.is_empty()).then(|| Contributors::Note(walk.credits.join("; ")));
    Some(Article {
        deck: distinct_deck(deck, &headline, &walk.blocks, &deck_path, d),
        section: None,
        url: metadata
            .as_ref()
            .and_then(|m| m.get("canonicalURL"))
            .and_then(|u| u.url(d)),
        lang: root.get("language").and_then(|l| l.language(d)),
        dir: None,
        bylines,
        published,
        updated,
        dateline: None,
        media: photos.finish(lead, d),
        body: walk.blocks,
        contributors,
        headline,
    })
}

fn thumbnail<'a>(metadata: Option<&Node<'a>>) -> Option<Node<'a>> {
    metadata?.get("thumbnailURL")
}

/// `metadata.authors` (names), else the names in the byline components (never the date
/// written with them). When both exist and disagree, the metadata wins, with a warning.
fn bylines(
    metadata: Option<&Node>,
    texts: &[(String, String)],
    d: &mut Diagnostics,
) -> Vec<Byline> {
    let from_text: Vec<(String, String)> = texts
        .iter()
        .flat_map(|(path, text)| names(text).into_iter().map(|n| (path.clone(), n)))
        .collect();
    let mut listed: Vec<String> = Vec::new();
    if let Some(authors) = metadata.and_then(|m| m.get("authors")) {
        for a in authors.many(d) {
            match a.plain(d) {
                // One entry may name several people ("A and B"): each is a byline.
                Some(name) => {
                    for name in people_in(&name) {
                        if !listed.contains(&name) {
                            listed.push(name);
                        }
                    }
                }
                None => d.warn(&a.path, "author without a name; dropped"),
            }
        }
    }
    let names: Vec<String> = if listed.is_empty() {
        let mut out: Vec<String> = Vec::new();
        for (_, n) in from_text {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    } else {
        for (path, n) in &from_text {
            if !listed.iter().any(|l| l.eq_ignore_ascii_case(n)) {
                d.warn(
                    path,
                    format!("names \"{n}\", who is not in metadata.authors; the metadata is shown"),
                );
            }
        }
        listed
    };
    names
        .into_iter()
        .map(|name| Byline {
            name,
            role: None,
            url: None,
        })
        .collect()
}

/// The document's `title`, without a " - Site" / " | Site" suffix when the suffix is
/// the site's name (it matches the host of the canonical or thumbnail URL).
fn document_title(root: &Node, d: &mut Diagnostics) -> Option<String> {
    let title = root.text_at("title", d)?;
    let hosts: Vec<String> = ["canonicalURL", "thumbnailURL"]
        .iter()
        .filter_map(|k| root.get("metadata")?.get(k)?.as_str().map(host_key))
        .filter(|h| !h.is_empty())
        .collect();
    for sep in [" - ", " | ", " — ", " – "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let key = letters(tail);
            if !key.is_empty() && !head.trim().is_empty() && hosts.iter().any(|h| h.contains(&key))
            {
                d.warn(
                    "title",
                    format!(
                        "\"{}\" is the site's name; left out of the headline",
                        tail.trim()
                    ),
                );
                return Some(collapse_whitespace(head));
            }
        }
    }
    Some(title)
}

/// The host of a URL as lower-case letters and digits only ("example-weekly.example" →
/// "exampleweeklyexample").
fn host_key(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    letters(host)
}

fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
