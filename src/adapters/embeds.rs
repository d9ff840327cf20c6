//! The rules every format's embedded items go by, in the formats module only: which
//! provider an address belongs to (by its exact host: `youtube.com.evil.example` is
//! `other`), the item's canonical address (a YouTube or Vimeo URL rebuilt from its
//! validated id, never a frame URL copied from a document), the files of a video or
//! audio (only safe URLs, only media types), and pictures on a provider's host left out
//! so that nothing is requested from a platform before the reader asks.

use crate::model::embeds::{Embed, Provider, Source, Track, is_provider_host, video_id};
use crate::model::{Diagnostics, Media, SafeUrl};

/// Each provider's hosts, exactly (a subdomain or a longer name is not theirs).
const HOSTS: &[(&str, Provider)] = &[
    ("youtube.com", Provider::YouTube),
    ("www.youtube.com", Provider::YouTube),
    ("m.youtube.com", Provider::YouTube),
    ("youtu.be", Provider::YouTube),
    ("youtube-nocookie.com", Provider::YouTube),
    ("www.youtube-nocookie.com", Provider::YouTube),
    ("vimeo.com", Provider::Vimeo),
    ("www.vimeo.com", Provider::Vimeo),
    ("player.vimeo.com", Provider::Vimeo),
    ("twitter.com", Provider::X),
    ("www.twitter.com", Provider::X),
    ("mobile.twitter.com", Provider::X),
    ("x.com", Provider::X),
    ("www.x.com", Provider::X),
    ("instagram.com", Provider::Instagram),
    ("www.instagram.com", Provider::Instagram),
    ("tiktok.com", Provider::TikTok),
    ("www.tiktok.com", Provider::TikTok),
    ("facebook.com", Provider::Facebook),
    ("www.facebook.com", Provider::Facebook),
    ("m.facebook.com", Provider::Facebook),
    ("fb.watch", Provider::Facebook),
    ("bsky.app", Provider::Bluesky),
    ("open.spotify.com", Provider::Spotify),
    ("soundcloud.com", Provider::SoundCloud),
    ("m.soundcloud.com", Provider::SoundCloud),
];

/// The host of an absolute http(s) URL, lower-cased; `None` for a relative URL, or
/// one with a user or a port (`youtube.com@evil.example` is nobody's).
fn host(url: &SafeUrl) -> Option<String> {
    let s = url.as_str();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains(['@', ':']) {
        return None;
    }
    Some(authority.trim_end_matches('.').to_ascii_lowercase())
}

/// The provider of the item at `url`, by its exact host; anything else is `Other`.
pub(crate) fn provider_of(url: &SafeUrl) -> Provider {
    let Some(host) = host(url) else {
        return Provider::Other;
    };
    HOSTS
        .iter()
        .find(|(h, _)| *h == host)
        .map_or(Provider::Other, |(_, p)| *p)
}

/// The item's canonical address: YouTube and Vimeo rebuilt from the validated id;
/// a post's address without its tracking query; anything else as given.
pub(crate) fn canonical(provider: Provider, url: SafeUrl) -> SafeUrl {
    let rebuilt = match (provider, video_id(provider, &url)) {
        (Provider::YouTube, Some(id)) => format!("https://www.youtube.com/watch?v={id}"),
        (Provider::Vimeo, Some(id)) => format!("https://vimeo.com/{id}"),
        (
            Provider::X
            | Provider::Instagram
            | Provider::TikTok
            | Provider::Bluesky
            | Provider::Spotify,
            _,
        ) => url
            .as_str()
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_owned(),
        _ => return url,
    };
    SafeUrl::parse(&rebuilt).unwrap_or(url)
}

/// The canonical address of the item a player frame shows: YouTube and Vimeo from the
/// validated id, Spotify's `/embed/<kind>/<id>` as `/<kind>/<id>`; `None` for any
/// other frame, which is never kept.
pub(crate) fn from_player(src: &SafeUrl) -> Option<(Provider, SafeUrl)> {
    let provider = provider_of(src);
    match provider {
        Provider::YouTube | Provider::Vimeo => {
            let id = video_id(provider, src)?;
            let url = match provider {
                Provider::YouTube => format!("https://www.youtube.com/watch?v={id}"),
                _ => format!("https://vimeo.com/{id}"),
            };
            Some((provider, SafeUrl::parse(&url).ok()?))
        }
        Provider::Spotify => {
            let path = src.as_str().split(['?', '#']).next()?;
            let segments: Vec<&str> = path.split('/').skip(3).collect();
            let [embed, kind, id] = segments.as_slice() else {
                return None;
            };
            let known = matches!(
                *kind,
                "track" | "album" | "playlist" | "episode" | "show" | "artist"
            );
            let id_ok =
                (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric());
            (embed.starts_with("embed") && known && id_ok).then(|| {
                let url = format!("https://open.spotify.com/{kind}/{id}");
                SafeUrl::parse(&url).ok().map(|u| (provider, u))
            })?
        }
        _ => None,
    }
}

/// Whether an address found in markup is a plain one: printable ASCII without quotes,
/// angle brackets or spaces (a `cite` ending in `"><script>` is no post's address).
pub(crate) fn is_plain_address(url: &SafeUrl) -> bool {
    url.as_str()
        .bytes()
        .all(|b| b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\' | b'`'))
}

/// An embed of the item at `url` (provider from its host, canonical address), with
/// nothing else known yet.
pub(crate) fn embed_at(url: SafeUrl) -> Embed {
    let provider = provider_of(&url);
    Embed::at(provider, canonical(provider, url))
}

/// A picture of the document's own; one on a provider's host is left out (reported at
/// `path`), as loading it would tell the platform before the reader asks.
pub(crate) fn own_picture(m: Option<Media>, path: &str, d: &mut Diagnostics) -> Option<Media> {
    let m = m?;
    own_url(Some(m.src.clone()), path, d).map(|_| m)
}

/// Like [`own_picture`] for a bare address (a poster).
pub(crate) fn own_url(url: Option<SafeUrl>, path: &str, d: &mut Diagnostics) -> Option<SafeUrl> {
    let url = url?;
    if is_provider_host(&url) {
        d.warn(
            path,
            format!(
                "picture {url} is on a video or social platform and is not loaded before a click; left out"
            ),
        );
        return None;
    }
    Some(url)
}

/// A video or audio file: a safe URL (else reported and dropped) and its media type
/// when it is one.
pub(crate) fn source(
    raw: &str,
    mime: Option<&str>,
    path: &str,
    d: &mut Diagnostics,
) -> Option<Source> {
    Some(Source {
        src: safe(raw, "media source", path, d)?,
        mime: mime
            .map(str::trim)
            .filter(|m| is_media_type(m))
            .map(str::to_owned),
    })
}

/// A captions file: a safe URL, else reported and dropped.
pub(crate) fn track(
    raw: &str,
    lang: Option<&str>,
    path: &str,
    d: &mut Diagnostics,
) -> Option<Track> {
    Some(Track {
        src: safe(raw, "captions track", path, d)?,
        lang: lang.map(str::to_owned),
    })
}

/// A safe URL, or a warning naming `what` was dropped.
fn safe(raw: &str, what: &str, path: &str, d: &mut Diagnostics) -> Option<SafeUrl> {
    SafeUrl::parse(raw)
        .map_err(|e| d.warn(path, format!("{what}: {e}; dropped")))
        .ok()
}

/// `video/mp4`, `audio/mpeg`, `application/x-mpegURL`: a media type, nothing else.
fn is_media_type(t: &str) -> bool {
    let (kind, rest) = t.split_once('/').unwrap_or_default();
    matches!(kind, "video" | "audio" | "application") && !rest.is_empty() && t.len() <= 100
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> SafeUrl {
        SafeUrl::parse(s).expect("safe")
    }

    #[test]
    fn providers_are_told_by_the_exact_host() {
        for (s, p) in [
            (
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                Provider::YouTube,
            ),
            ("https://youtu.be/dQw4w9WgXcQ", Provider::YouTube),
            ("https://x.com/a/status/1", Provider::X),
            ("https://twitter.com/a/status/1", Provider::X),
            ("https://fb.watch/abc/", Provider::Facebook),
            (
                "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                Provider::Other,
            ),
            (
                "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
                Provider::Other,
            ),
            ("https://youtube.com@evil.example/x", Provider::Other),
            ("https://youtube.com:8080/x", Provider::Other),
            ("/watch?v=dQw4w9WgXcQ", Provider::Other),
        ] {
            assert_eq!(provider_of(&url(s)), p, "{s}");
        }
    }

    #[test]
    fn players_give_canonical_addresses_or_nothing() {
        let p = |s: &str| from_player(&url(s)).map(|(p, u)| (p, u.as_str().to_owned()));
        assert_eq!(
            p("//www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"),
            Some((
                Provider::YouTube,
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ".into()
            ))
        );
        assert_eq!(
            p("https://player.vimeo.com/video/76979871?h=1"),
            Some((Provider::Vimeo, "https://vimeo.com/76979871".into()))
        );
        assert_eq!(
            p("https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=x"),
            Some((
                Provider::Spotify,
                "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk".into()
            ))
        );
        for s in [
            "https://www.youtube.com/embed/..%2F..%2Fevil",
            "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
            "https://open.spotify.com/embed/episode/../../x",
            "https://maps.example/embed?pb=1",
        ] {
            assert_eq!(p(s), None, "{s}");
        }
    }
}
