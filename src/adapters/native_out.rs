//! A [`Document`] written back as the public format, version 1, so converted content
//! can be saved, inspected and served as native JSON (the converter CLI prints this).
//! The model's serde output is an internal shape (paragraphs as node trees); this is the
//! published contract: paragraphs are `{"type":"paragraph","text"}` when they are plain
//! text, else `{"type":"paragraph","html"}` with the allowlisted markup re-serialised and
//! every text and attribute value escaped. Absent fields and empty lists are omitted.

use serde_json::{Map, Value, json};

use crate::html::{Inline, to_html};
use crate::model::{
    Article, Block, Byline, Contributors, Document, FORMAT_VERSION, List, Media, RelatedItem,
    RelatedSection, Source,
};

/// The native JSON of a document; decoding it gives the same document back.
pub fn to_native_json(doc: &Document) -> Value {
    let mut top = Map::new();
    top.insert("version".into(), json!(FORMAT_VERSION));
    top.insert("article".into(), article(&doc.article));
    if !doc.related.is_empty() {
        top.insert(
            "related".into(),
            Value::Array(doc.related.iter().map(section).collect()),
        );
    }
    Value::Object(top)
}

/// Sections of cards as a native document without an article, the shape `related-src`
/// accepts; decoding its `related` gives the same sections back.
pub fn related_to_native_json(sections: &[RelatedSection]) -> Value {
    json!({"version": FORMAT_VERSION, "related": sections.iter().map(section).collect::<Vec<_>>()})
}

/// Collects fields, skipping absent ones.
struct Fields(Map<String, Value>);

impl Fields {
    fn new() -> Fields {
        Fields(Map::new())
    }

    fn put(&mut self, key: &str, value: impl Into<Value>) -> &mut Fields {
        self.0.insert(key.into(), value.into());
        self
    }

    fn opt<T: ToString + ?Sized>(&mut self, key: &str, value: Option<&T>) -> &mut Fields {
        if let Some(v) = value {
            self.0.insert(key.into(), Value::String(v.to_string()));
        }
        self
    }

    fn list(&mut self, key: &str, values: Vec<Value>) -> &mut Fields {
        if !values.is_empty() {
            self.0.insert(key.into(), Value::Array(values));
        }
        self
    }

    fn done(&mut self) -> Value {
        Value::Object(std::mem::take(&mut self.0))
    }
}

fn article(a: &Article) -> Value {
    let mut f = Fields::new();
    f.put("headline", a.headline.as_str())
        .opt("deck", a.deck.as_deref())
        .opt("section", a.section.as_deref())
        .opt("url", a.url.as_ref().map(|u| u.as_str()))
        .opt("lang", a.lang.as_deref())
        .opt("dir", a.dir.map(|d| d.as_str()))
        .list("bylines", a.bylines.iter().map(byline).collect())
        .opt("published", a.published.as_ref().map(|t| t.as_str()))
        .opt("updated", a.updated.as_ref().map(|t| t.as_str()))
        .opt("dateline", a.dateline.as_deref())
        .list("media", a.media.iter().map(media).collect())
        .list("body", a.body.iter().map(block).collect());
    match &a.contributors {
        Some(Contributors::Note(note)) => f.put("contributors", note.as_str()),
        Some(Contributors::Names(names)) => f.put("contributors", json!(names)),
        None => &mut f,
    };
    f.done()
}

fn byline(b: &Byline) -> Value {
    Fields::new()
        .put("name", b.name.as_str())
        .opt("role", b.role.as_deref())
        .opt("url", b.url.as_ref().map(|u| u.as_str()))
        .done()
}

fn media(m: &Media) -> Value {
    let mut f = Fields::new();
    f.put("src", m.src.as_str());
    if let Some(w) = m.width {
        f.put("width", w);
    }
    if let Some(h) = m.height {
        f.put("height", h);
    }
    f.opt("alt", m.alt.as_deref())
        .opt("caption", m.caption.as_deref())
        .opt("credit", m.credit.as_deref())
        .opt("srcset", m.srcset.as_ref().map(|s| s.as_str()))
        .done()
}

fn block(b: &Block) -> Value {
    match b {
        Block::Paragraph { content } => match content.as_slice() {
            [Inline::Text { text }] => json!({"type": "paragraph", "text": text}),
            nodes => json!({"type": "paragraph", "html": to_html(nodes)}),
        },
        Block::Heading { text } => json!({"type": "heading", "text": text}),
        Block::Quote { text, cite } => Fields::new()
            .put("type", "quote")
            .put("text", text.as_str())
            .opt("cite", cite.as_deref())
            .done(),
        Block::List(list) => {
            let mut v = list_json(list);
            v["type"] = json!("list");
            v
        }
        Block::Separator => json!({"type": "separator"}),
        Block::Embed(e) => {
            let mut f = Fields::new();
            f.put("type", "embed")
                .put("provider", e.provider.name())
                .put("url", e.url.as_str())
                .opt("title", e.title.as_deref())
                .opt("caption", e.caption.as_deref())
                .opt("author", e.author.as_deref())
                .opt("text", e.text.as_deref())
                .opt("published", e.published.as_ref().map(|t| t.as_str()));
            if let Some(thumbnail) = &e.thumbnail {
                f.put("thumbnail", media(thumbnail));
            }
            size(&mut f, e.width, e.height);
            f.done()
        }
        Block::Video(v) => {
            let mut f = Fields::new();
            f.put("type", "video").put("sources", sources(&v.sources));
            f.opt("poster", v.poster.as_ref().map(|u| u.as_str()));
            size(&mut f, v.width, v.height);
            f.opt("title", v.title.as_deref())
                .opt("caption", v.caption.as_deref())
                .opt("credit", v.credit.as_deref());
            if let Some(track) = &v.captions {
                let mut t = Fields::new();
                t.put("src", track.src.as_str())
                    .opt("lang", track.lang.as_deref());
                f.put("captions", t.done());
            }
            f.done()
        }
        Block::Audio(a) => {
            let mut f = Fields::new();
            f.put("type", "audio")
                .put("sources", sources(&a.sources))
                .opt("title", a.title.as_deref())
                .opt("caption", a.caption.as_deref())
                .opt("credit", a.credit.as_deref());
            if let Some(seconds) = a.duration {
                f.put("duration", seconds);
            }
            f.done()
        }
    }
}

/// `width` and `height` when known.
fn size(f: &mut Fields, width: Option<u32>, height: Option<u32>) {
    if let Some(w) = width {
        f.put("width", w);
    }
    if let Some(h) = height {
        f.put("height", h);
    }
}

/// The files of a video or audio: `[{ "src", "type"? }]`.
fn sources(sources: &[Source]) -> Value {
    Value::Array(
        sources
            .iter()
            .map(|s| {
                let mut f = Fields::new();
                f.put("src", s.src.as_str()).opt("type", s.mime.as_deref());
                f.done()
            })
            .collect(),
    )
}

/// A list as the native format writes it: `ordered` and `items`, an item a string when
/// it is plain text, else `{ "html": …, "list": … }`.
fn list_json(list: &List) -> Value {
    let items: Vec<Value> = list
        .items
        .iter()
        .map(|item| match (item.content.as_slice(), &item.list) {
            ([Inline::Text { text }], None) => json!(text),
            (content, nested) => {
                let mut f = Fields::new();
                match content {
                    [] => {}
                    [Inline::Text { text }] => {
                        f.put("text", text.as_str());
                    }
                    nodes => {
                        f.put("html", to_html(nodes));
                    }
                }
                if let Some(nested) = nested {
                    f.put("list", list_json(nested));
                }
                f.done()
            }
        })
        .collect();
    json!({"ordered": list.ordered, "items": items})
}

fn section(s: &RelatedSection) -> Value {
    let mut f = Fields::new();
    f.opt("title", s.title.as_deref())
        .opt("next_url", s.next_url.as_ref().map(|u| u.as_str()));
    f.put("items", Value::Array(s.items.iter().map(item).collect()));
    f.done()
}

fn item(i: &RelatedItem) -> Value {
    let mut f = Fields::new();
    f.put("url", i.url.as_str())
        .put("title", i.title.as_str())
        .opt("teaser", i.teaser.as_deref());
    if let Some(image) = &i.image {
        f.put("image", media(image));
    }
    f.opt("published", i.published.as_ref().map(|t| t.as_str()))
        .opt("section", i.section.as_deref())
        .done()
}
