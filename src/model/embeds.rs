//! Embedded videos, social posts, video and audio files: who hosts them, and the only
//! player addresses the widget ever frames. A player's URL is built here from a video id
//! validated character by character, never copied from a document, and only for a URL
//! whose host is exactly the provider's (`youtube.com.evil.example` is not YouTube).

pub use super::types::{Audio, Embed, Provider, Source, Track, Video};
use crate::url::SafeUrl;

/// Every provider with its name in the format, the name readers know it by, and the
/// hosts of its items' pages.
const PROVIDERS: &[(Provider, &str, &str, &[&str])] = &[
    (
        Provider::YouTube,
        "youtube",
        "YouTube",
        &["youtube.com", "youtu.be", "youtube-nocookie.com"],
    ),
    (Provider::Vimeo, "vimeo", "Vimeo", &["vimeo.com"]),
    (Provider::X, "x", "X", &["x.com", "twitter.com"]),
    (
        Provider::Instagram,
        "instagram",
        "Instagram",
        &["instagram.com"],
    ),
    (Provider::TikTok, "tiktok", "TikTok", &["tiktok.com"]),
    (
        Provider::Facebook,
        "facebook",
        "Facebook",
        &["facebook.com", "fb.watch"],
    ),
    (Provider::Bluesky, "bluesky", "Bluesky", &["bsky.app"]),
    (Provider::Spotify, "spotify", "Spotify", &["spotify.com"]),
    (
        Provider::SoundCloud,
        "soundcloud",
        "SoundCloud",
        &["soundcloud.com"],
    ),
    (Provider::Other, "other", "", &[]),
];

impl Provider {
    /// The provider a format's name stands for ("twitter" is X); unknown names are `Other`.
    pub fn from_name(name: &str) -> Provider {
        let name = name.trim().to_ascii_lowercase();
        let name = if name == "twitter" { "x" } else { &name };
        PROVIDERS
            .iter()
            .find(|(_, n, _, _)| *n == name)
            .map_or(Provider::Other, |(p, ..)| *p)
    }

    /// The name in the native format.
    pub fn name(self) -> &'static str {
        self.row().1
    }

    /// The brand readers know ("YouTube"); empty for `Other`. Brands are not translated.
    pub fn label(self) -> &'static str {
        self.row().2
    }

    fn row(
        self,
    ) -> &'static (
        Provider,
        &'static str,
        &'static str,
        &'static [&'static str],
    ) {
        let last = PROVIDERS.len() - 1;
        PROVIDERS
            .iter()
            .find(|row| row.0 == self)
            .unwrap_or(&PROVIDERS[last])
    }

    /// Whether `url` is a page of this provider (its host or a subdomain of it): an item
    /// named YouTube's at `youtube.com.evil.example` is not shown as YouTube's.
    pub fn hosts(self, url: &SafeUrl) -> bool {
        host_of(url).is_some_and(|host| self.row().3.iter().any(|h| under(&host, h)))
    }

    /// Providers whose items the widget can play in a frame after a click.
    pub fn plays_in_frame(self) -> bool {
        matches!(self, Provider::YouTube | Provider::Vimeo)
    }
}

impl Embed {
    /// An item known only by its provider and address (adapters fill in the rest).
    pub fn at(provider: Provider, url: SafeUrl) -> Embed {
        Embed {
            provider,
            url,
            title: None,
            caption: None,
            author: None,
            text: None,
            published: None,
            thumbnail: None,
            width: None,
            height: None,
        }
    }

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
    host_of(url).is_some_and(|host| PROVIDER_HOSTS.iter().any(|h| under(&host, h)))
}

/// The lower-cased host of an absolute http(s) URL (without user, port or final dot).
fn host_of(url: &SafeUrl) -> Option<String> {
    let rest = url
        .as_str()
        .strip_prefix("https://")
        .or_else(|| url.as_str().strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    Some(host.trim_end_matches('.').to_ascii_lowercase())
}

/// `host` is `domain` or a subdomain of it.
fn under(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.ends_with('.'))
}

#[cfg(test)]
#[path = "embeds_tests.rs"]
mod tests;
