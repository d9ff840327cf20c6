//! Apple News Format media components → `embed`, `video` and `audio` blocks.
//!
//! `embedwebvideo` (`URL` of a YouTube or Vimeo player or page: kept only as the item
//! it plays, its address rebuilt from the validated id), `video` (`URL`, `stillURL` →
//! poster), `audio` and `music` (`URL`), with `caption` (and `accessibilityCaption` as
//! the title); `tweet`, `instagram`, `facebook_post` and `tiktok` (`URL`) → embeds
//! whose provider is told by the address's host.

use crate::adapters::embeds::{embed_at, from_player, own_url, source};
use crate::adapters::node::Node;
use crate::model::embeds::{Audio, Video};
use crate::model::{Block, Diagnostics, SafeUrl};

/// Roles read here.
pub(super) const MEDIA_ROLES: &[&str] = &[
    "embedwebvideo",
    "embedvideo",
    "video",
    "audio",
    "music",
    "tweet",
    "instagram",
    "facebook_post",
    "tiktok",
];

/// The block of a media component (`role` is one of [`MEDIA_ROLES`]); `None` when it
/// has nothing safe to show (the caller reports the component dropped).
pub(super) fn media(c: &Node, role: &str, d: &mut Diagnostics) -> Option<Block> {
    let caption = c.text_at("caption", d);
    let label = c.text_at("accessibilityCaption", d);
    let url_path = c.key_path("URL");
    let raw = c.get("URL").and_then(|u| u.string(d))?;
    match role {
        "embedwebvideo" | "embedvideo" => {
            let item = SafeUrl::parse(&raw).ok().and_then(|u| from_player(&u));
            let (provider, url) = item?;
            let mut e = embed_at(url);
            e.provider = provider;
            e.caption = caption;
            e.title = label;
            if let Some(ratio) = c.get("aspectRatio").and_then(|r| match r.json {
                crate::model::Json::Number(n) => Some(*n),
                _ => None,
            }) && ratio > 0.1
                && ratio < 10.0
            {
                e.width = Some((ratio * 1000.0).round() as u32);
                e.height = Some(1000);
            }
            Some(Block::Embed(e))
        }
        "video" => {
            let src = source(&raw, mime_of(&raw), &url_path, d)?;
            let poster = c.get("stillURL").and_then(|u| u.url(d));
            Some(Block::Video(Video {
                sources: vec![src],
                poster: own_url(poster, &c.key_path("stillURL"), d),
                width: None,
                height: None,
                title: label,
                caption,
                credit: None,
                captions: None,
            }))
        }
        "audio" | "music" => Some(Block::Audio(Audio {
            sources: vec![source(&raw, mime_of(&raw), &url_path, d)?],
            title: label,
            caption,
            credit: None,
            duration: None,
        })),
        _ => {
            let url = SafeUrl::parse(&raw)
                .map_err(|e| d.warn(&url_path, format!("{e}; \"{role}\" dropped")))
                .ok()?;
            let mut e = embed_at(url);
            e.caption = caption;
            Some(Block::Embed(e))
        }
    }
}

/// The media type a file's extension names, for the browser to skip what it cannot play.
fn mime_of(url: &str) -> Option<&'static str> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("m3u8") => Some("application/x-mpegURL"),
        Some("mp4" | "m4v") => Some("video/mp4"),
        Some("mp3") => Some("audio/mpeg"),
        Some("m4a") => Some("audio/mp4"),
        _ => None,
    }
}
