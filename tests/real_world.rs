#![cfg(not(target_arch = "wasm32"))]
//! What publishers' JSON really looks like, one test per defect class a reader would
//! notice (issue "Real-world ingest"). The documents in `tests/fixtures/real-world/` are
//! ours (invented text, example hosts) but copy the shapes of real documents named in
//! `tests/fixtures/real-world/SOURCES.md`; the real ones in `../shared/fixtures/real` are
//! checked too where they show the class.

use std::path::Path;

use reader_widget::adapters::{Format, convert, convert_related, html_to_blocks};
use reader_widget::html::text_of;
use reader_widget::model::{Block, Diagnostics, Document};

#[path = "support/look_alikes.rs"]
mod look_alikes;
use look_alikes::{OURS, json};

/// Converts one of our look-alikes; returns the document and the warning messages.
fn ours(format: &str, name: &str) -> (Document, Vec<String>) {
    look_alikes::ours(&format!("{format}/{name}"))
}

fn photos(doc: &Document) -> Vec<&str> {
    doc.article.media.iter().map(|m| m.src.as_str()).collect()
}

fn names(doc: &Document) -> Vec<(&str, Option<&str>)> {
    doc.article
        .bylines
        .iter()
        .map(|b| (b.name.as_str(), b.url.as_ref().map(|u| u.as_str())))
        .collect()
}

fn paragraphs(doc: &Document) -> Vec<String> {
    doc.article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(text_of(content)),
            _ => None,
        })
        .collect()
}

// 1. The same photo shown more than once ------------------------------------------

#[test]
fn crops_and_cdn_copies_of_one_photo_are_one_slide() {
    let (doc, _) = ours("jsonld", "crops-16x9-4x3-cdn.json");
    assert_eq!(photos(&doc).len(), 1, "{:?}", photos(&doc));
    // Renditions with unrelated file names but one caption and different shapes.
    let (doc, _) = ours("jsonld", "crops-caption-person-urls.json");
    assert_eq!(photos(&doc).len(), 1, "{:?}", photos(&doc));
    let m = &doc.article.media[0];
    assert!(
        m.srcset.is_some(),
        "the other renditions are srcset candidates"
    );
}

#[test]
fn wordpress_size_variants_of_one_upload_are_one_slide_with_a_srcset() {
    let (doc, _) = ours("wordpress", "classic-caption-gallery-sizes.json");
    let p = photos(&doc);
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(
        p[0].ends_with("/quay.jpg"),
        "the full upload is the src: {p:?}"
    );
    let (doc, _) = ours("wordpress", "block-gallery-lists-emoji-tracker.json");
    let heron = photos(&doc)
        .into_iter()
        .filter(|p| p.contains("heron"))
        .count();
    assert_eq!(heron, 1, "{:?}", photos(&doc));
}

// 2. Blurry gallery slides ------------------------------------------------------------

#[test]
fn gallery_thumbnails_show_the_full_size_file_they_link_to() {
    let (doc, _) = ours("wordpress", "classic-caption-gallery-sizes.json");
    let p = photos(&doc);
    assert!(p.iter().all(|src| !src.contains("-150x150")), "{p:?}");
    assert!(
        p.iter().any(|src| src.ends_with("/lamp-detail.jpg")),
        "{p:?}"
    );
    let (doc, _) = ours("jsonfeed", "images-in-lists-lightbox-zoneless.json");
    assert!(
        photos(&doc)
            .iter()
            .any(|src| src.ends_with("4e6a0b2c55-slipway-board.jpg")),
        "{:?}",
        photos(&doc)
    );
}

// 3. Icons and trackers as photos -----------------------------------------------------

#[test]
fn icons_emoji_small_images_and_trackers_are_not_slides() {
    let (doc, w) = ours("jsonfeed", "images-in-lists-lightbox-zoneless.json");
    assert_eq!(photos(&doc).len(), 2, "{:?}", photos(&doc));
    assert!(
        w.iter().any(|w| w.contains("in a list item is an icon")),
        "{w:?}"
    );
    let (doc, w) = ours("wordpress", "block-gallery-lists-emoji-tracker.json");
    assert!(
        photos(&doc)
            .iter()
            .all(|p| !p.contains("pixel") && !p.contains("emoji"))
    );
    assert!(w.iter().any(|w| w.contains("tracking pixel")), "{w:?}");
    assert!(doc.article.headline.contains('🎉') || paragraphs(&doc).concat().contains('🙂'));
    let mut d = Diagnostics::default();
    let body = html_to_blocks(
        r#"<p>Rated <img class="emoji" alt="⭐" src="https://s.w.org/images/core/emoji/2b50.svg"> by readers</p>
           <img src="https://x.example/badge.png" width="88" height="31">
           <img src="https://x.example/photo.jpg" width="1200" height="800">"#,
        "content",
        &mut d,
    );
    assert_eq!(body.media.len(), 1);
    assert_eq!(paragraphs_of(&body.blocks), ["Rated ⭐ by readers"]);
}

fn paragraphs_of(blocks: &[Block]) -> Vec<String> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(text_of(content)),
            _ => None,
        })
        .collect()
}

// 4. Dates dropped ----------------------------------------------------------------------

#[test]
fn dates_in_the_forms_publishers_emit_are_kept() {
    let (doc, _) = ours("jsonld", "dates-basic-space-slash-by.json");
    let published = doc.article.published.as_ref().map(|t| t.as_str());
    assert_eq!(published, Some("2023-02-21T21:20:00+09:00"), "ISO basic");
    let updated = doc.article.updated.as_ref().map(|t| t.as_str());
    assert_eq!(
        updated,
        Some("2023-02-21T22:05:00+09:00"),
        "space and -0900"
    );
    let (doc, w) = ours("jsonfeed", "images-in-lists-lightbox-zoneless.json");
    let local = doc.article.published.as_ref().expect("kept");
    assert!(local.is_local() && local.as_str() == "2023-02-21T21:20:00");
    assert!(
        w.iter()
            .any(|w| w.contains("shown as the publisher's local time")),
        "{w:?}"
    );
    let (doc, _) = ours("jsonfeed", "linkblog-external-url-glyphs-rfc2822.json");
    assert_eq!(
        doc.article.published.as_ref().map(|t| t.as_str()),
        Some("2023-02-21T13:20:00+01:00"),
        "RFC 2822 with CET"
    );
}

// 5. Bylines --------------------------------------------------------------------------

#[test]
fn every_person_in_a_byline_is_kept_and_none_is_invented() {
    let (doc, _) = ours("jsonld", "byline-html-and-outlet.json");
    let n = names(&doc);
    assert_eq!(
        n.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        ["Ana Example", "Bo Sample", "Cy Placeholder", "Dee Tester"],
        "no 'By ', no outlet, no markup"
    );
    assert!(
        n[0].1.is_some_and(|u| u.ends_with("/profiles/ana-example")),
        "{n:?}"
    );
    assert!(
        n[2].1
            .is_some_and(|u| u.ends_with("/profiles/cy-placeholder")),
        "{n:?}"
    );
    let (doc, _) = ours("jsonld", "dates-basic-space-slash-by.json");
    assert_eq!(
        names(&doc).iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        ["Ana Example", "Bo Sample"]
    );
    let (doc, _) = ours("jsonld", "yoast-graph-suffix-newsletter.json");
    assert_eq!(
        names(&doc),
        [(
            "Mara Placeholder",
            Some("https://www.tidewatch.example/author/mara-placeholder/")
        )],
        "the @graph Person's url"
    );
    let (doc, _) = ours("jsonld", "crops-caption-person-urls.json");
    assert_eq!(names(&doc).len(), 3);
    assert!(names(&doc).iter().all(|(_, url)| url.is_some()));
}

// 6. Captions leaking into the body ---------------------------------------------------

#[test]
fn wordpress_captions_in_every_markup_stay_with_their_photo() {
    let (doc, _) = ours("wordpress", "classic-caption-gallery-sizes.json");
    let captions: Vec<Option<&str>> = doc
        .article
        .media
        .iter()
        .map(|m| m.caption.as_deref())
        .collect();
    assert_eq!(
        captions,
        [
            Some("The quay at dusk, with the new lamps lit."),
            Some("A lamp head, cast from the old mould"),
            None
        ]
    );
    let body = paragraphs(&doc).concat();
    assert!(
        !body.contains("The quay at dusk"),
        "caption not in the body: {body}"
    );
    let mut d = Diagnostics::default();
    let b = html_to_blocks(
        r#"<div class="wp-caption"><img src="/a.jpg" width="600" height="400"><span class="wp-caption-text">Span caption</span></div>
           <figure class="wp-block-image"><img src="/b.jpg" width="600" height="400"><figcaption class="wp-element-caption">Block caption</figcaption></figure>
           <p>Body.</p>"#,
        "content",
        &mut d,
    );
    let caps: Vec<Option<&str>> = b.media.iter().map(|m| m.caption.as_deref()).collect();
    assert_eq!(caps, [Some("Span caption"), Some("Block caption")]);
    assert_eq!(paragraphs_of(&b.blocks), ["Body."]);
}

// 7. Boilerplate ----------------------------------------------------------------------

#[test]
fn boilerplate_leaves_decks_bodies_teasers_and_headlines() {
    let (doc, _) = ours("jsonld", "yoast-graph-suffix-newsletter.json");
    assert_eq!(
        doc.article.deck.as_deref(),
        Some("Volunteers counted more pups than in any winter since records began.")
    );
    let (doc, w) = ours("wordpress", "block-gallery-lists-emoji-tracker.json");
    assert!(
        !paragraphs(&doc).concat().contains("%BlockedContent"),
        "{:?}",
        paragraphs(&doc)
    );
    assert!(
        w.iter().any(|w| w.contains("%BlockedContent-twitter%")),
        "{w:?}"
    );
    let (doc, _) = ours("jsonfeed", "linkblog-external-url-glyphs-rfc2822.json");
    for p in paragraphs(&doc) {
        assert!(!["◉", "★", "¶", "∞", "¶ ∞"].contains(&p.trim()), "{p:?}");
    }
    let (doc, _) = ours("jsonld", "ja-fullwidth-suffix-cut-deck.json");
    assert!(
        !doc.article.headline.contains("例示新聞"),
        "{}",
        doc.article.headline
    );
}

// 8. Text kept as written -------------------------------------------------------------

#[test]
fn full_width_spaces_stay_and_a_cut_deck_gets_an_ellipsis() {
    let (doc, _) = ours("jsonld", "ja-fullwidth-suffix-cut-deck.json");
    assert_eq!(
        doc.article.headline,
        "港の新しい歩道橋が開通\u{3000}住民ら祝う"
    );
    let deck = doc.article.deck.as_deref().unwrap_or_default();
    assert!(deck.ends_with("撮っ…"), "{deck}");
}

// 9. Lists ----------------------------------------------------------------------------

#[test]
fn lists_keep_links_emphasis_and_nesting() {
    let (doc, _) = ours("wordpress", "block-gallery-lists-emoji-tracker.json");
    let lists: Vec<&reader_widget::model::List> = doc
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .collect();
    assert_eq!(lists.len(), 2);
    let first = lists[0];
    assert!(
        first.items[0]
            .content
            .iter()
            .any(|n| matches!(n, reader_widget::html::Inline::Link { .. })),
        "a link in an item"
    );
    let nested = first.items[1]
        .list
        .as_ref()
        .expect("the nested list under its item");
    assert_eq!(nested.items.len(), 2);
    assert!(lists[1].ordered);
    assert_eq!(lists[1].items.len(), 2);
}

// 10. JSON Feed links -----------------------------------------------------------------

#[test]
fn json_feed_cards_link_their_title_to_external_url() {
    let feed = json(&Path::new(OURS).join("jsonfeed/linkblog-external-url-glyphs-rfc2822.json"));
    let (sections, _) = convert_related(&feed, Some(Format::JsonFeed));
    let urls: Vec<&str> = sections[0].items.iter().map(|c| c.url.as_str()).collect();
    assert!(urls[0].contains("harbourboard.example.org"), "{urls:?}");
    assert!(urls[1].contains("ferryco.example.com"), "{urls:?}");
    assert!(
        !urls[2].contains("ferryco"),
        "an item without external_url keeps its url"
    );
}

// Every look-alike converts ---------------------------------------------------------

#[test]
fn every_look_alike_converts_with_a_headline() {
    for format in ["jsonld", "wordpress", "jsonfeed", "ans", "anf"] {
        let dir = Path::new(OURS).join(format);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let decoded = convert(&json(&path), None);
            let doc = decoded
                .document
                .unwrap_or_else(|| panic!("{path:?}: {:?}", decoded.diagnostics.items()));
            assert!(!doc.article.headline.trim().is_empty(), "{path:?}");
        }
    }
}
