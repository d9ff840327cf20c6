//! The story's VideoObjects and AudioObjects (`video`, `audio`, `associatedMedia`) →
//! `video`, `embed` and `audio` blocks, after the body.
//!
//! A VideoObject with a `contentUrl` file is a video (`thumbnailUrl` → poster); one
//! whose `embedUrl` (else `contentUrl`, `url`) is a YouTube or Vimeo video is an embed
//! of it (address rebuilt from the validated id; `thumbnailUrl` → thumbnail). `name` →
//! title, `description` → caption; an AudioObject's `duration` (ISO 8601) → seconds.
//! A thumbnail on a platform's host is left out; `uploadDate` is the file's, not the
//! article's, and is not read.

use super::graph::{Graph, types};
use super::values::{first_text, first_url};
use crate::adapters::embeds::{from_player, own_picture, own_url, source};
use crate::adapters::finish::bare_media;
use crate::adapters::node::Node;
use crate::model::embeds::{Audio, Video};
use crate::model::{Block, Diagnostics, SafeUrl};

/// The blocks of the story's videos and recordings, in the order listed.
pub(super) fn media_blocks(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Vec<Block> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for key in ["video", "audio", "associatedMedia"] {
        for part in node.get(key).map(|p| p.many(d)).unwrap_or_default() {
            let Some(part) = graph.resolve(part, d) else {
                continue;
            };
            let kinds = types(part.json);
            let is = |t: &str| kinds.iter().any(|k| k.eq_ignore_ascii_case(t));
            let block = if is("VideoObject") {
                video_object(&part, d)
            } else if is("AudioObject") {
                audio_object(&part, d)
            } else {
                continue;
            };
            // The same file listed under two keys is shown once.
            if let Some(block) = block
                && let Some(key) = block_url(&block)
                && !seen.contains(&key)
            {
                seen.push(key);
                out.push(block);
            }
        }
    }
    out
}

fn block_url(block: &Block) -> Option<String> {
    match block {
        Block::Embed(e) => Some(e.url.as_str().to_owned()),
        Block::Video(v) => v.sources.first().map(|s| s.src.as_str().to_owned()),
        Block::Audio(a) => a.sources.first().map(|s| s.src.as_str().to_owned()),
        _ => None,
    }
}

fn video_object(node: &Node, d: &mut Diagnostics) -> Option<Block> {
    let title = first_text(node, "name", d);
    let caption = first_text(node, "description", d);
    let thumb_path = node.key_path("thumbnailUrl");
    let thumbnail = node.get("thumbnailUrl").and_then(|t| first_url(&t, d));
    let url_of = |key: &str, d: &mut Diagnostics| node.get(key).and_then(|u| first_url(&u, d));
    let player = ["embedUrl", "contentUrl", "url"]
        .iter()
        .filter_map(|k| url_of(k, d))
        .find_map(|u| from_player(&u));
    if let Some((provider, url)) = player {
        let mut e = crate::adapters::embeds::embed_at(url);
        e.provider = provider;
        e.title = title;
        e.caption = caption;
        e.thumbnail = own_picture(thumbnail.map(bare_media), &thumb_path, d);
        return Some(Block::Embed(e));
    }
    let Some(file) = file(node, d) else {
        d.warn(
            &node.path,
            "VideoObject without a video file or a YouTube or Vimeo address; dropped",
        );
        return None;
    };
    Some(Block::Video(Video {
        sources: vec![file],
        poster: own_url(thumbnail, &thumb_path, d),
        width: node.get("width").and_then(|w| w.dimension(d)),
        height: node.get("height").and_then(|h| h.dimension(d)),
        title,
        caption,
        credit: None,
        captions: None,
    }))
}

fn audio_object(node: &Node, d: &mut Diagnostics) -> Option<Block> {
    let Some(file) = file(node, d) else {
        d.warn(&node.path, "AudioObject without a file; dropped");
        return None;
    };
    Some(Block::Audio(Audio {
        sources: vec![file],
        title: first_text(node, "name", d),
        caption: first_text(node, "description", d),
        credit: None,
        duration: node
            .get("duration")
            .and_then(|t| t.as_str())
            .and_then(iso_seconds),
    }))
}

/// `contentUrl` as a file, with `encodingFormat` as its type.
fn file(node: &Node, d: &mut Diagnostics) -> Option<crate::model::embeds::Source> {
    let url: SafeUrl = node.get("contentUrl").and_then(|u| first_url(&u, d))?;
    let mime = node.get("encodingFormat").and_then(|m| m.as_str());
    source(url.as_str(), mime, &node.key_path("contentUrl"), d)
}

/// An ISO 8601 duration (`PT1H2M3S`, `P0DT12M`, `PT90S`) in whole seconds.
pub(crate) fn iso_seconds(text: &str) -> Option<u32> {
    let rest = text.trim().strip_prefix('P')?;
    let mut total: u64 = 0;
    let mut number = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'T' if !in_time && number.is_empty() => in_time = true,
            _ => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                let unit = match (in_time, c) {
                    (false, 'D') => 86_400.0,
                    (true, 'H') => 3_600.0,
                    (true, 'M') => 60.0,
                    (true, 'S') => 1.0,
                    _ => return None,
                };
                total = total.checked_add((n * unit) as u64)?;
            }
        }
    }
    (number.is_empty() && total > 0)
        .then(|| u32::try_from(total).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::iso_seconds;

    #[test]
    fn iso_durations_read_as_seconds() {
        assert_eq!(iso_seconds("PT1H2M3S"), Some(3723));
        assert_eq!(iso_seconds("PT45M"), Some(2700));
        assert_eq!(iso_seconds("P0DT0H3M"), Some(180));
        assert_eq!(iso_seconds("PT90.5S"), Some(90));
        assert_eq!(iso_seconds("45:00"), None);
        assert_eq!(iso_seconds("PT"), None);
        assert_eq!(iso_seconds("P1M"), None);
    }
}
