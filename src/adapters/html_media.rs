//! Which `<img>` of publisher HTML is a photo: an `<img>` becomes a [`Media`] (lazy-loading
//! `data-src` understood); a gallery thumbnail is shown from the full-size file its link
//! points to; icons (images in list items, images under 100 pixels) and analytics
//! beacons disguised as images are not photos.

use super::node::parse_pixels;
use crate::html::{Attrs, Img};
use crate::model::{Diagnostics, Media};
use crate::text::words::collapse_whitespace;
use crate::url::{SafeUrl, SrcSet};

/// Smallest width or height of a photo, in CSS pixels; smaller images are icons.
const MIN_PHOTO_PX: u32 = 100;

/// A photo from an `<img>` found in article HTML: see the module notes.
pub(super) fn photo(img: Img, path: &str, d: &mut Diagnostics) -> Option<Media> {
    let attrs = img.attrs;
    if img.in_list {
        if let Some(src) = attrs.get("src") {
            d.warn(
                path,
                format!(
                    "image {} in a list item is an icon; not shown as a photo",
                    clip(src)
                ),
            );
        }
        return None;
    }
    let mut m = image(attrs, path, d)?;
    let small = [m.width, m.height]
        .iter()
        .any(|v| v.is_some_and(|px| px < MIN_PHOTO_PX));
    if small {
        d.warn(
            path,
            format!(
                "image {} is smaller than a photo; not shown",
                clip(m.src.as_str())
            ),
        );
        return None;
    }
    // A gallery thumbnail links to its full-size file: show that one. Its size is not
    // the thumbnail's (often a square crop), so the box takes the default shape.
    if let Some(full) = img
        .link
        .filter(|l| is_image_file(l))
        .and_then(|l| SafeUrl::parse(l).ok())
        && full != m.src
    {
        m.src = full;
        m.width = None;
        m.height = None;
    }
    Some(m)
}

/// Whether a link points at a picture file (`…/name.jpg`), not at a page.
fn is_image_file(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    matches!(
        ext.as_deref(),
        Some("jpg" | "jpeg" | "png" | "gif" | "webp" | "avif")
    )
}

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
