//! Related sections and their cards, and further pages of cards ("Load more").

use super::fields_list::fields;
use super::media::decode_media;
use super::object::{Obj, capped, expected};
use crate::html::decode_entities;
use crate::model::diagnostics::Diagnostics;
use crate::model::json::Json;
use crate::model::types::{RelatedItem, RelatedSection};
use crate::text::teaser::clean_teaser;
use crate::url::SafeUrl;

/// Decodes a further page of related cards ("Load more"): a section object
/// (`{ "items": [...], "next_url": ... }`) or a whole native document (its first section).
pub fn decode_related_page(root: &Json) -> (Option<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let section = if root.get("items").is_some() {
        decode_section(root, "", &mut d)
    } else if root.get("related").is_some() {
        decode_related(root.get("related"), &mut d)
            .into_iter()
            .next()
    } else {
        d.fatal(
            "",
            "not a page of related stories (expected \"items\" or \"related\")",
        );
        None
    };
    (section, d)
}

pub(super) fn decode_related(value: Option<&Json>, d: &mut Diagnostics) -> Vec<RelatedSection> {
    match value {
        None => Vec::new(),
        // A single section object is accepted as a list of one.
        Some(obj @ Json::Object(_)) => decode_section(obj, "related", d).into_iter().collect(),
        Some(Json::Array(sections)) => capped(sections, "related", d)
            .into_iter()
            .filter_map(|(path, v)| decode_section(v, &path, d))
            .collect(),
        Some(other) => {
            d.warn("related", expected("an array of sections", other));
            Vec::new()
        }
    }
}

fn decode_section(value: &Json, path: &str, d: &mut Diagnostics) -> Option<RelatedSection> {
    let o = Obj::new(value, path, fields::SECTION, d, false)?;
    let items = o
        .array("items", d)
        .into_iter()
        .filter_map(|(p, v)| decode_item(v, &p, d))
        .collect();
    Some(RelatedSection {
        title: o.string("title", d),
        items,
        next_url: o.url("next_url", d),
    })
}

fn decode_item(value: &Json, path: &str, d: &mut Diagnostics) -> Option<RelatedItem> {
    let o = Obj::new(value, path, fields::ITEM, d, false)?;
    let url = match o.string("url", d).map(|raw| SafeUrl::parse(&raw)) {
        Some(Ok(url)) => Some(url),
        Some(Err(e)) => {
            d.warn(&o.path("url"), format!("{e}; card dropped"));
            None
        }
        None => {
            d.warn(path, "card without a url; dropped");
            None
        }
    };
    // Decode first: a title of "&nbsp;" is blank to a reader.
    let title = o
        .string("title", d)
        .map(|t| decode_entities(t.trim()))
        .filter(|t| !t.trim().is_empty());
    if url.is_some() && title.is_none() {
        d.warn(path, "card without a title; dropped");
    }
    let (url, title) = (url?, title?);
    Some(RelatedItem {
        url,
        title: title.trim().to_owned(),
        image: o
            .get("image")
            .and_then(|v| decode_media(v, &o.path("image"), d)),
        teaser: o
            .string("teaser", d)
            .map(|t| clean_teaser(&decode_entities(&t)))
            .filter(|t| !t.is_empty()),
        published: o.timestamp("published", d),
        section: o.string("section", d),
    })
}
