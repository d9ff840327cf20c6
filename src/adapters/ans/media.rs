//! ANS videos and embeds → `video` and `embed` blocks.
//!
//! A `video` element (or a lead video: `promo_items.lead_art` of type video, a video
//! document itself): `streams[]` → sources (MP4 first, then HLS; type from
//! `stream_type`), `promo_image.url` → poster (not a platform's), `headlines.basic` →
//! title, `description.basic` → caption, `credits` → credit, a WebVTT file of
//! `subtitles.urls[]` → captions. An `oembed_response` (or an unresolved oEmbed
//! `reference`): the item's address (`raw_oembed.url`, else `referent.id`) decides the
//! provider by its host; `title` and `author_name` are kept; its `html` is never read.
//! A `social_media` element: its `html` is read by the HTML reader only to find the
//! post (address, text, author), never shown as markup.

use super::credits::photo_credit;
use crate::adapters::embeds::{embed_at, is_plain_address, own_url, provider_of, source, track};
use crate::adapters::html_body::html_to_blocks;
use crate::adapters::node::Node;
use crate::model::embeds::{Provider, Video, video_id};
use crate::model::{Block, Diagnostics, SafeUrl};

/// A video element (see the module notes); `None`, with a warning, without a safe
/// stream.
pub(super) fn video(el: &Node, d: &mut Diagnostics) -> Option<Block> {
    let mut streams: Vec<(u8, crate::model::embeds::Source)> = Vec::new();
    for s in el.get("streams").map(|s| s.array(d)).unwrap_or_default() {
        let kind = s.get("stream_type").and_then(|t| t.as_str()).unwrap_or("");
        let (rank, mime) = match kind.to_ascii_lowercase().as_str() {
            "mp4" | "gif-mp4" => (0, Some("video/mp4")),
            "ts" | "hls" | "m3u8" => (1, Some("application/x-mpegURL")),
            _ => (2, None),
        };
        let Some(url) = s.get("url").and_then(|u| u.string(d)) else {
            continue;
        };
        if let Some(src) = source(&url, mime, &s.key_path("url"), d) {
            streams.push((rank, src));
        }
    }
    if streams.is_empty() {
        d.warn(
            &el.key_path("streams"),
            "video without a safe stream; dropped",
        );
        return None;
    }
    let poster_path = el.key_path("promo_image.url");
    let poster = el
        .get("promo_image")
        .or_else(|| el.get("promo_items").and_then(|p| p.get("basic")))
        .and_then(|p| p.get("url"))
        .and_then(|u| u.url(d));
    let captions = el
        .get("subtitles")
        .and_then(|s| s.get("urls"))
        .map(|u| u.many(d))
        .unwrap_or_default()
        .into_iter()
        .filter(|u| {
            u.get("format")
                .and_then(|f| f.as_str())
                .is_some_and(|f| f.eq_ignore_ascii_case("WEB_VTT"))
        })
        .find_map(|u| {
            let raw = u.get("url")?.string(d)?;
            track(&raw, None, &u.key_path("url"), d)
        });
    Some(Block::Video(Video {
        // MP4 first (every browser plays it), then HLS, then the rest: no sort needed.
        sources: (0..3)
            .flat_map(|rank| streams.iter().filter(move |(r, _)| *r == rank))
            .map(|(_, s)| s.clone())
            .collect(),
        poster: own_url(poster, &poster_path, d),
        width: None,
        height: None,
        title: el.get("headlines").and_then(|h| h.text_at("basic", d)),
        caption: el.get("description").and_then(|h| h.text_at("basic", d)),
        credit: photo_credit(el.get("credits"), d),
        captions,
    }))
}

/// An `oembed_response` element or an oEmbed `reference` (see the module notes).
pub(super) fn oembed(el: &Node, d: &mut Diagnostics) -> Option<Block> {
    let raw = el.get("raw_oembed");
    let referent = el.get("referent");
    let text = |n: &Option<Node>, k: &str| {
        n.as_ref()
            .and_then(|n| n.get(k))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let address = text(&raw, "url")
        .or_else(|| text(&referent, "id"))
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .and_then(|u| SafeUrl::parse(&u).ok())
        .filter(is_plain_address);
    // Arc often keeps only the provider's id (`referent.id: "76979871"`): the provider
    // is then named by the element or its oEmbed endpoint, and the id must validate.
    let url = address.or_else(|| {
        let named = [
            text(&Some(el.clone()), "subtype"),
            text(&referent, "type"),
            text(&raw, "provider_name"),
        ];
        let endpoints = [text(&referent, "provider"), text(&raw, "provider_url")];
        let provider = named
            .iter()
            .flatten()
            .map(|n| Provider::from_name(n))
            .chain(
                endpoints
                    .iter()
                    .flatten()
                    .filter_map(|u| SafeUrl::parse(u).ok())
                    .map(|u| provider_of(&u)),
            )
            .find(|p| p.plays_in_frame())?;
        let id = text(&referent, "id")?;
        let candidate = match provider {
            Provider::YouTube => format!("https://www.youtube.com/watch?v={id}"),
            _ => format!("https://vimeo.com/{id}"),
        };
        let candidate = SafeUrl::parse(&candidate).ok()?;
        // The whole id must be the provider's id: "123?x=1#../evil" is not one.
        (video_id(provider, &candidate).as_deref() == Some(id.as_str())).then_some(candidate)
    });
    let Some(url) = url else {
        d.warn(
            &el.path,
            format!(
                "\"{}\" element without the address of its item; dropped",
                text(&Some(el.clone()), "type").unwrap_or_default()
            ),
        );
        return None;
    };
    let mut e = embed_at(url);
    if let Some(raw) = raw {
        e.title = raw.text_at("title", d);
        e.author = raw.plain_at("author_name", d);
    }
    Some(Block::Embed(e))
}

/// A `social_media` element: the post its `html` embeds.
pub(super) fn social(el: &Node, d: &mut Diagnostics) -> Option<Block> {
    let html = el.get("html")?;
    let raw = html.string(d)?;
    let found = html_to_blocks(&raw, &html.path, d)
        .blocks
        .into_iter()
        .find(|b| matches!(b, Block::Embed(_)));
    if found.is_none() {
        d.warn(&el.path, "social media post without a link to it; dropped");
    }
    found
}

/// The lead video: `promo_items.lead_art` of type video, or the document itself when
/// it is a video; it opens the body.
pub(super) fn lead_video(root: &Node, d: &mut Diagnostics) -> Option<Block> {
    let is_video = |n: &Node| n.get("type").and_then(|t| t.as_str()) == Some("video");
    if is_video(root) {
        // The document's own headline and description are the article's.
        let mut block = video(root, d)?;
        if let Block::Video(v) = &mut block {
            v.title = None;
            v.caption = None;
        }
        return Some(block);
    }
    let lead = root.get("promo_items")?.get("lead_art")?;
    is_video(&lead).then(|| video(&lead, d))?
}
