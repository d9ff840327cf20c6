//! Arc XP ANS (the Arc Native Specification: Washington Post and papers on Arc) →
//! model. A story, gallery or video document is read as an article.
//!
//! `headlines.basic` → headline; `subheadlines.basic`, else `description.basic`, →
//! deck (unless it repeats the headline); `credits.by[]` → bylines (`byline`, else
//! `name`; unresolved references and nameless people are reported, never shown as an
//! empty "By"); other credit groups ("additional reporting by") → contributors;
//! `display_date` (else `first_publish_date`, `publish_date`) → published,
//! `last_updated_date` → updated (only when later); `canonical_url` (kept relative) →
//! url; `taxonomy.primary_section` (else the first section) → section; `language`; the
//! lead art of `promo_items` and the images of `content_elements` → photos (the same
//! `_id` or URL once); `content_elements` → body (see [`body`]) after a lead video
//! ([`media`]);
//! `related_content.basic` → one section of cards. Every element or field left out is
//! reported with its path.

mod article;
mod body;
mod cards;
mod collect;
mod credits;
mod images;
mod lists;
mod media;

use crate::adapters::node::Node;
use crate::model::{Decoded, Diagnostics, Document, Json, RelatedSection};

/// Converts an ANS story, gallery or video to an article.
pub(crate) fn convert(root: &Json) -> Decoded {
    let mut d = Diagnostics::default();
    let Some(node) = document(root, &mut d) else {
        return Decoded::new(None, d);
    };
    let article = article::article(&node, &mut d);
    let related = cards::related_section(&node, &mut d)
        .filter(|s| !s.items.is_empty())
        .into_iter()
        .collect();
    Decoded::new(article.map(|article| Document { article, related }), d)
}

/// The related stories of an ANS document (`related_content.basic`) as one section.
pub(crate) fn related(root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let mut d = Diagnostics::default();
    let Some(node) = document(root, &mut d) else {
        return (Vec::new(), d);
    };
    let sections = match cards::related_section(&node, &mut d) {
        Some(section) => vec![section],
        None => {
            d.warn("related_content.basic", "missing: no related stories");
            Vec::new()
        }
    };
    (sections, d)
}

/// The root as a document object: anything else is fatal; a type other than story,
/// gallery or video is read as a story, with a warning.
fn document<'a>(root: &'a Json, d: &mut Diagnostics) -> Option<Node<'a>> {
    let node = Node::root(root);
    if !node.is_object() {
        d.fatal(
            "",
            format!("expected an ANS story object, found {}", root.kind()),
        );
        return None;
    }
    match node.get("type").and_then(|t| t.as_str()) {
        Some("story" | "gallery" | "video") => {}
        Some(other) => d.warn(
            "type",
            format!("\"{other}\" is not a story, gallery or video; read as a story"),
        ),
        None => d.warn("type", "missing; read as a story"),
    }
    Some(node)
}
