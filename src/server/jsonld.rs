//! The host page's schema.org `NewsArticle` from the same document the widget shows, so
//! search engines read the story's facts (headline, dates, authors, photos) from the page
//! that carries the widget. Written as a `<script type="application/ld+json">`.

use serde_json::{Map, Value, json};

use super::script::script_safe_json;
use crate::html::{List, text_of};
use crate::model::{Block, Contributors, Document, Media};

/// The `NewsArticle` for `document`'s article (schema.org's names; absent facts are left
/// out rather than written empty).
pub fn news_article(document: &Document) -> Value {
    let a = &document.article;
    let mut out = Map::new();
    out.insert("@context".into(), json!("https://schema.org"));
    out.insert("@type".into(), json!("NewsArticle"));
    out.insert("headline".into(), json!(a.headline));
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            out.insert(key.into(), value);
        }
    };
    put("description", a.deck.as_ref().map(|d| json!(d)));
    put("articleSection", a.section.as_ref().map(|s| json!(s)));
    put("inLanguage", a.lang.as_ref().map(|l| json!(l)));
    put("url", a.url.as_ref().map(|u| json!(u.as_str())));
    put(
        "mainEntityOfPage",
        a.url
            .as_ref()
            .map(|u| json!({ "@type": "WebPage", "@id": u.as_str() })),
    );
    put(
        "datePublished",
        a.published.as_ref().map(|t| json!(t.as_str())),
    );
    put(
        "dateModified",
        a.updated.as_ref().map(|t| json!(t.as_str())),
    );
    let authors: Vec<Value> = a
        .bylines
        .iter()
        .map(|b| {
            let mut person = json!({ "@type": "Person", "name": b.name });
            if let Some(url) = &b.url {
                person["url"] = json!(url.as_str());
            }
            person
        })
        .collect();
    put(
        "author",
        (!authors.is_empty()).then_some(Value::Array(authors)),
    );
    let contributors = match &a.contributors {
        Some(Contributors::Names(names)) => names
            .iter()
            .map(|n| json!({ "@type": "Person", "name": n }))
            .collect(),
        _ => Vec::new(),
    };
    put(
        "contributor",
        (!contributors.is_empty()).then_some(Value::Array(contributors)),
    );
    let images: Vec<Value> = a.media.iter().map(image).collect();
    put(
        "image",
        (!images.is_empty()).then_some(Value::Array(images)),
    );
    let body = body_text(&a.body);
    put("articleBody", (!body.is_empty()).then(|| json!(body)));
    Value::Object(out)
}

/// An `ImageObject` for one photo.
fn image(media: &Media) -> Value {
    let mut image = json!({ "@type": "ImageObject", "url": media.src.as_str() });
    if let Some(w) = media.width {
        image["width"] = json!(w);
    }
    if let Some(h) = media.height {
        image["height"] = json!(h);
    }
    if let Some(caption) = &media.caption {
        image["caption"] = json!(caption);
    }
    if let Some(credit) = &media.credit {
        image["creditText"] = json!(credit);
    }
    image
}

/// The body as plain text, one block per paragraph.
fn body_text(blocks: &[Block]) -> String {
    let mut parts = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph { content } => parts.push(text_of(content)),
            Block::Heading { text } | Block::Quote { text, .. } => parts.push(text.clone()),
            Block::List(list) => list_text(list, &mut parts),
            Block::Separator | Block::Video(_) | Block::Audio(_) => {}
            Block::Embed(e) => parts.extend(e.text.clone()),
        }
    }
    parts.retain(|p| !p.trim().is_empty());
    parts.join("\n\n")
}

fn list_text(list: &List, parts: &mut Vec<String>) {
    for item in &list.items {
        parts.push(text_of(&item.content));
        if let Some(nested) = &item.list {
            list_text(nested, parts);
        }
    }
}

/// The JSON-LD as a `<script>` for the page's `<head>` (or anywhere in its body).
pub fn jsonld_script(document: &Document) -> String {
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        script_safe_json(&news_article(document).to_string())
    )
}
