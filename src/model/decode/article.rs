//! The document and its article: headline, deck, language, bylines, photos; the body is
//! set aside for [`super::SlicedDecode`].

use super::fields_list::fields;
use super::media::decode_media;
use super::object::{Obj, expected, non_blank};
use super::related::decode_related;
use crate::model::diagnostics::Diagnostics;
use crate::model::json::Json;
use crate::model::types::*;
use crate::text::number::number_text;

/// The body blocks set aside by [`decode_article`] (with their paths), and how many
/// problems had been found before them.
pub(super) type BodySlot<'a> = Option<(Vec<(String, &'a Json)>, usize)>;

pub(super) fn decode_document<'a>(
    root: &'a Json,
    d: &mut Diagnostics,
    body: &mut BodySlot<'a>,
) -> Option<Document> {
    let top = Obj::new(root, "", fields::DOCUMENT, d, true)?;
    match top.get("version") {
        None => d.warn("version", "missing; read as version 1"),
        Some(Json::Number(n)) if *n == f64::from(FORMAT_VERSION) => {}
        Some(Json::Number(n)) => d.fatal(
            "version",
            format!(
                "version {} is not supported; this widget reads version {FORMAT_VERSION}",
                number_text(*n)
            ),
        ),
        Some(other) => d.fatal(
            "version",
            format!("expected the number 1, found {}", other.kind()),
        ),
    }
    let article = match top.get("article") {
        Some(value) => decode_article(value, d, body),
        None => {
            d.fatal(
                "article",
                "missing: a document needs an article with a headline",
            );
            None
        }
    };
    let related = decode_related(top.get("related"), d);
    Some(Document {
        article: article?,
        related,
    })
}

fn decode_article<'a>(
    value: &'a Json,
    d: &mut Diagnostics,
    body: &mut BodySlot<'a>,
) -> Option<Article> {
    let o = Obj::new(value, "article", fields::ARTICLE, d, true)?;
    let headline = match o.get("headline") {
        Some(Json::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Some(Json::String(_)) => {
            d.fatal(
                "article.headline",
                "is empty: every article needs a headline",
            );
            None
        }
        Some(other) => {
            d.fatal(
                "article.headline",
                format!("expected a string, found {}", other.kind()),
            );
            None
        }
        None => {
            d.fatal(
                "article.headline",
                "missing: every article needs a headline",
            );
            None
        }
    };
    let lang = o.string("lang", d).and_then(|l| {
        if is_language_tag(&l) {
            Some(l)
        } else {
            d.warn(
                "article.lang",
                format!("\"{l}\" is not a BCP 47 language tag; ignored"),
            );
            None
        }
    });
    let dir = o.string("dir", d).and_then(|s| match s.as_str() {
        "ltr" => Some(TextDir::Ltr),
        "rtl" => Some(TextDir::Rtl),
        _ => {
            d.warn("article.dir", "expected \"ltr\" or \"rtl\"; ignored");
            None
        }
    });
    let bylines = o
        .array("bylines", d)
        .into_iter()
        .filter_map(|(path, v)| decode_byline(v, &path, d))
        .collect();
    let media = o
        .array("media", d)
        .into_iter()
        .filter_map(|(path, v)| decode_media(v, &path, d))
        .collect();
    // Body blocks are decoded later, by `SlicedDecode`, in slices.
    *body = Some((o.array("body", d), d.len()));
    Some(Article {
        headline: headline?,
        deck: o.string("deck", d),
        section: o.string("section", d),
        url: o.url("url", d),
        lang,
        dir,
        bylines,
        published: o.timestamp("published", d),
        updated: o.timestamp("updated", d),
        dateline: o.string("dateline", d),
        media,
        body: Vec::new(),
        contributors: contributors(&o, d),
    })
}

/// `xx`, `xx-YY`, `zh-Hant-TW`: letters first, then alphanumeric subtags of 1–8 (the
/// shape every format's language must have).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn decode_byline(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Byline> {
    // A bare string is a common shorthand for a name.
    if let Json::String(s) = value {
        return match non_blank(s) {
            Some(name) => Some(Byline {
                name,
                role: None,
                url: None,
            }),
            None => {
                d.warn(path, "empty byline; dropped");
                None
            }
        };
    }
    let o = Obj::new(value, path, fields::BYLINE, d, false)?;
    let Some(name) = o.string("name", d) else {
        d.warn(path, "byline without a name; dropped");
        return None;
    };
    Some(Byline {
        name: name.trim().to_owned(),
        role: o.string("role", d),
        url: o.url("url", d),
    })
}

/// `contributors`: a note (string) or names (array of strings; others are dropped).
fn contributors(o: &Obj, d: &mut Diagnostics) -> Option<Contributors> {
    let names = match o.get("contributors")? {
        Json::Array(_) => o.array("contributors", d),
        _ => return o.string("contributors", d).map(Contributors::Note),
    };
    let names: Vec<String> = names
        .into_iter()
        .filter_map(|(path, v)| match v {
            Json::String(s) => non_blank(s.trim()),
            other => {
                d.warn(&path, expected("a name (string)", other));
                None
            }
        })
        .collect();
    (!names.is_empty()).then_some(Contributors::Names(names))
}
