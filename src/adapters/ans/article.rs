//! The story itself: headline, deck, dates, URL, section, language, credits, lead art
//! and body.

use super::body::{corrections, elements, trim_separators};
use super::collect::Out;
use super::credits::{bylines, contributors};
use super::images::push_lead_art;
use super::media::lead_video;
use crate::adapters::dates;
use crate::adapters::finish::distinct_deck;
use crate::adapters::node::Node;
use crate::model::{Article, Diagnostics, SafeUrl, Timestamp};
use crate::text::teaser::clean_teaser;

/// Headline keys tried, in order, when `headlines.basic` is missing.
const OTHER_HEADLINES: &[&str] = &["web", "meta_title", "print", "mobile", "native", "tablet"];

/// The article of a story, gallery or video document; `None` (with a fatal problem)
/// without a headline.
pub(super) fn article(root: &Node, d: &mut Diagnostics) -> Option<Article> {
    let headline = headline(root, d)?;
    let mut out = Out::default();
    push_lead_art(root, &mut out.photos, d);
    if let Some(video) = lead_video(root, d) {
        out.block(&root.key_path("promo_items.lead_art"), video, d);
    }
    if let Some(list) = root.get("content_elements") {
        elements(&list, &mut out, 0, d);
    }
    corrections(root, &mut out, d);
    trim_separators(&mut out.blocks);
    let (deck, deck_path) = deck(root, d);
    let published = published(root, d);
    Some(Article {
        deck: distinct_deck(deck, &headline, &out.blocks, &deck_path, d),
        section: section(root, d),
        url: url(root, d),
        lang: root.get("language").and_then(|l| l.language(d)),
        dir: None,
        bylines: bylines(root, d),
        updated: updated(root, published.as_ref(), d),
        published,
        dateline: None,
        media: out.photos.finish(d),
        body: out.blocks,
        contributors: contributors(root, d),
        headline,
    })
}

/// `headlines.basic`; without it another headline (`web`, `meta_title` …) with a
/// warning, as those may carry a site suffix.
pub(super) fn headline(root: &Node, d: &mut Diagnostics) -> Option<String> {
    let headlines = root.get("headlines");
    if let Some(text) = headlines.as_ref().and_then(|h| h.text_at("basic", d)) {
        return Some(text);
    }
    let path = root.key_path("headlines.basic");
    for key in OTHER_HEADLINES {
        if let Some(text) = headlines.as_ref().and_then(|h| h.text_at(key, d)) {
            d.warn(&path, format!("missing; headlines.{key} is used instead"));
            return Some(text);
        }
    }
    d.fatal(&path, "missing: every article needs a headline");
    None
}

/// `subheadlines.basic`, else `description.basic` (read-more boilerplate removed), with
/// the path of the one used.
fn deck(root: &Node, d: &mut Diagnostics) -> (Option<String>, String) {
    if let Some(sub) = root.get("subheadlines").and_then(|s| s.get("basic"))
        && let Some(text) = sub.text(d)
    {
        return (Some(text), sub.path);
    }
    let path = root.key_path("description.basic");
    let text = root
        .get("description")
        .and_then(|s| s.text_at("basic", d))
        .map(|t| clean_teaser(&t))
        .filter(|t| !t.is_empty());
    (text, path)
}

/// `display_date` (what the site shows), else `first_publish_date`, else
/// `publish_date`; a field that cannot be read gives way to the next.
pub(super) fn published(root: &Node, d: &mut Diagnostics) -> Option<Timestamp> {
    ["display_date", "first_publish_date", "publish_date"]
        .iter()
        .filter_map(|key| root.get(key))
        .find_map(|node| dates::timestamp(&node, d))
}

/// `last_updated_date`, when it is later than the date shown as published: Arc stamps
/// every save, and an editor may set `display_date` after the last one.
fn updated(root: &Node, published: Option<&Timestamp>, d: &mut Diagnostics) -> Option<Timestamp> {
    let updated = root
        .get("last_updated_date")
        .and_then(|n| dates::timestamp(&n, d))?;
    match published {
        Some(p) if updated.epoch_ms() <= p.epoch_ms() => None,
        _ => Some(updated),
    }
}

/// `canonical_url` (often site-relative, kept so), else the story's URL on its
/// `canonical_website`.
pub(super) fn url(root: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
    if let Some(url) = root.get("canonical_url").and_then(|u| u.url(d)) {
        return Some(url);
    }
    website(root)?.get("website_url").and_then(|u| u.url(d))
}

/// `websites.<canonical_website>`.
fn website<'a>(root: &Node<'a>) -> Option<Node<'a>> {
    let site = root.get("canonical_website")?.as_str()?;
    root.get("websites")?.get(site)
}

/// `taxonomy.primary_section`, else the first of `taxonomy.sections`, else the
/// website's section, else `taxonomy.primary_site` (older Arc stories).
pub(super) fn section(root: &Node, d: &mut Diagnostics) -> Option<String> {
    let taxonomy = root.get("taxonomy");
    if let Some(tax) = &taxonomy {
        if let Some(name) = tax
            .get("primary_section")
            .and_then(|s| s.text_at("name", d))
        {
            return Some(name);
        }
        if let Some(sections) = tax.get("sections")
            && let Some(name) = sections
                .many(d)
                .into_iter()
                .filter(Node::is_object)
                .find_map(|s| s.text_at("name", d))
        {
            return Some(name);
        }
    }
    if let Some(name) = website(root)
        .and_then(|w| w.get("website_section"))
        .and_then(|s| s.text_at("name", d))
    {
        return Some(name);
    }
    taxonomy?.get("primary_site")?.text_at("name", d)
}
