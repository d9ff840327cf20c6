#![cfg(not(target_arch = "wasm32"))]
//! Embedded videos, posts, video and audio in the native format, and how a server renders
//! them: each is a link (or a player) that works with JavaScript off, a provider's own
//! pictures are never in the page, and only a YouTube or Vimeo URL of the provider's own
//! host becomes a facade.

use reader_widget::adapters::to_native_json;
use reader_widget::model::{Block, Document, Provider, decode_str};
use reader_widget::{RenderOptions, render_html};

const DOC: &str = r#"{"version": 1, "article": {"headline": "Council meeting", "body": [
  "Watch the meeting below.",
  {"type": "embed", "provider": "youtube", "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
   "title": "The full meeting", "caption": "The council met on Tuesday.",
   "thumbnail": {"src": "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"}},
  {"type": "embed", "provider": "vimeo", "url": "https://vimeo.com/76979871",
   "thumbnail": {"src": "https://cdn.news.example/stills/vote.jpg"}},
  {"type": "embed", "provider": "youtube", "url": "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ", "title": "Look-alike"},
  {"type": "embed", "provider": "twitter", "url": "https://x.com/example/status/1", "author": "Ana Example (@ana)",
   "text": "The bridge is open!", "published": "2026-03-04T09:00:00Z"},
  {"type": "embed", "provider": "myspace", "url": "https://social.example/p/1"},
  {"type": "video", "sources": [{"src": "https://cdn.news.example/v.mp4", "type": "video/mp4"}, {"src": "javascript:alert(1)"}],
   "poster": "https://cdn.news.example/v.jpg", "width": 1280, "height": 720, "caption": "The bridge at dawn.",
   "credit": "Bo Sample", "captions": {"src": "https://cdn.news.example/v.vtt", "lang": "en"}},
  {"type": "audio", "src": "https://cdn.news.example/a.mp3", "mime": "audio/mpeg", "title": "Podcast: the bridge", "duration": 1200},
  {"type": "embed", "provider": "youtube", "url": "javascript:alert(1)"},
  {"type": "video", "src": "data:video/mp4;base64,AAAA"}
]}}"#;

fn doc() -> (Document, Vec<String>) {
    let decoded = decode_str(DOC);
    let warnings = decoded
        .diagnostics
        .items()
        .iter()
        .map(|d| d.to_string())
        .collect();
    (decoded.document.expect("decodes"), warnings)
}

/// The server's rendering, without the inline document (data the page never requests).
fn render(doc: &Document, attributes: &[(&str, &str)]) -> String {
    let mut options = RenderOptions::default();
    for (name, value) in attributes {
        options.add_attribute(name, value).expect("known attribute");
    }
    let html = render_html(doc, &options);
    let shown = html
        .find("<script type=\"application/json\">")
        .expect("inline document");
    html[..shown].to_owned()
}

#[test]
fn embeds_videos_and_audio_decode_and_unsafe_ones_are_dropped_with_a_warning() {
    let (doc, warnings) = doc();
    let kinds: Vec<String> = doc
        .article
        .body
        .iter()
        .map(|b| match b {
            Block::Embed(e) => format!("embed:{}", e.provider.name()),
            Block::Video(v) => format!("video:{}", v.sources.len()),
            Block::Audio(a) => format!("audio:{}", a.sources.len()),
            _ => "text".to_owned(),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "text",
            "embed:youtube",
            "embed:vimeo",
            "embed:youtube",
            "embed:x",
            "embed:other",
            "video:1",
            "audio:1"
        ]
    );
    let Block::Embed(twitter) = &doc.article.body[4] else {
        panic!("an embed")
    };
    assert_eq!(twitter.provider, Provider::X, "\"twitter\" is X");
    assert_eq!(
        warnings,
        [
            "article.body[6].sources[1].src: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); ignored",
            "article.body[8].url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); ignored",
            "article.body[8].url: embed without a safe url; dropped",
            "article.body[9].src: URL scheme \"data:\" is not allowed (only http, https and relative URLs); ignored",
            "article.body[9].sources: video without a safe source; dropped",
        ]
    );
}

#[test]
fn the_native_writer_round_trips_every_embedded_block() {
    let (doc, _) = doc();
    let text = to_native_json(&doc);
    let again = decode_str(&text.to_string());
    assert_eq!(again.diagnostics.items(), [], "{text}");
    assert_eq!(
        again.document.expect("decodes").article.body,
        doc.article.body
    );
}

#[test]
fn with_javascript_off_every_embed_is_a_link_or_a_player() {
    let (doc, _) = doc();
    let html = render(&doc, &[]);
    // The facades link to the videos and say what they play.
    assert!(html.contains(r#"href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="rw-embed__play" part="embed-play" aria-label="Play video: The full meeting, YouTube""#));
    assert!(
        html.contains(r#"href="https://vimeo.com/76979871" class="rw-embed__play" part="embed-play" aria-label="Play video: Video, Vimeo""#)
    );
    // The publisher's own still is shown; the platform's thumbnail is not requested.
    assert!(html.contains("https://cdn.news.example/stills/vote.jpg"));
    assert!(!html.contains("ytimg.com"), "no request to the platform");
    // No frame and no platform script before a click; no player address in the page.
    assert!(!html.contains("<iframe") && !html.contains("<script src"));
    assert!(!html.contains("youtube-nocookie.com") && !html.contains("player.vimeo.com"));
    // A look-alike host is a plain link, not YouTube's.
    assert!(html.contains(r#"class="rw-post__link rw-link" href="https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ" rel="noopener">Open the original</a>"#));
    // A post is a card linking to it, with its author, text and date.
    assert!(html.contains(r#"class="rw-post__link rw-link" href="https://x.com/example/status/1" rel="noopener">View on X</a>"#));
    assert!(html.contains("The bridge is open!") && html.contains("Ana Example (@ana)"));
    assert!(html.contains(r#"<time class="rw-post__date" datetime="2026-03-04T09:00:00Z""#));
    // Players: the browser's controls, nothing loaded or played before the reader asks.
    assert!(html.contains(r#"<video class="rw-video__player" controls="" preload="none" playsinline="" poster="https://cdn.news.example/v.jpg" width="1280" height="720""#));
    assert!(
        html.contains(
            r#"<track kind="captions" src="https://cdn.news.example/v.vtt" srclang="en""#
        )
    );
    assert!(html.contains(r#"<audio class="rw-audio__player" controls="" preload="none" aria-label="Podcast: the bridge""#));
    assert!(!html.contains("autoplay"));
    assert!(!html.contains("javascript:") && !html.contains("data:video"));
}

#[test]
fn embeds_link_makes_every_video_a_link_card() {
    let (doc, _) = doc();
    let html = render(&doc, &[("embeds", "link")]);
    assert!(!html.contains(r#"part="embed-play""#), "no facade");
    assert!(html.contains(r#"class="rw-post__link rw-link" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener">View on YouTube</a>"#));
    assert!(
        html.contains(r#" embeds="link""#),
        "the element keeps the choice"
    );
}

#[test]
fn facades_speak_the_reader_s_language() {
    let (doc, _) = doc();
    let html = render(&doc, &[("lang", "de")]);
    assert!(html.contains(r#"aria-label="Video abspielen: The full meeting, YouTube""#));
    assert!(html.contains(">Auf X ansehen</a>"));
    let html = render(&doc, &[("lang", "ar")]);
    assert!(html.contains("تشغيل الفيديو: The full meeting، YouTube"));
}
