//! Which `<img>` of publisher HTML is a photo: an `<img>` becomes a [`Media`] (lazy-loading
//! `data-src` understood), and analytics beacons disguised as images are recognised.

use super::node::parse_pixels;
use crate::html::Attrs;
use crate::model::{Diagnostics, Media};
use crate::text::words::collapse_whitespace;
use crate::url::{SafeUrl, SrcSet};

/// A photo from an `<img>`: `src` (or a lazy-loading `data-src`), size, `alt`, `srcset`.
pub(super) fn image(attrs: Attrs, path: &str, d: &mut Diagnostics) -> Option<Media> {
    let raw = attrs
        .get("src")
        .filter(|s| !s.starts_with("data:"))
        .or_else(|| attrs.get("data-src"))
        .or_else(|| attrs.get("data-lazy-src"));
    let Some(raw) = raw else {
        d.warn(path, "<img> without a usable src; dropped");
        return None;
    };
    let tiny = ["width", "height"].iter().any(|k| {
        attrs
            .get(k)
            .is_some_and(|v| matches!(v, "0" | "1" | "0px" | "1px"))
    });
    if tiny || is_tracker(raw) {
        d.warn(path, format!("tracking pixel {} dropped", clip(raw)));
        return None;
    }
    let src = match SafeUrl::parse(raw) {
        Ok(src) => src,
        Err(e) => {
            d.warn(
                path,
                format!("<img src=\"{}\">: {e}; image dropped", clip(raw)),
            );
            return None;
        }
    };
    let srcset = attrs
        .get("srcset")
        .or_else(|| attrs.get("data-srcset"))
        .and_then(|s| {
            SrcSet::parse(s)
                .map_err(|e| d.warn(path, format!("srcset of {}: {e}; ignored", clip(raw))))
                .ok()
        });
    Some(Media {
        src,
        width: attrs.get("width").and_then(parse_pixels),
        height: attrs.get("height").and_then(parse_pixels),
        alt: attrs.get("alt").map(collapse_whitespace),
        caption: None,
        credit: None,
        srcset,
    })
}

/// Analytics beacons disguised as images (Matomo/Piwik, WordPress.com stats,
/// FeedBurner), which would otherwise become blank slides.
fn is_tracker(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let host = lower
        .split_once("//")
        .map_or("", |(_, rest)| rest.split(['/', '?']).next().unwrap_or(""));
    let matomo =
        lower.contains("idsite=") && (lower.contains("action_name=") || lower.contains("rec="));
    matomo
        || matches!(
            host,
            "pixel.wp.com" | "stats.wp.com" | "stats.wordpress.com"
        )
        || (host == "feeds.feedburner.com" && lower.contains("/~r/"))
        || host.ends_with("google-analytics.com")
}

/// A URL or text cut short for a message.
pub(super) fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        let head: String = s.chars().take(60).collect();
        format!("{head}…")
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trackers_are_recognised() {
        assert!(is_tracker(
            "https://stats.example/p.php?idsite=8&action_name=x"
        ));
        assert!(is_tracker("https://pixel.wp.com/b.gif?host=x"));
        assert!(!is_tracker("https://example.org/photo.jpg"));
    }
}
