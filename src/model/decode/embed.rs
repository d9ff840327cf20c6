//! The body's embedded items: `embed` (a video or post on a platform), `video` and
//! `audio` (files the browser plays). Every URL is checked like the rest; an unknown
//! provider is `other` (shown as a link); an item without a usable address is dropped.

use super::fields_list::fields;
use super::media::decode_media;
use super::object::Obj;
use crate::model::diagnostics::Diagnostics;
use crate::model::types::Block;
use crate::model::types::{Audio, Embed, Provider, Source, Track, Video};

/// An `embed`, `video` or `audio` block (`kind`); `None`, with a warning, when it has no
/// safe address to show.
pub(super) fn decode_embedded(kind: &str, o: &Obj, d: &mut Diagnostics) -> Option<Block> {
    match kind {
        "embed" => {
            let Some(url) = o.url("url", d) else {
                d.warn(&o.path("url"), "embed without a safe url; dropped");
                return None;
            };
            Some(Block::Embed(Embed {
                provider: o
                    .string("provider", d)
                    .map_or(Provider::Other, |p| Provider::from_name(&p)),
                url,
                title: o.string("title", d),
                caption: o.string("caption", d),
                author: o.string("author", d),
                text: o.string("text", d),
                published: o.timestamp("published", d),
                thumbnail: o
                    .get("thumbnail")
                    .and_then(|t| decode_media(t, &o.path("thumbnail"), d)),
                width: o.u32("width", d),
                height: o.u32("height", d),
            }))
        }
        "video" => {
            let sources = sources(o, d, "video")?;
            let captions = o.get("captions").and_then(|t| {
                let t = Obj::new(t, &o.path("captions"), fields::TRACK, d, false)?;
                Some(Track {
                    src: t.url("src", d)?,
                    lang: t.string("lang", d),
                })
            });
            Some(Block::Video(Video {
                sources,
                poster: o.url("poster", d),
                width: o.u32("width", d),
                height: o.u32("height", d),
                title: o.string("title", d),
                caption: o.string("caption", d),
                credit: o.string("credit", d),
                captions,
            }))
        }
        _ => Some(Block::Audio(Audio {
            sources: sources(o, d, "audio")?,
            title: o.string("title", d),
            caption: o.string("caption", d),
            credit: o.string("credit", d),
            duration: o.u32("duration", d),
        })),
    }
}

/// `sources: [{ "src", "type"? }]`, or one `src` (with `type`); at least one safe file.
fn sources(o: &Obj, d: &mut Diagnostics, what: &str) -> Option<Vec<Source>> {
    let mut out = Vec::new();
    if let Some(src) = o.url("src", d) {
        out.push(Source {
            src,
            mime: o.string("mime", d),
        });
    }
    for (path, value) in o.array("sources", d) {
        let Some(s) = Obj::new(value, &path, fields::SOURCE, d, false) else {
            continue;
        };
        if let Some(src) = s.url("src", d) {
            out.push(Source {
                src,
                mime: s.string("type", d).filter(|t| is_mime(t)),
            });
        }
    }
    if out.is_empty() {
        d.warn(
            &o.path("sources"),
            format!("{what} without a safe source; dropped"),
        );
        return None;
    }
    Some(out)
}

/// `video/mp4`, `audio/mpeg; codecs=…`: a type the browser may read, nothing else.
fn is_mime(t: &str) -> bool {
    let (kind, rest) = t.split_once('/').unwrap_or_default();
    matches!(kind, "video" | "audio" | "application")
        && !rest.is_empty()
        && t.len() <= 100
        && t.chars().all(|c| c.is_ascii_graphic() || c == ' ')
}
