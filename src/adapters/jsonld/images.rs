//! Photos: image URLs and ImageObjects with caption, credit and size.

use super::graph::{Graph, has_type, types};
use super::people::name_of;
use super::values::first_text;
use crate::adapters::finish::bare_media;
use crate::adapters::node::Node;
use crate::model::{Diagnostics, Json, Media, SafeUrl};

/// Containers a story's parts may group photos in (`hasPart` → ImageGallery → photos).
const GALLERIES: &[&str] = &["ImageGallery", "MediaGallery", "CollectionPage", "ItemList"];

/// The photos a story lists as `associatedMedia` or `hasPart` (ImageObjects, also
/// inside one gallery), in order; videos, paywall markers and other parts are not
/// photos and are passed over.
pub(super) fn part_photos(graph: &Graph, node: &Node, d: &mut Diagnostics) -> Vec<(String, Media)> {
    let mut out = Vec::new();
    for key in ["associatedMedia", "hasPart"] {
        for part in node.get(key).map(|p| p.many(d)).unwrap_or_default() {
            let Some(part) = graph.resolve(part, d) else {
                continue;
            };
            if is_image(part.json) {
                out.extend(image_media(graph, &part, d));
            } else if GALLERIES.iter().any(|g| has_type(part.json, g)) {
                let inner: Vec<Node> = ["associatedMedia", "hasPart", "image"]
                    .iter()
                    .filter_map(|k| part.get(k))
                    .flat_map(|p| p.many(d))
                    .collect();
                for photo in inner {
                    if let Some(photo) = graph
                        .resolve(photo, d)
                        .filter(|n| is_image(n.json))
                        .and_then(|n| image_media(graph, &n, d))
                    {
                        out.push(photo);
                    }
                }
            }
        }
    }
    out
}

/// An ImageObject, however its type is cased (`"imageObject"` is seen in the wild).
fn is_image(json: &Json) -> bool {
    types(json)
        .iter()
        .any(|t| t.eq_ignore_ascii_case("ImageObject"))
}

/// A photo from an image URL or an ImageObject.
pub(super) fn image_media(
    graph: &Graph,
    node: &Node,
    d: &mut Diagnostics,
) -> Option<(String, Media)> {
    let (src_node, object) = match node.json {
        Json::String(_) => (Some(node.clone()), None),
        Json::Object(_) => (
            node.get("url").or_else(|| node.get("contentUrl")),
            Some(node),
        ),
        other => {
            d.warn(
                &node.path,
                format!(
                    "expected an image URL or ImageObject, found {}; dropped",
                    other.kind()
                ),
            );
            return None;
        }
    };
    let Some(src_node) = src_node else {
        d.warn(&node.path, "image without a url or contentUrl; dropped");
        return None;
    };
    let src_node = src_node.many(d).into_iter().next()?;
    let raw = src_node.string(d)?;
    let src = match SafeUrl::parse(&raw) {
        Ok(src) => src,
        Err(e) => {
            d.warn(&src_node.path, format!("{e}; image dropped"));
            return None;
        }
    };
    let mut m = bare_media(src);
    if let Some(o) = object {
        m.width = o.get("width").and_then(|w| w.dimension(d));
        m.height = o.get("height").and_then(|h| h.dimension(d));
        m.caption = first_text(o, "caption", d).or_else(|| first_text(o, "description", d));
        m.credit = first_text(o, "creditText", d)
            .or_else(|| name_of(graph, o, "copyrightHolder", d))
            .or_else(|| name_of(graph, o, "author", d))
            .or_else(|| name_of(graph, o, "creator", d));
    }
    Some((node.path.clone(), m))
}
