//! Embedded videos, social posts, video and audio files: who hosts them, and the only
//! player addresses the widget ever frames. A player's URL is built here from a video id
//! validated character by character, never copied from a document, and only for a URL
//! whose host is exactly the provider's (`youtube.com.evil.example` is not YouTube).

use serde::Serialize;

use super::time::Timestamp;
use super::types::Media;
use crate::url::SafeUrl;

/// Who hosts an embedded item; anything unknown is `Other` (shown as a link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    YouTube,
    Vimeo,
    X,
    Instagram,
    TikTok,
    Facebook,
    Bluesky,
    Spotify,
    SoundCloud,
    Other,
}

/// Every provider with its name in the format and the name readers know it by.
const PROVIDERS: &[(Provider, &str, &str)] = &[
    (Provider::YouTube, "youtube", "YouTube"),
    (Provider::Vimeo, "vimeo", "Vimeo"),
    (Provider::X, "x", "X"),
    (Provider::Instagram, "instagram", "Instagram"),
    (Provider::TikTok, "tiktok", "TikTok"),
    (Provider::Facebook, "facebook", "Facebook"),
    (Provider::Bluesky, "bluesky", "Bluesky"),
    (Provider::Spotify, "spotify", "Spotify"),
    (Provider::SoundCloud, "soundcloud", "SoundCloud"),
    (Provider::Other, "other", ""),
];

impl Provider {
    /// The provider a format's name stands for ("twitter" is X); unknown names are `Other`.
    pub fn from_name(name: &str) -> Provider {
        let name = name.trim().to_ascii_lowercase();
        let name = if name == "twitter" { "x" } else { &name };
        PROVIDERS
            .iter()
            .find(|(_, n, _)| *n == name)
            .map_or(Provider::Other, |(p, _, _)| *p)
    }

    /// The name in the native format.
    pub fn name(self) -> &'static str {
        PROVIDERS
            .iter()
            .find(|(p, _, _)| *p == self)
            .map_or("other", |(_, n, _)| n)
    }

    /// The brand readers know ("YouTube"); empty for `Other`. Brands are not translated.
    pub fn label(self) -> &'static str {
        PROVIDERS
            .iter()
            .find(|(p, _, _)| *p == self)
            .map_or("", |(_, _, l)| l)
    }

    /// Providers whose items the widget can play in a frame after a click.
    pub fn plays_in_frame(self) -> bool {
        matches!(self, Provider::YouTube | Provider::Vimeo)
    }
}

/// An item hosted by a video or social platform.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Embed {
    pub provider: Provider,
    /// The item's canonical address (a link that works with JavaScript off).
    pub url: SafeUrl,
    pub title: Option<String>,
    pub caption: Option<String>,
    /// Author or handle of a social post.
    pub author: Option<String>,
    /// The post's text, where the CMS saved it.
    pub text: Option<String>,
    pub published: Option<Timestamp>,
    /// The document's own picture of the item (never fetched from the provider).
    pub thumbnail: Option<Media>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

impl Embed {
    /// The player to frame after a click, built from the id in [`Self::url`]; `None` for
    /// providers that are not played in a frame and for URLs that are not exactly theirs.
    pub fn player_url(&self) -> Option<String> {
        let id = video_id(self.provider, &self.url)?;
        Some(match self.provider {
            Provider::YouTube => format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
            _ => format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1"),
        })
    }
}

/// One file of a video or audio, with its MIME type when known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub src: SafeUrl,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
}

/// A captions file (WebVTT) for a video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Track {
    pub src: SafeUrl,
    pub lang: Option<String>,
}

/// A video file the browser plays itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Video {
    pub sources: Vec<Source>,
    pub poster: Option<SafeUrl>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub title: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub captions: Option<Track>,
}

/// An audio file (a podcast episode, a recording) the browser plays itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Audio {
    pub sources: Vec<Source>,
    pub title: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// Length in seconds.
    pub duration: Option<u32>,
}

/// The video id in a YouTube or Vimeo URL whose host is exactly the provider's; the id
/// must be of the provider's own shape (11 URL-safe characters; digits).
pub fn video_id(provider: Provider, url: &SafeUrl) -> Option<String> {
    let rest = url
        .as_str()
        .strip_prefix("https://")
        .or_else(|| url.as_str().strip_prefix("http://"))?;
    let (host, path_and_query) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let host = host.to_ascii_lowercase();
    let (path, query) = match path_and_query.split_once('?') {
        Some((path, query)) => (path, query.split('#').next().unwrap_or_default()),
        None => (path_and_query.split('#').next().unwrap_or_default(), ""),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let id = match provider {
        Provider::YouTube => match (host.as_str(), segments.as_slice()) {
            ("youtu.be", [id]) => *id,
            (
                "youtube.com"
                | "www.youtube.com"
                | "m.youtube.com"
                | "youtube-nocookie.com"
                | "www.youtube-nocookie.com",
                segments,
            ) => match segments {
                ["watch"] => query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("v="))
                    .unwrap_or_default(),
                ["embed" | "shorts" | "live" | "v", id] => id,
                _ => return None,
            },
            _ => return None,
        },
        Provider::Vimeo => match (host.as_str(), segments.as_slice()) {
            ("player.vimeo.com", ["video", id]) => id,
            ("vimeo.com" | "www.vimeo.com", [.., id]) => id,
            _ => return None,
        },
        _ => return None,
    };
    let valid = match provider {
        Provider::YouTube => {
            id.len() == 11
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        }
        _ => (1..=12).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit()),
    };
    valid.then(|| id.to_owned())
}

/// Hosts of video and social platforms (and their image CDNs): a picture there is the
/// provider's, and is not loaded before the reader asks for the item.
const PROVIDER_HOSTS: &[&str] = &[
    "youtube.com",
    "youtu.be",
    "youtube-nocookie.com",
    "ytimg.com",
    "ggpht.com",
    "googlevideo.com",
    "vimeo.com",
    "vimeocdn.com",
    "twitter.com",
    "x.com",
    "twimg.com",
    "instagram.com",
    "cdninstagram.com",
    "facebook.com",
    "fbcdn.net",
    "fb.com",
    "tiktok.com",
    "tiktokcdn.com",
    "tiktokcdn-us.com",
    "bsky.app",
    "bsky.social",
    "spotify.com",
    "scdn.co",
    "spotifycdn.com",
    "soundcloud.com",
    "sndcdn.com",
];

/// Whether `url` is served by a video or social platform (the host or a subdomain).
pub fn is_provider_host(url: &SafeUrl) -> bool {
    let Some(rest) = url
        .as_str()
        .strip_prefix("https://")
        .or_else(|| url.as_str().strip_prefix("http://"))
    else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit('@')
        .next()
        .unwrap_or_default()
        .split(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_ascii_lowercase();
    PROVIDER_HOSTS
        .iter()
        .any(|h| host == *h || host.ends_with(&format!(".{h}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> SafeUrl {
        SafeUrl::parse(s).expect("safe")
    }

    #[test]
    fn video_ids_come_only_from_the_providers_own_urls() {
        let yt = |s: &str| video_id(Provider::YouTube, &url(s));
        assert_eq!(
            yt("https://www.youtube.com/watch?v=dQw4w9WgXcQ").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        assert_eq!(
            yt("https://youtu.be/dQw4w9WgXcQ?t=30").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        assert_eq!(
            yt("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        assert_eq!(
            yt("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        assert_eq!(
            yt("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        assert_eq!(
            yt("https://www.youtube.com/shorts/dQw4w9WgXcQ").as_deref(),
            Some("dQw4w9WgXcQ")
        );
        let vimeo = |s: &str| video_id(Provider::Vimeo, &url(s));
        assert_eq!(
            vimeo("https://vimeo.com/76979871").as_deref(),
            Some("76979871")
        );
        assert_eq!(
            vimeo("https://player.vimeo.com/video/76979871?h=abc").as_deref(),
            Some("76979871")
        );
    }

    #[test]
    fn look_alikes_and_path_tricks_give_no_id() {
        for s in [
            "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://evil.example/www.youtube.com/embed/dQw4w9WgXcQ",
            "https://youtube.com@evil.example/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/..%2F..%2Fevil",
            "https://www.youtube.com/embed/dQw4w9WgXc%3F",
            "https://www.youtube.com/embed/dQw4w9WgXcQQ",
            "https://www.youtube.com/embed/../dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgX#Q",
            "https://notyoutu.be/dQw4w9WgXcQ",
            "/embed/dQw4w9WgXcQ",
        ] {
            assert_eq!(video_id(Provider::YouTube, &url(s)), None, "{s}");
        }
        for s in [
            "https://vimeo.com.evil.example/76979871",
            "https://player.vimeo.com/video/7697987a",
            "https://player.vimeo.com/video/",
        ] {
            assert_eq!(video_id(Provider::Vimeo, &url(s)), None, "{s}");
        }
        // A YouTube URL named as another provider is not played.
        assert_eq!(
            video_id(Provider::X, &url("https://youtu.be/dQw4w9WgXcQ")),
            None
        );
    }

    #[test]
    fn player_urls_are_built_from_the_id() {
        let embed = |provider, s: &str| Embed {
            provider,
            url: url(s),
            title: None,
            caption: None,
            author: None,
            text: None,
            published: None,
            thumbnail: None,
            width: None,
            height: None,
        };
        assert_eq!(
            embed(
                Provider::YouTube,
                "https://youtu.be/dQw4w9WgXcQ?autoplay=0&x=\"><script>"
            )
            .player_url()
            .as_deref(),
            Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")
        );
        assert_eq!(
            embed(Provider::Vimeo, "https://vimeo.com/76979871")
                .player_url()
                .as_deref(),
            Some("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1")
        );
        assert_eq!(
            embed(Provider::X, "https://x.com/a/status/1").player_url(),
            None
        );
    }

    #[test]
    fn provider_hosts_and_names() {
        assert!(is_provider_host(&url(
            "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"
        )));
        assert!(is_provider_host(&url("https://pbs.twimg.com/media/x.jpg")));
        assert!(is_provider_host(&url(
            "https://user@scontent.cdninstagram.com:443/x.jpg"
        )));
        assert!(!is_provider_host(&url(
            "https://cdn.news.example/ytimg.com/x.jpg"
        )));
        assert!(!is_provider_host(&url("https://notyoutube.com/x.jpg")));
        assert!(!is_provider_host(&url("/images/x.jpg")));
        assert_eq!(Provider::from_name("Twitter"), Provider::X);
        assert_eq!(Provider::from_name("myspace"), Provider::Other);
        assert_eq!(Provider::from_name("youtube").label(), "YouTube");
        assert_eq!(Provider::SoundCloud.name(), "soundcloud");
    }
}
