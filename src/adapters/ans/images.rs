//! ANS images (`{"type": "image", "url", "caption", "alt_text", "credits", …}`), the
//! galleries made of them, and the lead art of `promo_items`.

use super::collect::Photos;
use super::credits::photo_credit;
use crate::adapters::finish::{bare_media, with_credit};
use crate::adapters::node::Node;
use crate::model::{Diagnostics, Media, SafeUrl};

/// A photo from an ANS image with its `_id`; an image without a usable `url` (else
/// `additional_properties.originalUrl`) is reported and dropped.
pub(super) fn image(node: &Node, d: &mut Diagnostics) -> Option<(Option<String>, Media)> {
    let url_node = node
        .get("url")
        .filter(|u| u.as_str().is_none_or(|s| !s.trim().is_empty()))
        .or_else(|| {
            node.get("additional_properties")
                .and_then(|p| p.get("originalUrl"))
                .filter(|u| u.as_str().is_some_and(|s| !s.trim().is_empty()))
        });
    let Some(url_node) = url_node else {
        d.warn(&node.key_path("url"), "image without a url; dropped");
        return None;
    };
    let raw = url_node.string(d)?;
    let src = match SafeUrl::parse(&raw) {
        Ok(src) => src,
        Err(e) => {
            d.warn(&url_node.path, format!("{e}; image dropped"));
            return None;
        }
    };
    let mut m = bare_media(src);
    m.width = node.get("width").and_then(|w| w.dimension(d));
    m.height = node.get("height").and_then(|h| h.dimension(d));
    m.alt = node.text_at("alt_text", d);
    // A gallery slide often has only its short title (`subtitle`).
    m.caption = node
        .text_at("caption", d)
        .or_else(|| node.text_at("subtitle", d));
    m.credit = photo_credit(node.get("credits"), d);
    let id = node.get("_id").and_then(|i| i.as_str()).map(str::to_owned);
    Some((id, m))
}

/// Adds an image element to the photos.
pub(super) fn push_image(node: &Node, photos: &mut Photos, d: &mut Diagnostics) {
    if let Some((id, m)) = image(node, d) {
        photos.push(node.path.clone(), id, m, d);
    }
}

/// Adds the images of a gallery (`content_elements` of images); anything else in it is
/// reported.
pub(super) fn push_gallery(node: &Node, photos: &mut Photos, d: &mut Diagnostics) {
    let Some(elements) = node.get("content_elements") else {
        d.warn(
            &node.key_path("content_elements"),
            "gallery without images; dropped",
        );
        return;
    };
    for el in elements.array(d) {
        match el.get("type").and_then(|t| t.as_str()) {
            Some("image") => push_image(&el, photos, d),
            other => d.warn(
                &el.path,
                format!(
                    "{} in a gallery cannot be shown; dropped",
                    other.map_or("an element without a type".to_owned(), |t| format!(
                        "\"{t}\" element"
                    ))
                ),
            ),
        }
    }
}

/// The lead art: `promo_items.lead_art` (what sits atop the story on Arc sites) if it
/// gives a photo, else `promo_items.basic`, else a video's `promo_image`.
pub(super) fn push_lead_art(root: &Node, photos: &mut Photos, d: &mut Diagnostics) {
    let promo = root.get("promo_items");
    for key in ["lead_art", "basic"] {
        if let Some(item) = promo.as_ref().and_then(|p| p.get(key))
            && push_promo(&item, photos, d)
        {
            return;
        }
    }
    if let Some(image) = root.get("promo_image") {
        push_promo(&image, photos, d);
    }
}

/// One promo item: an image, a gallery (all its slides) or a video (its promo image);
/// true if it gave a photo.
fn push_promo(item: &Node, photos: &mut Photos, d: &mut Diagnostics) -> bool {
    match item.get("type").and_then(|t| t.as_str()) {
        Some("image") => image(item, d)
            .map(|(id, m)| photos.push(item.path.clone(), id, m, d))
            .is_some(),
        Some("gallery") => {
            let before = photos.count();
            push_gallery(item, photos, d);
            photos.count() > before
        }
        Some("video") => {
            let cover = item
                .get("promo_items")
                .and_then(|p| p.get("basic"))
                .or_else(|| item.get("promo_image"));
            match cover {
                Some(cover) => push_promo(&cover, photos, d),
                None => {
                    d.warn(&item.path, "a video without a promo image; dropped");
                    false
                }
            }
        }
        other => {
            let what = other.unwrap_or("untyped");
            d.warn(
                &item.path,
                format!("\"{what}\" promo item cannot be shown as a photo; dropped"),
            );
            false
        }
    }
}

/// A card's photo: the story's promo image (or the first slide of a promo gallery).
pub(super) fn card_image(item: &Node, d: &mut Diagnostics) -> Option<Media> {
    let promo = item.get("promo_items")?;
    let lead = promo.get("lead_art").or_else(|| promo.get("basic"))?;
    let picture = match lead.get("type").and_then(|t| t.as_str()) {
        Some("gallery") => lead
            .get("content_elements")?
            .array(d)
            .into_iter()
            .find(|e| e.get("type").and_then(|t| t.as_str()) == Some("image"))?,
        _ => lead,
    };
    image(&picture, d).map(|(_, m)| with_credit(m))
}
