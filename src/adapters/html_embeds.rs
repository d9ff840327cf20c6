//! Embedded items of article HTML (what the block reader found as
//! [`html::Embedded`]) → `embed`, `video` and `audio` blocks.
//!
//! A player frame is kept only as the item it plays (YouTube, Vimeo, Spotify: see
//! [`from_player`]); any other frame is dropped with a warning. A social post
//! (`blockquote.twitter-tweet`, `.instagram-media`, `.tiktok-embed`, `.bluesky-embed`,
//! Facebook's `div.fb-post`, a WordPress embed's wrapper) is its address (the
//! element's `data-instgrm-permalink`/`cite`/`data-href`, a player inside it, its last
//! link to a provider, else the address written as its text), its text without the
//! platform's boilerplate, and the "— Name (@handle) date" line as author and date.
//! `<video>`/`<audio>` keep their safe sources, poster (not a platform's), captions
//! track and size. An item without a usable address leaves its caption as a paragraph.

use super::dates;
use super::embeds::{
    canonical, embed_at, from_player, is_plain_address, own_url, provider_of, source, track,
};
use super::html_media::clip;
use super::node::parse_pixels;
use crate::html::{self, Attrs, Embedded, Inline};
use crate::model::embeds::{Audio, Embed, Provider, Video};
use crate::model::{Block, Diagnostics, SafeUrl};
use crate::text::attribution::strip_dash;

/// Classes of a `<blockquote>` or `<div>` that hold an embedded post.
const POST_CLASSES: &[&str] = &[
    "twitter-tweet",
    "twitter-video",
    "instagram-media",
    "tiktok-embed",
    "bluesky-embed",
    "fb-post",
    "fb-video",
    "fb-xfbml-parse-ignore",
    "wp-block-embed__wrapper",
    "wp-embedded-content",
];

/// Whether an element of article HTML is an embedded post to read whole.
pub(super) fn is_embed(element: &str, attrs: Attrs) -> bool {
    matches!(element, "blockquote" | "div")
        && (POST_CLASSES.iter().any(|c| attrs.has_class(c))
            || attrs.get("data-instgrm-permalink").is_some())
}

/// The block for an embedded item, else its caption as a paragraph (or nothing), with a
/// warning at `path`.
pub(super) fn embedded(found: &Embedded, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let block = match found.element.as_str() {
        "video" => video(found, path, d),
        "audio" => audio(found, path, d),
        "iframe" | "embed" | "object" => player(found, path, d),
        _ => post(found, path, d),
    };
    block.or_else(|| {
        let caption = found.caption.clone()?;
        Some(Block::Paragraph {
            content: vec![Inline::text(caption)],
        })
    })
}

/// A player frame, as the item it plays.
fn player(found: &Embedded, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let src = found.frames.first();
    let item = src
        .and_then(|s| SafeUrl::parse(s).ok())
        .and_then(|s| from_player(&s));
    let Some((provider, url)) = item else {
        let src = src.map(|s| format!(" ({})", clip(s))).unwrap_or_default();
        d.warn(
            path,
            format!("embedded <{}>{src} cannot be shown; dropped", found.element),
        );
        return None;
    };
    let mut e = embed_at(url);
    e.provider = provider;
    e.title = found.title.clone().filter(|t| !is_generic_title(t));
    e.caption = found.caption.clone();
    e.width = found.attr("width").and_then(parse_pixels);
    e.height = found.attr("height").and_then(parse_pixels);
    Some(Block::Embed(e))
}

/// "YouTube video player", "Vimeo embed", the video's address: a frame's title that
/// names no item.
fn is_generic_title(t: &str) -> bool {
    let t = t.to_ascii_lowercase();
    t.ends_with("player") || t.ends_with("embed") || t.starts_with("http")
}

fn sources(found: &Embedded, path: &str, d: &mut Diagnostics) -> Vec<crate::model::embeds::Source> {
    let own = found.attr("src").map(|s| (s.to_owned(), None));
    own.iter()
        .chain(&found.sources)
        .filter_map(|(src, mime)| source(src, mime.as_deref(), path, d))
        .collect()
}

fn video(found: &Embedded, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let sources = sources(found, path, d);
    if sources.is_empty() {
        d.warn(path, "<video> without a safe source; dropped");
        return None;
    }
    let poster = found.attr("poster").and_then(|p| {
        SafeUrl::parse(p)
            .map_err(|e| d.warn(path, format!("poster: {e}; ignored")))
            .ok()
    });
    let captions = found
        .tracks
        .iter()
        .find(|t| matches!(t.kind.as_deref(), None | Some("captions" | "subtitles")))
        .and_then(|t| track(&t.src, t.lang.as_deref(), path, d));
    Some(Block::Video(Video {
        sources,
        poster: own_url(poster, path, d),
        width: found.attr("width").and_then(parse_pixels),
        height: found.attr("height").and_then(parse_pixels),
        title: found.title.clone(),
        caption: found.caption.clone(),
        credit: None,
        captions,
    }))
}

fn audio(found: &Embedded, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let sources = sources(found, path, d);
    if sources.is_empty() {
        d.warn(path, "<audio> without a safe source; dropped");
        return None;
    }
    Some(Block::Audio(Audio {
        sources,
        title: found.title.clone(),
        caption: found.caption.clone(),
        credit: None,
        duration: None,
    }))
}

/// The address of an embedded post (see the module notes).
fn post_url(found: &Embedded) -> Option<SafeUrl> {
    let attr = ["data-instgrm-permalink", "cite", "data-href"]
        .iter()
        .filter_map(|k| found.attr(k))
        .filter_map(|u| SafeUrl::parse(u).ok())
        .find(is_plain_address);
    let frame = || {
        found
            .frames
            .iter()
            .filter_map(|s| SafeUrl::parse(s).ok())
            .find_map(|s| from_player(&s).map(|(_, u)| u))
    };
    let links: Vec<SafeUrl> = found
        .links
        .iter()
        .filter_map(|(href, _)| SafeUrl::parse(href).ok())
        .filter(is_plain_address)
        .collect();
    // The post's own link is the deepest one to the platform (`/p/ID` beside the
    // author's `/name`, `/name/status/ID` beside `t.co` links); the last of equals.
    let link = || {
        links
            .iter()
            .filter(|u| provider_of(u) != Provider::Other)
            .max_by_key(|u| depth(u))
            .or(links.first())
            .cloned()
    };
    let written = || {
        found
            .lines
            .iter()
            .filter(|l| l.starts_with("https://") || l.starts_with("http://"))
            .find_map(|l| SafeUrl::parse(l).ok())
    };
    attr.or_else(frame).or_else(link).or_else(written)
}

/// How many path segments an address has.
fn depth(url: &SafeUrl) -> usize {
    let path = url.as_str().split(['?', '#']).next().unwrap_or_default();
    path.split('/').skip(3).filter(|s| !s.is_empty()).count()
}

/// A social post (or a WordPress embed of another site's page).
fn post(found: &Embedded, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let Some(url) = post_url(found) else {
        d.warn(path, "embedded post without a link to it; dropped");
        return None;
    };
    let provider = provider_of(&url);
    let mut e = Embed {
        caption: found.caption.clone(),
        ..embed_at(canonical(provider, url))
    };
    e.title = found.title.clone().filter(|t| !is_generic_title(t));
    if provider == Provider::Other {
        // Another site's page: its title is the link's text; its excerpt is not shown.
        let link = found.links.first().map(|(_, t)| t.clone());
        e.title = e.title.take().or(link).filter(|t| !t.is_empty());
    } else {
        post_text(found, &mut e);
    }
    Some(Block::Embed(e))
}

/// The text, author and date of a post, without the platform's boilerplate.
fn post_text(found: &Embedded, e: &mut Embed) {
    let mut lines: Vec<&str> = found
        .lines
        .iter()
        .map(String::as_str)
        .filter(|l| *l != e.url.as_str() && !l.starts_with("http") && !l.starts_with('♬'))
        .collect();
    // "— Name (@handle) May 1, 2023": the last link's text is the date.
    if let Some(last) = lines.last()
        && let Some(attribution) = strip_dash(last)
    {
        let date = found
            .links
            .last()
            .map(|(_, t)| t.as_str())
            .unwrap_or_default();
        let name = attribution.strip_suffix(date).filter(|_| !date.is_empty());
        e.published = name.and_then(|_| day(date));
        e.author = Some(name.unwrap_or(attribution).trim().to_owned()).filter(|a| !a.is_empty());
        lines.pop();
    }
    let mut kept = Vec::new();
    for line in lines {
        if line == "View this post on Instagram" || line == "[image or embed]" {
            continue;
        }
        let shared = line
            .strip_prefix("A post shared by")
            .or_else(|| line.strip_prefix("Posted by"));
        if let Some(who) = shared {
            let who = who.split(" on ").next().unwrap_or_default().trim();
            e.author = e
                .author
                .take()
                .or(Some(who.to_owned()).filter(|w| !w.is_empty()));
            continue;
        }
        if e.provider == Provider::TikTok && line.starts_with('@') && e.author.is_none() {
            e.author = Some(line.to_owned());
            continue;
        }
        kept.push(line);
    }
    let mut text = kept.join(" ");
    // The X media link ("pic.twitter.com/…") at the end is the attachment, not text.
    if let Some((before, media)) = text.rsplit_once(' ')
        && media.starts_with("pic.twitter.com/")
        && found.links.iter().any(|(_, t)| t == media)
    {
        text = before.trim_end().to_owned();
    }
    e.text = Some(text).filter(|t| !t.is_empty());
    if e.published.is_none() {
        e.published = found.times.first().and_then(|t| dates::quiet(t));
    }
}

/// A post's date as the platform prints it ("May 1, 2023"), or nothing.
fn day(text: &str) -> Option<crate::model::Timestamp> {
    dates::read(text, "", &mut Diagnostics::default())
}

/// Maps the reader's blocks to the model's; embedded items through [`embedded`].
pub(super) fn model_block(b: html::Block, path: &str, d: &mut Diagnostics) -> Option<Block> {
    Some(match b {
        html::Block::Paragraph(content) => Block::Paragraph { content },
        html::Block::Heading(text) => Block::Heading { text },
        html::Block::Quote { text, cite } => Block::Quote { text, cite },
        html::Block::List(list) => Block::List(list),
        html::Block::Separator => Block::Separator,
        html::Block::Embedded(found) => return embedded(&found, path, d),
    })
}
