#![cfg(not(target_arch = "wasm32"))]
//! Issue 24, the ingest half: embedded videos, social posts, video and audio files of
//! every format arrive in the body as `embed`, `video` and `audio` blocks where they
//! stood, over our look-alikes in `tests/fixtures/real-world/` (invented text, example
//! hosts; the real shapes they mirror are named in its SOURCES.md). Each test also
//! asserts what must not happen: a frame URL or a platform's picture kept, boilerplate
//! shown as text, a caption left behind as a stray paragraph.

use reader_widget::html::text_of;
use reader_widget::model::{Block, Document};

#[path = "support/look_alikes.rs"]
mod look_alikes;
use look_alikes::ours;

/// Each body block as `kind` or `embed:provider:url`, for order and identity at once.
fn summary(doc: &Document) -> Vec<String> {
    doc.article
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => format!("p:{}", text_of(content)),
            Block::Embed(e) => format!("embed:{}:{}", e.provider.name(), e.url),
            Block::Video(v) => format!("video:{}", v.sources[0].src),
            Block::Audio(a) => format!("audio:{}", a.sources[0].src),
            Block::Heading { text } => format!("h:{text}"),
            Block::Quote { text, .. } => format!("q:{text}"),
            Block::List(_) => "list".to_owned(),
            Block::Separator => "hr".to_owned(),
        })
        .collect()
}

fn embeds(doc: &Document) -> Vec<&reader_widget::model::Embed> {
    doc.article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Embed(e) => Some(e),
            _ => None,
        })
        .collect()
}

#[test]
fn wordpress_gutenberg_embeds_video_and_audio_stay_in_reading_order() {
    let (d, l) = ours("wordpress/gutenberg-embeds-video-audio.json");
    assert_eq!(
        summary(&d),
        [
            "p:The harbour board met on Tuesday to hear from the tide watchers.",
            "embed:youtube:https://www.youtube.com/watch?v=Ab3dEf_h1Jk",
            "p:Residents shared what they saw.",
            "embed:x:https://twitter.com/quaywatch/status/1712345678901234567",
            "embed:instagram:https://www.instagram.com/p/CxQ9aBcDeFg/",
            "embed:vimeo:https://vimeo.com/123456789",
            "video:https://news.example/wp-content/uploads/2023/10/quay.mp4",
            "audio:https://news.example/wp-content/uploads/2023/10/board-meeting.mp3",
            "embed:tiktok:https://www.tiktok.com/@quaykids/video/7289012345678901234",
            "p:The board meets again next month.",
        ]
    );
    let e = embeds(&d);
    // The figcaption is the embed's caption, not a paragraph of its own.
    assert_eq!(
        e[0].caption.as_deref(),
        Some("The north quay at the top of the spring tide.")
    );
    assert_eq!(
        e[0].title.as_deref(),
        Some("Spring tides at the north quay")
    );
    // The tweet: text without the media link, author and day from the dash line.
    assert_eq!(
        e[1].text.as_deref(),
        Some("Water over the slipway again this morning")
    );
    assert_eq!(e[1].author.as_deref(), Some("Quay Watch (@quaywatch)"));
    assert_eq!(
        e[1].published.as_ref().map(|t| t.as_str()),
        Some("2023-10-12")
    );
    // Instagram: no "View this post on Instagram" / "A post shared by" as text.
    assert_eq!(e[2].text, None);
    assert_eq!(
        e[2].author.as_deref(),
        Some("Harbour Pictures (@harbourpictures)")
    );
    assert_eq!(
        e[2].caption.as_deref(),
        Some("A reader's view from the breakwater.")
    );
    assert_eq!((e[3].width, e[3].height), (Some(640), Some(360)));
    assert_eq!(e[4].author.as_deref(), Some("@quaykids"));
    assert_eq!(
        e[4].text.as_deref(),
        Some("Jumping the puddles on the quay")
    );
    let Block::Video(v) = &d.article.body[6] else {
        panic!()
    };
    assert_eq!(
        v.caption.as_deref(),
        Some("Our own footage of the slipway.")
    );
    assert_eq!(
        v.poster.as_ref().map(|p| p.as_str()),
        Some("https://news.example/wp-content/uploads/2023/10/quay-poster.jpg")
    );
    assert_eq!(
        v.captions.as_ref().map(|t| t.src.as_str()),
        Some("https://news.example/wp-content/uploads/2023/10/quay.vtt")
    );
    // What is kept is not reported as dropped; the map frame still is.
    assert_eq!(
        l,
        [
            "content.rendered: embedded <iframe> (https://maps.example/embed?pb=quay) cannot be shown; dropped"
        ]
    );
    let text: Vec<String> = summary(&d);
    assert!(!text.iter().any(|t| t.contains("View this post")
        || t.contains("youtube.com/embed")
        || t.contains("player.vimeo.com")));
}

#[test]
fn wordpress_real_post_keeps_its_youtube_tweet_and_instagram() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/real/wordpress/post-embed.json"
    );
    let json = look_alikes::json(std::path::Path::new(path));
    let d = reader_widget::adapters::convert(&json, None)
        .document
        .expect("document");
    let found: Vec<(&str, &str)> = embeds(&d)
        .iter()
        .map(|e| (e.provider.name(), e.url.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("youtube", "https://www.youtube.com/watch?v=3bUtvUAeX8s"),
            (
                "x",
                "https://twitter.com/Travel_Places_/status/911998747198009344"
            ),
            ("instagram", "https://www.instagram.com/p/BdqJaLiAYfe/"),
        ]
    );
}

#[test]
fn ans_lead_video_oembeds_and_social_posts_become_blocks() {
    let (d, l) = ours("ans/video-oembed-social.json");
    assert_eq!(
        summary(&d),
        [
            "video:https://video.news.example/quay/quay_1080.mp4",
            "p:The harbour board heard from the tide watchers on Tuesday.",
            "embed:youtube:https://www.youtube.com/watch?v=Zx9_yW8-vU7",
            "embed:vimeo:https://vimeo.com/987654321",
            "embed:x:https://twitter.com/quaywatch/status/1712345678901234568",
            "embed:instagram:https://www.instagram.com/p/CyR1bCdEfGh/",
            "video:https://video.news.example/night/night_720.mp4",
            "p:The board meets again next month.",
        ]
    );
    let Block::Video(lead) = &d.article.body[0] else {
        panic!()
    };
    // MP4 before HLS, typed from stream_type; WebVTT captions, not the SRT file.
    let types: Vec<Option<&str>> = lead.sources.iter().map(|s| s.mime.as_deref()).collect();
    assert_eq!(types, [Some("video/mp4"), Some("application/x-mpegURL")]);
    assert_eq!(
        lead.captions.as_ref().map(|t| t.src.as_str()),
        Some("https://video.news.example/quay/quay.vtt")
    );
    assert_eq!(lead.title.as_deref(), Some("The quay at high water"));
    assert_eq!(
        lead.caption.as_deref(),
        Some("Water runs over the north slipway.")
    );
    assert_eq!(lead.credit.as_deref(), Some("Ada Lane"));
    let e = embeds(&d);
    assert_eq!(e[0].title.as_deref(), Some("Harbour wall repairs, 1998"));
    assert_eq!(e[0].author.as_deref(), Some("Harbour Archive"));
    // The oEmbed's platform thumbnail is not taken.
    assert!(e.iter().all(|e| e.thumbnail.is_none()));
    assert_eq!(
        e[3].author.as_deref(),
        Some("Breakwater Club (@breakwaterclub)")
    );
    assert_eq!(e[3].text, None);
    // The second video's poster is on a platform's CDN: left out, with a warning.
    let Block::Video(night) = &d.article.body[6] else {
        panic!()
    };
    assert_eq!(night.poster, None);
    assert!(l.iter().any(|w| w.contains("promo_image.url: picture")));
    assert!(l.iter().any(|w| w.contains("\"custom_embed\" element")));
    assert!(!l.iter().any(|w| w.contains("oembed_response")
        || w.contains("social_media")
        || w.contains("a video document")));
}

#[test]
fn anf_media_components_become_blocks_and_unknown_players_are_dropped() {
    let (d, l) = ours("anf/media-components.json");
    assert_eq!(
        summary(&d),
        [
            "p:Tide watchers filmed the north quay.",
            "embed:youtube:https://www.youtube.com/watch?v=Ab3dEf_h1Jk",
            "embed:vimeo:https://vimeo.com/123456789",
            "video:https://video.news.example/quay/master.m3u8",
            "audio:https://audio.news.example/board.mp3",
            "embed:x:https://twitter.com/quaywatch/status/1712345678901234567",
            "embed:instagram:https://www.instagram.com/p/CxQ9aBcDeFg/",
            "embed:tiktok:https://www.tiktok.com/@quaykids/video/7289012345678901234",
            "embed:facebook:https://www.facebook.com/harbourboard/posts/1234567890",
            "p:The board meets again next month.",
        ]
    );
    let e = embeds(&d);
    assert_eq!(
        e[0].caption.as_deref(),
        Some("The quay at the top of the tide.")
    );
    assert_eq!((e[0].width, e[0].height), (Some(1777), Some(1000)));
    let Block::Video(v) = &d.article.body[3] else {
        panic!()
    };
    assert_eq!(
        v.poster.as_ref().map(|p| p.as_str()),
        Some("https://img.news.example/quay-still.jpg")
    );
    assert_eq!(
        l,
        ["components[10]: \"embedwebvideo\" component cannot be shown; dropped"]
    );
}

#[test]
fn jsonld_video_and_audio_objects_follow_the_body() {
    let (d, l) = ours("jsonld/video-audio-objects.json");
    assert_eq!(
        summary(&d),
        [
            "p:Tide watchers filmed the north quay.",
            "p:The board meets again next month.",
            "video:https://video.news.example/quay/quay_1080.mp4",
            "embed:youtube:https://www.youtube.com/watch?v=Zx9_yW8-vU7",
            "audio:https://audio.news.example/board.mp3",
        ]
    );
    let Block::Video(v) = &d.article.body[2] else {
        panic!()
    };
    assert_eq!(
        v.poster.as_ref().map(|p| p.as_str()),
        Some("https://img.news.example/quay-lead.jpg")
    );
    assert_eq!(v.title.as_deref(), Some("The quay at high water"));
    // A YouTube thumbnail would be a request to the platform before a click.
    assert_eq!(embeds(&d)[0].thumbnail, None);
    assert!(l.iter().any(|w| w.starts_with("video[1].thumbnailUrl")));
    let Block::Audio(a) = &d.article.body[4] else {
        panic!()
    };
    assert_eq!(a.duration, Some(2730));
    // uploadDate is the file's, not the article's.
    assert_eq!(
        d.article.published.as_ref().map(|t| t.as_str()),
        Some("2023-10-13T07:00:00Z")
    );
    // The ImageObject of associatedMedia is still a photo.
    assert_eq!(d.article.media.len(), 1);
}

#[test]
fn jsonfeed_audio_and_video_attachments_are_players() {
    let (d, l) = ours("jsonfeed/podcast-attachments.json");
    assert_eq!(
        summary(&d),
        [
            "p:This week: the spring tides.",
            "audio:https://cdn.podcast.example/ep12.mp3",
            "video:https://cdn.podcast.example/ep12.mp4",
        ]
    );
    let Block::Audio(a) = &d.article.body[1] else {
        panic!()
    };
    assert_eq!(
        (a.title.as_deref(), a.duration),
        (Some("Episode 12"), Some(2730))
    );
    assert!(
        l.iter()
            .any(|w| w.contains("attachments[2].url") && w.contains("javascript:"))
    );
    // The image attachment stays a photo.
    assert_eq!(d.article.media.len(), 1);
}

#[test]
fn hostile_look_alikes_and_path_tricks_give_no_player() {
    for file in [
        "wordpress-embeds-hostile.json",
        "ans-oembed-video-hostile.json",
        "anf-media-hostile.json",
        "jsonld-video-objects-hostile.json",
    ] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/hostile/").to_owned() + file;
        let json = look_alikes::json(std::path::Path::new(&path));
        let d = reader_widget::adapters::convert(&json, None)
            .document
            .expect("document");
        for e in embeds(&d) {
            // A look-alike host is `other` (a link), and only a validated id is framed.
            if e.url.as_str().contains("evil.example") {
                assert_eq!(e.provider.name(), "other", "{file}: {}", e.url);
            }
            if let Some(player) = e.player_url() {
                let id = player
                    .rsplit('/')
                    .next()
                    .and_then(|s| s.split('?').next())
                    .unwrap_or_default();
                assert!(
                    id.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                    "{file}: {player}"
                );
            }
        }
        let players = embeds(&d).iter().filter_map(|e| e.player_url()).count();
        // No player at all: every id in these documents hides a trick ("123?x=1#../evil").
        assert_eq!(players, 0, "{file}");
    }
}
