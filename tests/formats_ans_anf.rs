#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the Arc XP ANS and Apple News Format adapters: the real documents in
//! `../shared/fixtures/real/{ans,anf}` convert with what a reader would notice checked,
//! our look-alikes in `tests/fixtures/real-world/{ans,anf}` meet their SOURCES.md
//! expectations, small hand-written documents pin down the rules (with the paths of
//! their warnings), every converted document survives the native format, and random
//! edits of the fixtures never crash or let an unsafe URL through.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use reader_widget::adapters::{Format, convert, convert_related, to_native_json};
use reader_widget::html::{Inline, ListItem, text_of};
use reader_widget::model::json::parse as parse_str;
use reader_widget::model::{Block, Decoded, Document, Json, List, Media, Severity, decode};

#[path = "support/page.rs"]
mod page;
#[path = "support/url_oracle.rs"]
mod url_oracle;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/real");
const LOCAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/real-world");

fn json(text: &str) -> Json {
    parse_str(text).unwrap_or_else(|e| panic!("test input is not JSON: {e}\n{text}"))
}

fn read(base: &str, dir: &str, name: &str) -> Json {
    let path = Path::new(base).join(dir).join(name);
    json(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

fn files(base: &str, dir: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(Path::new(base).join(dir))
        .unwrap_or_else(|e| panic!("cannot list {base}/{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no fixtures in {base}/{dir}");
    out
}

fn format_of(dir: &str) -> Format {
    match dir {
        "ans" => Format::Ans,
        "anf" => Format::Anf,
        other => panic!("unexpected directory {other}"),
    }
}

/// "Warning path: message" lines.
fn lines(decoded: &Decoded) -> Vec<String> {
    decoded
        .diagnostics
        .items()
        .iter()
        .map(|x| format!("{:?} {x}", x.severity))
        .collect()
}

/// Converts and expects a document; returns it with the diagnostic lines.
fn doc(value: &Json, format: Format) -> (Document, Vec<String>) {
    let decoded = convert(value, Some(format));
    let l = lines(&decoded);
    let document = decoded
        .document
        .unwrap_or_else(|| panic!("expected a document, got {l:?}"));
    (document, l)
}

fn ans(text: &str) -> (Document, Vec<String>) {
    doc(&json(text), Format::Ans)
}

fn anf(text: &str) -> (Document, Vec<String>) {
    doc(&json(text), Format::Anf)
}

fn has(lines: &[String], path_and_message: &str) -> bool {
    lines.iter().any(|l| l.contains(path_and_message))
}

fn names(d: &Document) -> Vec<&str> {
    d.article.bylines.iter().map(|b| b.name.as_str()).collect()
}

fn srcs(d: &Document) -> Vec<&str> {
    d.article.media.iter().map(|m| m.src.as_str()).collect()
}

fn paragraphs(d: &Document) -> Vec<String> {
    d.article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(text_of(content)),
            _ => None,
        })
        .collect()
}

fn quotes(d: &Document) -> Vec<(&str, Option<&str>)> {
    d.article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Quote { text, cite } => Some((text.as_str(), cite.as_deref())),
            _ => None,
        })
        .collect()
}

fn lists(d: &Document) -> Vec<&List> {
    d.article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::List(l) => Some(l),
            _ => None,
        })
        .collect()
}

fn item_texts(list: &List) -> Vec<String> {
    list.items.iter().map(|i| text_of(&i.content)).collect()
}

/// Every text a reader sees in the body, one string.
fn body_text(d: &Document) -> String {
    let mut page = page::Page::default();
    page.blocks("body", &d.article.body);
    page.all_text()
}

/// The marks (and link targets) used anywhere in a list item.
fn marks(item: &ListItem) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<&Inline> = item.content.iter().collect();
    while let Some(node) = stack.pop() {
        match node {
            Inline::Mark { mark, children } => {
                out.push(format!("{mark:?}:{}", text_of(children)));
                stack.extend(children);
            }
            Inline::Link { href, children } => {
                out.push(format!("Link:{}:{}", href.as_str(), text_of(children)));
                stack.extend(children);
            }
            _ => {}
        }
    }
    out.sort();
    out
}

fn photo<'a>(d: &'a Document, src_end: &str) -> &'a Media {
    d.article
        .media
        .iter()
        .find(|m| m.src.as_str().ends_with(src_end))
        .unwrap_or_else(|| panic!("no photo ending {src_end}: {:?}", srcs(d)))
}

// ---------------------------------------------------------------------------------------
// Real documents (../shared/fixtures/real)
// ---------------------------------------------------------------------------------------

/// What a reader notices first in each real document.
struct Expect {
    dir: &'static str,
    file: &'static str,
    headline: &'static str,
    bylines: &'static [&'static str],
    published: Option<&'static str>,
    photos: usize,
    blocks: usize,
}

const REAL: &[Expect] = &[
    Expect {
        dir: "ans",
        file: "gallery-fixture-good-0.10.12.json",
        headline: "gallery galleryName 1",
        bylines: &[],
        published: None,
        photos: 0,
        blocks: 0,
    },
    Expect {
        dir: "ans",
        file: "story-fixture-good-0.10.12.json",
        headline: "The default headline for this story",
        bylines: &["John Q. Reporter"],
        published: Some("2015-06-25T09:50:50.52Z"),
        photos: 4,
        // + the tweet reference and the Vimeo oEmbed, now embeds.
        blocks: 11,
    },
    Expect {
        dir: "ans",
        file: "story-fixture-tiny-house-0.10.12.json",
        headline: "Tiny house, big benefits:\u{2009}Freedom from a mortgage and worries \u{2014} and stuff",
        bylines: &["Nina Patel"],
        published: Some("2015-07-02T09:49:00.10Z"),
        photos: 1,
        blocks: 5,
    },
    Expect {
        dir: "anf",
        file: "apple-example-longform-travel-article.json",
        headline: "EXPLORING THE LAND OF FIRE & PUFFINS",
        bylines: &["Urna Semper", "Ryan Lynch"],
        published: Some("2015-10-24T11:15:00+00:00"),
        photos: 8,
        // + the tweet component, now an embed.
        blocks: 25,
    },
    Expect {
        dir: "anf",
        file: "apple-example-news-article.json",
        headline: "How To Succeed In Shanghai (And Have Some Fun, Too)",
        bylines: &["Urna Semper"],
        published: Some("2015-10-24T11:15:00+00:00"),
        photos: 5,
        blocks: 10,
    },
];

#[test]
fn every_real_document_converts_with_what_a_reader_notices() {
    let mut seen = 0;
    for dir in ["ans", "anf"] {
        for path in files(SHARED, dir) {
            let name = path.file_name().unwrap().to_str().unwrap();
            let e = REAL
                .iter()
                .find(|e| e.dir == dir && e.file == name)
                .unwrap_or_else(|| panic!("{dir}/{name} has no spot check; add it to REAL"));
            let (d, l) = doc(&read(SHARED, dir, name), format_of(dir));
            assert!(l.iter().all(|x| x.starts_with("Warning")), "{name}: {l:?}");
            assert_eq!(d.article.headline, e.headline, "{name}");
            assert_eq!(names(&d), e.bylines, "{name}");
            assert_eq!(
                d.article.published.as_ref().map(|t| t.as_str()),
                e.published,
                "{name}"
            );
            assert_eq!(d.article.media.len(), e.photos, "{name}: {:?}", srcs(&d));
            assert_eq!(d.article.body.len(), e.blocks, "{name}");
            seen += 1;
        }
    }
    assert_eq!(seen, REAL.len());
}

#[test]
fn ans_schema_story_reads_credits_lists_quotes_and_drops_embeds_with_warnings() {
    let (d, l) = doc(
        &read(SHARED, "ans", "story-fixture-good-0.10.12.json"),
        Format::Ans,
    );
    let a = &d.article;
    assert_eq!(
        a.bylines[0].url.as_ref().map(|u| u.as_str()),
        Some("https://www.washingtonpost.com/people/anthony-faiola")
    );
    assert_eq!(a.section.as_deref(), Some("News"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert!(a.url.as_ref().unwrap().as_str().starts_with("/local/"));
    // display_date was set by hand after the last save: no "Updated" before "Published".
    assert_eq!(a.updated, None);
    // The promo image is the body image (same URL): one photo, with its credit.
    assert_eq!(srcs(&d)[0], "https://tinyurl.com/mqyonhb");
    assert_eq!(a.media[0].credit.as_deref(), Some("Ansel Adams"));
    assert!(has(
        &l,
        "content_elements[2]: same photo as promo_items.basic"
    ));
    let list = lists(&d)[0];
    assert_eq!(item_texts(list), ["Foo", "Bar"]);
    let nested = list.items[1].list.as_ref().expect("Hi/Mom hangs under Bar");
    assert!(nested.ordered);
    assert_eq!(item_texts(nested), ["Hi", "Mom"]);
    assert_eq!(
        quotes(&d),
        [
            ("Here's my html", None),
            (
                "I really like this sample sentence. Maybe we should use it?",
                Some("Me, on Slack, two minutes ago.")
            ),
            (
                "Now is the time for all good men to come to the aid of their party.",
                Some("Charles E. Weller; The Early History of the Typewriter, p. 21 (1918)")
            ),
        ]
    );
    let p = paragraphs(&d);
    assert!(p.contains(&"Clarification: What I said before was not exactly true.".to_owned()));
    assert!(p.contains(&"Correction: What I said before was false and not true.".to_owned()));
    for (path, kind) in [
        ("content_elements[7]", "\"raw_html\" element"),
        ("content_elements[10]", "\"interstitial_link\" element"),
        ("content_elements[12]", "\"numeric_rating\" element"),
    ] {
        assert!(has(&l, &format!("{path}: {kind}")), "{path}: {l:?}");
    }
    assert!(has(&l, "related_content.basic[0]: an unresolved reference"));
    // The tweet reference and the Vimeo oEmbed (only its id kept) are embeds.
    let embeds: Vec<(&str, &str)> = d
        .article
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Embed(e) => Some((e.provider.name(), e.url.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        embeds,
        [
            (
                "x",
                "https://twitter.com/BradDavis_WFTS/status/664422935130566656"
            ),
            ("vimeo", "https://vimeo.com/76979871")
        ]
    );
    assert!(!has(&l, "content_elements[8]") && !has(&l, "content_elements[9]"));
}

#[test]
fn ans_tiny_house_drops_a_deck_repeating_the_headline_and_the_read_more_box() {
    let (d, l) = doc(
        &read(SHARED, "ans", "story-fixture-tiny-house-0.10.12.json"),
        Format::Ans,
    );
    assert_eq!(d.article.deck, None);
    assert!(has(&l, "description.basic: repeats the headline"));
    assert!(has(&l, "content_elements[4]: \"link_list\" element"));
    assert!(has(&l, "content_elements[7]: \"custom_embed\" element"));
    assert_eq!(d.article.body[2], Block::Separator);
    assert_eq!(d.article.media[0].credit.as_deref(), Some("Ansel Adams"));
    assert!(!body_text(&d).contains("Learn More"));
}

#[test]
fn ans_gallery_with_empty_image_urls_keeps_its_text_and_reports_the_images() {
    let (d, l) = doc(
        &read(SHARED, "ans", "gallery-fixture-good-0.10.12.json"),
        Format::Ans,
    );
    assert_eq!(
        d.article.deck.as_deref(),
        Some("test gallery description 1")
    );
    assert!(has(
        &l,
        "content_elements[0].url: image without a url; dropped"
    ));
    assert!(has(
        &l,
        "content_elements[1].url: image without a url; dropped"
    ));
    assert_eq!(
        d.article.updated.as_ref().map(|t| t.as_str()),
        Some("2016-04-02T12:02:00+00:00")
    );
}

#[test]
fn anf_longform_reads_header_fill_drop_cap_pull_quotes_and_sidebar_list() {
    let (d, l) = doc(
        &read(SHARED, "anf", "apple-example-longform-travel-article.json"),
        Format::Anf,
    );
    let a = &d.article;
    // Header fill and thumbnailURL are the same picture: shown once, first.
    assert!(srcs(&d)[0].ends_with("/Iceland01.jpg"));
    assert_eq!(
        srcs(&d)
            .iter()
            .filter(|s| s.ends_with("/Iceland01.jpg"))
            .count(),
        1
    );
    assert_eq!(
        photo(&d, "/Iceland05.jpg").caption.as_deref(),
        Some("Melting ice feeds the local waterways.")
    );
    assert!(
        a.deck
            .as_deref()
            .unwrap()
            .starts_with("Iceland has natural wonders")
    );
    assert_eq!(
        a.contributors.as_ref().and_then(|c| c.note()),
        Some("Photos: RYAN LYNCH")
    );
    // The drop cap's span does not split the first word.
    assert!(paragraphs(&d)[0].starts_with("ALTHOUGH IT IS RICH in beauty"));
    let q = quotes(&d);
    assert_eq!(q.len(), 3);
    assert_eq!(q[1].1, Some("OLAFUR ELIASSON"));
    assert!(q[1].0.starts_with("IT DOESN’T REALLY TELL YOU"));
    assert_eq!(lists(&d)[0].items.len(), 5);
    // The author component names the writer; the metadata is shown, with a warning.
    assert!(has(
        &l,
        "names \"KATHRYN ROMEYN\", who is not in metadata.authors"
    ));
    assert!(has(&l, "components[9]: \"banner_advertisement\" component"));
    assert!(d.article.body.iter().any(|b| matches!(b, Block::Embed(e)
        if e.url.as_str() == "https://twitter.com/Icelandtourism/status/126019556836769792")));
    assert!(!has(&l, "components[17]"));
}

#[test]
fn anf_news_article_splits_apple_photo_credits_from_captions() {
    let (d, l) = doc(
        &read(SHARED, "anf", "apple-example-news-article.json"),
        Format::Anf,
    );
    let lead = photo(&d, "/Shanghai01.jpg");
    assert_eq!(
        lead.caption.as_deref(),
        Some("Shanghai's skyline featuring the landmark Oriental Pearl TV Tower.")
    );
    assert_eq!(lead.credit.as_deref(), Some("L. ELLIS"));
    assert_eq!(srcs(&d)[0], lead.src.as_str());
    let moon = photo(&d, "/Shanghai02.jpg");
    assert_eq!(
        moon.caption.as_deref(),
        Some("Moonrising over Beijing on Changan Ave.")
    );
    assert_eq!(moon.credit.as_deref(), Some("L. ZHAN"));
    assert!(
        d.article
            .media
            .iter()
            .all(|m| { !m.caption.as_deref().unwrap_or_default().contains("PHOTO:") })
    );
    assert!(paragraphs(&d)[0].starts_with("Attention business owners seeking"));
    assert_eq!(
        d.article.deck.as_deref(),
        Some("Example News Article Subtitle")
    );
    assert!(has(&l, "components[4].text: names \"Paul Gaita\""));
    assert!(!body_text(&d).contains("May 14, 2015"));
}

// ---------------------------------------------------------------------------------------
// Look-alikes (tests/fixtures/real-world, expectations in SOURCES.md)
// ---------------------------------------------------------------------------------------

#[test]
fn ans_story_credits_lists_quotes_meets_its_expectations() {
    let (d, l) = doc(
        &read(LOCAL, "ans", "story-credits-lists-quotes.json"),
        Format::Ans,
    );
    let a = &d.article;
    assert_eq!(a.headline, "Old tide markers restored along the river wall");
    assert_eq!(
        a.deck.as_deref(),
        Some("Volunteers repainted 40 markers in a week")
    );
    // Named people only: the reference has no name and is reported, not shown as "By".
    assert_eq!(names(&d), ["Ana Example"]);
    assert_eq!(
        a.bylines[0].url.as_ref().map(|u| u.as_str()),
        Some("/people/ana-example/")
    );
    assert!(has(
        &l,
        "credits.by[1]: an unresolved reference to author \"bo-sample\""
    ));
    assert_eq!(
        a.contributors.as_ref().and_then(|c| c.note()),
        Some("Additional reporting by Cy Placeholder")
    );
    // Promo image = content_elements[1]: one photo, credited.
    assert_eq!(a.media.len(), 1);
    assert!(
        a.media[0]
            .credit
            .as_deref()
            .unwrap()
            .starts_with("Dee Tester")
    );
    assert_eq!(
        a.media[0].alt.as_deref(),
        Some("A white tide marker on a brick wall")
    );
    assert!(has(
        &l,
        "content_elements[1]: same photo as promo_items.basic"
    ));
    let kinds: Vec<&str> = a
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph { .. } => "p",
            Block::Heading { .. } => "h",
            Block::List(_) => "list",
            Block::Quote { .. } => "quote",
            Block::Separator => "hr",
            Block::Embed(_) => "embed",
            Block::Video(_) => "video",
            Block::Audio(_) => "audio",
        })
        .collect();
    assert_eq!(kinds, ["p", "h", "list", "quote", "quote", "hr", "p", "p"]);
    let list = lists(&d)[0];
    assert!(!list.ordered);
    assert_eq!(
        item_texts(list),
        [
            "Scraped off three layers of old paint",
            "Checked each height against the 1923 survey",
            "Relettered the dates"
        ]
    );
    assert_eq!(marks(&list.items[0]), ["B:three"]);
    assert_eq!(
        marks(&list.items[1]),
        ["Link:https://archive.example.org/floods:the 1923 survey"]
    );
    let nested = list.items[1]
        .list
        .as_ref()
        .expect("the sub-list hangs under its item");
    assert!(nested.ordered);
    assert_eq!(item_texts(nested), ["primer", "two coats of white"]);
    assert!(list.items[0].list.is_none() && list.items[2].list.is_none());
    assert_eq!(
        quotes(&d),
        [
            (
                "You can read the river's history off this wall.",
                Some("Eli Sample, volunteer")
            ),
            ("Mark well the water's height.", None),
        ]
    );
    let p = paragraphs(&d);
    assert_eq!(p[1], "The next work day is in March.");
    assert_eq!(
        p[2],
        "Correction: An earlier version gave the wrong year for the first painting."
    );
    let text = body_text(&d);
    assert!(!text.contains("Sign up for our newsletter"));
    assert!(has(
        &l,
        "content_elements[7]: \"interstitial_link\" element"
    ));
    assert!(has(&l, "content_elements[9]: \"raw_html\" element"));
    assert!(srcs(&d).iter().all(|s| !s.contains("pixel")));
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2023-02-21T12:20:00.00Z")
    );
    assert_eq!(
        a.updated.as_ref().map(|t| t.as_str()),
        Some("2023-02-21T14:30:00.00Z")
    );
    assert_eq!(
        a.url.as_ref().map(|u| u.as_str()),
        Some("/local/2023/02/21/tide-markers-restored/")
    );
    // Related: the full story is a card; the unresolved reference is reported.
    let cards = &d.related[0].items;
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0].title, "River wall repairs begin");
    assert_eq!(
        cards[0].url.as_str(),
        "/local/2022/11/03/river-wall-repairs/"
    );
    assert!(has(&l, "related_content.basic[1]: an unresolved reference"));
}

#[test]
fn ans_gallery_promo_duplicate_gives_three_slides_not_four() {
    let (d, l) = doc(
        &read(LOCAL, "ans", "gallery-promo-duplicate.json"),
        Format::Ans,
    );
    let a = &d.article;
    assert_eq!(a.headline, "A morning in the reedbeds");
    assert_eq!(
        a.deck.as_deref(),
        Some("Photos from the reedbeds at sunrise")
    );
    assert!(a.bylines.is_empty());
    assert!(a.body.is_empty());
    assert_eq!(a.media.len(), 3, "{:?}", srcs(&d));
    assert!(has(
        &l,
        "content_elements[0]: same photo as promo_items.basic"
    ));
    let credits: Vec<Option<&str>> = a.media.iter().map(|m| m.credit.as_deref()).collect();
    // Slide 3's author has an empty name: its organisation stands in, never "By ".
    assert_eq!(
        credits,
        [
            Some("Finn Example (for The Estuary Times)"),
            None,
            Some("Estuary Photo Desk")
        ]
    );
    assert_eq!(
        a.media[0].caption.as_deref(),
        Some("Caption written for this gallery: the reeds at first light.")
    );
    // An empty caption gives way to the slide's short title.
    assert_eq!(a.media[2].caption.as_deref(), Some("Boardwalk"));
    assert_eq!(a.media[2].alt, None);
    assert_eq!(
        (a.media[1].width, a.media[1].height),
        (Some(2667), Some(4000))
    );
}

#[test]
fn anf_byline_date_markdown_list_meets_its_expectations() {
    let (d, l) = doc(
        &read(LOCAL, "anf", "byline-date-markdown-list.json"),
        Format::Anf,
    );
    let a = &d.article;
    assert_eq!(a.headline, "Smoked Fish Cakes");
    assert_eq!(
        a.deck.as_deref(),
        Some("Leftover potatoes, a smoked fillet and a hot pan—supper in twenty minutes.")
    );
    assert_eq!(names(&d), ["Ana Example"]);
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2023-02-21T21:20:00+09:00")
    );
    // dateModified equals datePublished: no "Updated".
    assert_eq!(a.updated, None);
    let method = lists(&d)[0];
    assert!(method.ordered);
    assert_eq!(
        item_texts(method),
        [
            "Mash the potatoes with the egg.",
            "Fold in the fish and half the onions.",
            "Shape eight cakes and dust them with flour.",
            "Fry for four minutes a side; see the smokehouse for fish."
        ]
    );
    assert_eq!(marks(&method.items[1]), ["Strong:half"]);
    assert_eq!(
        marks(&method.items[3]),
        [
            "Em:four minutes",
            "Link:https://smokehouse.example.org:the smokehouse"
        ]
    );
    // bundle://header.jpg is the header fill and the thumbnail: one image, reported once.
    assert!(a.media.is_empty());
    let bundle: Vec<&String> = l
        .iter()
        .filter(|x| x.contains("bundle://header.jpg"))
        .collect();
    assert_eq!(bundle.len(), 1, "{l:?}");
    assert!(bundle[0].contains("components[0].components[0].style.fill.URL"));
    // Its caption goes with it (credit included), never into the text.
    let text = body_text(&d);
    assert!(!text.contains("B. SAMPLE") && !text.contains("smokehouse bench"));
    assert!(has(&l, "components[1].components[0]: caption of a picture"));
    assert!(text.contains("300 g smoked fish, flaked"));
    assert!(text.contains("YOU WILL NEED"));
}

#[test]
fn anf_html_gallery_pullquote_dropcap_meets_its_expectations() {
    let (d, l) = doc(
        &read(LOCAL, "anf", "html-gallery-pullquote-dropcap.json"),
        Format::Anf,
    );
    let a = &d.article;
    assert_eq!(a.headline, "HARBOUR NIGHTS RETURN");
    assert_eq!(names(&d), ["Bo Sample", "Cy Placeholder"]);
    assert_eq!(
        paragraphs(&d)[0],
        "The harbour was full by eight. The programme runs until Sunday."
    );
    let stalls = lists(&d)[0];
    assert_eq!(marks(&stalls.items[0]), ["Strong:Lantern making"]);
    assert_eq!(marks(&stalls.items[1]), ["Em:cash only"]);
    assert_eq!(
        quotes(&d),
        [(
            "“WE MISSED THE LIGHTS ON THE WATER.”",
            Some("A STALLHOLDER")
        )]
    );
    assert_eq!(
        srcs(&d),
        [
            "https://photos.example-weekly.example/2023/07/lanterns-1600.jpg",
            "https://photos.example-weekly.example/2023/07/stalls-1600.jpg",
            "https://photos.example-weekly.example/2023/07/children-1600.jpg",
        ]
    );
    let lanterns = &a.media[0];
    assert_eq!(
        lanterns.caption.as_deref(),
        Some("Lanterns on the water at dusk.")
    );
    assert_eq!(lanterns.credit.as_deref(), Some("D. TESTER"));
    assert_eq!(a.media[1].credit.as_deref(), Some("D. TESTER"));
    assert!(has(
        &l,
        "components[1].components[10].items[2].URL: bundle://gallery-03.jpg"
    ));
    assert!(has(
        &l,
        "components[1].components[11]: caption of the gallery above"
    ));
    assert_eq!((a.published.as_ref(), a.updated.as_ref()), (None, None));
    assert!(!body_text(&d).contains("ABOVE:"));
}

// ---------------------------------------------------------------------------------------
// ANS rules, by hand-written documents
// ---------------------------------------------------------------------------------------

#[test]
fn ans_names_prefer_byline_then_the_author_record_then_name() {
    let (d, l) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "credits": {"by": [
        {"type": "author", "name": "Ann Lee", "byline": "Ann Lee (Special to the Times)"},
        {"type": "author", "name": "Bo Park", "byline": " ",
         "additional_properties": {"original": {"byline": "Bo S. Park"}}},
        {"type": "author", "name": "Cy Ray", "url": "/people/cy/"},
        {"type": "author", "name": "", "org": "Pexels"},
        {"type": "reference", "referent": {"type": "author", "id": "x1"}}
    ]}}"#,
    );
    assert_eq!(
        names(&d),
        ["Ann Lee (Special to the Times)", "Bo S. Park", "Cy Ray"]
    );
    assert_eq!(
        d.article.bylines[2].url.as_ref().map(|u| u.as_str()),
        Some("/people/cy/")
    );
    assert!(has(&l, "credits.by[3]: author without a name; dropped"));
    assert!(has(
        &l,
        "credits.by[4]: an unresolved reference to author \"x1\""
    ));
}

#[test]
fn ans_headline_falls_back_with_a_warning_and_its_absence_is_fatal() {
    let (d, l) = ans(r#"{"type": "story", "headlines": {"web": "Web headline"}}"#);
    assert_eq!(d.article.headline, "Web headline");
    assert!(has(
        &l,
        "headlines.basic: missing; headlines.web is used instead"
    ));
    let decoded = convert(
        &json(r#"{"type": "story", "headlines": {}}"#),
        Some(Format::Ans),
    );
    assert!(decoded.document.is_none());
    assert_eq!(
        lines(&decoded),
        ["Fatal headlines.basic: missing: every article needs a headline"]
    );
    let decoded = convert(&json("[1]"), Some(Format::Ans));
    assert_eq!(
        lines(&decoded),
        ["Fatal document: expected an ANS story object, found an array"]
    );
}

#[test]
fn ans_lead_art_prefers_lead_art_and_reads_galleries_and_videos() {
    let (d, _) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "promo_items": {
        "lead_art": {"type": "gallery", "content_elements": [
            {"type": "image", "url": "https://i.example/1.jpg"},
            {"type": "image", "url": "https://i.example/2.jpg"}]},
        "basic": {"type": "image", "url": "https://i.example/promo.jpg"}}}"#,
    );
    assert_eq!(
        srcs(&d),
        ["https://i.example/1.jpg", "https://i.example/2.jpg"]
    );
    let (d, l) = ans(
        r#"{"type": "video", "headlines": {"basic": "H"}, "promo_items": {
        "basic": {"type": "video", "promo_image": {"type": "image", "url": "https://i.example/v.jpg"}}}}"#,
    );
    assert_eq!(srcs(&d), ["https://i.example/v.jpg"]);
    // A video document without streams has no player; its picture stays.
    assert!(has(&l, "streams: video without a safe stream; dropped"));
    let (d, l) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "promo_items": {
        "basic": {"type": "raw_html", "content": "<b>x</b>"}},
        "promo_image": {"type": "image", "url": "", "additional_properties": {"originalUrl": "https://i.example/o.jpg"}}}"#,
    );
    assert_eq!(srcs(&d), ["https://i.example/o.jpg"]);
    assert!(has(
        &l,
        "promo_items.basic: \"raw_html\" promo item cannot be shown"
    ));
}

#[test]
fn ans_photos_are_folded_by_id_or_url_keeping_what_each_copy_knows() {
    let (d, l) = ans(r#"{"type": "story", "headlines": {"basic": "H"},
        "promo_items": {"basic": {"_id": "A", "type": "image", "url": "https://i.example/a-crop.jpg"}},
        "content_elements": [
            {"_id": "A", "type": "image", "url": "https://i.example/a.jpg", "caption": "Cap",
             "credits": {"by": [{"type": "author", "name": "Ann Lee"}]}, "width": 800, "height": 600},
            {"type": "image", "url": "https://i.example/a-crop.jpg", "alt_text": "Alt"}
        ]}"#);
    assert_eq!(srcs(&d), ["https://i.example/a-crop.jpg"]);
    let m = &d.article.media[0];
    assert_eq!(m.caption.as_deref(), Some("Cap"));
    assert_eq!(m.credit.as_deref(), Some("Ann Lee"));
    assert_eq!(m.alt.as_deref(), Some("Alt"));
    assert_eq!((m.width, m.height), (Some(800), Some(600)));
    assert!(has(
        &l,
        "content_elements[0]: same photo as promo_items.basic"
    ));
    assert!(has(
        &l,
        "content_elements[1]: same photo as promo_items.basic"
    ));
}

#[test]
fn ans_lists_hang_nested_lists_and_flatten_what_cannot_hang() {
    let (d, l) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "content_elements": [
        {"type": "list", "list_type": "ordered", "items": [
            {"type": "list", "list_type": "unordered", "items": [{"type": "text", "content": "orphan"}]},
            {"type": "text", "content": "A"},
            {"type": "list", "items": [{"type": "text", "content": "a1"}]},
            {"type": "list", "items": [{"type": "text", "content": "a2"}]},
            {"type": "text", "content": "  "},
            {"type": "image", "url": "https://i.example/x.jpg"}
        ]}]}"#,
    );
    let list = lists(&d)[0];
    assert!(list.ordered);
    assert_eq!(item_texts(list), ["orphan", "A"]);
    assert_eq!(
        item_texts(list.items[1].list.as_ref().unwrap()),
        ["a1", "a2"]
    );
    assert!(has(
        &l,
        "content_elements[0].items[0]: a nested list with no item above it"
    ));
    assert!(has(
        &l,
        "content_elements[0].items[5]: \"image\" element in a list cannot be shown"
    ));
}

#[test]
fn ans_quotes_take_a_dash_line_or_a_trailing_attribution_as_the_citation() {
    let (d, _) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "content_elements": [
        {"type": "quote", "subtype": "blockquote", "content_elements": [
            {"type": "text", "content": "First line."}, {"type": "text", "content": "— Ann Lee"}]},
        {"type": "blockquote", "content": "<p>“Go.” – Anonymous</p>"},
        {"type": "quote", "content_elements": [{"type": "text", "content": "Plain"}],
         "citation": {"type": "text", "content": ""}}
    ]}"#,
    );
    assert_eq!(
        quotes(&d),
        [
            ("First line.", Some("Ann Lee")),
            ("“Go.”", Some("Anonymous")),
            ("Plain", None)
        ]
    );
}

#[test]
fn ans_section_language_and_contributor_groups() {
    let (d, l) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "language": "English (UK)",
        "taxonomy": {"sections": [{"_id": "/a", "name": "Arts"}, {"name": "Books"}]},
        "credits": {"by": [], "photos_by": [{"type": "author", "name": "Dee"}],
                    "research": [{"type": "author", "name": "Eve"}, {"type": "author", "name": "Fay"}]}}"#,
    );
    assert_eq!(d.article.section.as_deref(), Some("Arts"));
    assert_eq!(d.article.lang, None);
    assert!(has(
        &l,
        "language: \"English (UK)\" is not a BCP 47 language tag"
    ));
    assert_eq!(
        d.article.contributors.as_ref().and_then(|c| c.note()),
        Some("Photos by Dee; Research: Eve and Fay")
    );
    let (d, _) = ans(r#"{"type": "story", "headlines": {"basic": "H"},
        "taxonomy": {"primary_section": {"name": "Local"}, "sections": [{"name": "Arts"}]}}"#);
    assert_eq!(d.article.section.as_deref(), Some("Local"));
}

#[test]
fn ans_as_related_src_gives_its_related_stories() {
    let value = read(LOCAL, "ans", "story-credits-lists-quotes.json");
    let (sections, d) = convert_related(&value, Some(Format::Ans));
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].items[0].title, "River wall repairs begin");
    assert!(!d.has_fatal());
    let (sections, d) = convert_related(
        &json(r#"{"type": "story", "headlines": {"basic": "H"}}"#),
        Some(Format::Ans),
    );
    assert!(sections.is_empty());
    assert_eq!(d.items()[0].path, "related_content.basic");
}

// ---------------------------------------------------------------------------------------
// ANF rules, by hand-written documents
// ---------------------------------------------------------------------------------------

#[test]
fn anf_document_title_loses_a_site_suffix_only_when_it_is_the_site() {
    let (d, l) = anf(r#"{"title": "Nights Return - Example Weekly",
        "metadata": {"canonicalURL": "https://www.example-weekly.example/a"},
        "components": [{"role": "body", "text": "x"}]}"#);
    assert_eq!(d.article.headline, "Nights Return");
    assert!(has(&l, "title: \"Example Weekly\" is the site's name"));
    let (d, _) = anf(r#"{"title": "Wine - A Love Story",
        "metadata": {"canonicalURL": "https://www.example-weekly.example/a"},
        "components": [{"role": "body", "text": "x"}]}"#);
    assert_eq!(d.article.headline, "Wine - A Love Story");
    let decoded = convert(&json(r#"{"components": []}"#), Some(Format::Anf));
    assert_eq!(
        lines(&decoded),
        ["Fatal title: missing: the document has no title and no title component"]
    );
}

#[test]
fn anf_bylines_come_from_the_byline_text_without_its_date_when_metadata_has_none() {
    let (d, _) = anf(r#"{"title": "T", "components": [
        {"role": "author", "text": "By Ann Lee, Bo Park, and Cy Ray  |  May 14, 2015  |  11:15 AM"}]}"#);
    assert_eq!(names(&d), ["Ann Lee", "Bo Park", "Cy Ray"]);
    let (d, l) = anf(r#"{"title": "T", "metadata": {"authors": ["Ann Lee", ""]},
        "components": [{"role": "byline", "text": "BY ANN LEE | today"}]}"#);
    assert_eq!(names(&d), ["Ann Lee"]);
    assert!(has(&l, "metadata.authors[1]: author without a name"));
    assert!(!has(&l, "who is not in metadata.authors"));
}

#[test]
fn anf_markdown_subset_becomes_blocks_with_marks_and_safe_links() {
    let (d, l) = anf(
        r#"{"title": "T", "components": [{"role": "body", "format": "markdown",
        "text": "\\# Not a heading\n\n## Real heading\n\nLine one\nline _two_ and snake_case_word\n\n- a *b*\n- __c__ [d](https://d.example/x?y=1&z=2)\n  continued\n\n1) one\n2) [bad](javascript:alert(1))"}]}"#,
    );
    let body = &d.article.body;
    assert_eq!(
        text_of(match &body[0] {
            Block::Paragraph { content } => content,
            other => panic!("{other:?}"),
        }),
        "# Not a heading"
    );
    assert_eq!(
        body[1],
        Block::Heading {
            text: "Real heading".into()
        }
    );
    match &body[2] {
        Block::Paragraph { content } => {
            assert!(content.contains(&Inline::Break));
            assert_eq!(text_of(content), "Line one\nline two and snake_case_word");
        }
        other => panic!("{other:?}"),
    }
    let l0 = lists(&d)[0];
    assert!(!l0.ordered);
    assert_eq!(item_texts(l0), ["a b", "c d continued"]);
    assert_eq!(marks(&l0.items[0]), ["Em:b"]);
    assert_eq!(
        marks(&l0.items[1]),
        ["Link:https://d.example/x?y=1&z=2:d", "Strong:c"]
    );
    let l1 = lists(&d)[1];
    assert!(l1.ordered);
    assert_eq!(item_texts(l1), ["one", "bad"]);
    assert!(marks(&l1.items[1]).is_empty());
    assert!(has(
        &l,
        "components[0].text: link to \"javascript:alert(1)\""
    ));
}

#[test]
fn anf_captions_attach_to_the_picture_before_them_unless_they_label_text() {
    let (d, l) = anf(r#"{"title": "T", "components": [
        {"role": "photo", "URL": "https://i.example/p.jpg", "accessibilityCaption": "Alt"},
        {"role": "caption", "text": "A quay at dawn. (Jane Roe / Example)"},
        {"role": "figure", "URL": "https://i.example/f.jpg"},
        {"role": "caption", "text": "TOOLS"},
        {"role": "caption", "text": "Bowl\nPan"},
        {"role": "caption", "text": "Loose caption"}
    ]}"#);
    let p = &d.article.media[0];
    assert_eq!(p.alt.as_deref(), Some("Alt"));
    assert_eq!(p.caption.as_deref(), Some("A quay at dawn."));
    assert_eq!(p.credit.as_deref(), Some("Jane Roe / Example"));
    assert_eq!(d.article.media[1].caption, None);
    assert_eq!(paragraphs(&d), ["TOOLS", "Bowl", "Pan", "Loose caption"]);
    assert!(l.iter().all(|x| x.starts_with("Warning")));
}

#[test]
fn anf_quote_attributions_and_dropped_embeds_with_their_headings() {
    let (d, l) = anf(r#"{"title": "T", "components": [
        {"role": "quote", "text": "“Stay.”\n— Ann Lee"},
        {"role": "pullquote", "text": "Loud words."},
        {"role": "author", "text": "–BO PARK"},
        {"role": "pullquote", "text": "Two quotes in a row."},
        {"role": "pullquote", "text": "Not an attribution, a second quote."},
        {"role": "heading2", "text": "WATCH"},
        {"role": "embedwebvideo", "URL": "https://v.example/1"},
        {"role": "heading2", "text": "KEPT"},
        {"role": "body", "text": "After."}
    ]}"#);
    assert_eq!(
        quotes(&d),
        [
            ("“Stay.”", Some("Ann Lee")),
            ("Loud words.", Some("BO PARK")),
            ("Two quotes in a row.", None),
            ("Not an attribution, a second quote.", None)
        ]
    );
    assert!(names(&d).is_empty());
    let headings: Vec<&Block> = d
        .article
        .body
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .collect();
    assert_eq!(
        headings,
        [&Block::Heading {
            text: "KEPT".into()
        }]
    );
    assert!(has(
        &l,
        "components[6]: \"embedwebvideo\" component cannot be shown; dropped with the heading \"WATCH\""
    ));
}

#[test]
fn anf_thumbnail_leads_when_no_component_shows_it_and_named_style_fills_count() {
    let (d, _) = anf(r#"{"title": "T",
        "metadata": {"thumbnailURL": "https://i.example/thumb.jpg"},
        "componentStyles": {"hero": {"fill": {"type": "image", "URL": "https://i.example/hero.jpg"}},
                            "plain": {"fill": {"type": "linear_gradient"}}},
        "components": [{"role": "section", "style": "hero", "components": [
            {"role": "container", "style": "plain", "components": [{"role": "body", "text": "x"}]}]}]}"#);
    assert_eq!(
        srcs(&d),
        ["https://i.example/thumb.jpg", "https://i.example/hero.jpg"]
    );
}

#[test]
fn anf_as_related_src_is_one_card_of_itself() {
    let value = read(SHARED, "anf", "apple-example-news-article.json");
    let (sections, d) = convert_related(&value, Some(Format::Anf));
    assert!(!d.has_fatal());
    let card = &sections[0].items[0];
    assert_eq!(card.url.as_str(), "http://www.apple.com");
    assert_eq!(
        card.title,
        "How To Succeed In Shanghai (And Have Some Fun, Too)"
    );
    assert!(
        card.image
            .as_ref()
            .unwrap()
            .src
            .as_str()
            .ends_with("/Shanghai01.jpg")
    );
    let (sections, d) = convert_related(
        &json(r#"{"title": "T", "components": []}"#),
        Some(Format::Anf),
    );
    assert!(sections[0].items.is_empty());
    assert!(d.items().iter().any(|x| x.path == "metadata.canonicalURL"));
}

// ---------------------------------------------------------------------------------------
// Every fixture through the native format; random edits never crash
// ---------------------------------------------------------------------------------------

fn all_fixtures() -> Vec<(Format, Json, String)> {
    let mut out = Vec::new();
    for base in [SHARED, LOCAL] {
        for dir in ["ans", "anf"] {
            for path in files(base, dir) {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((format_of(dir), json(&text), path.display().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_converted_fixture_round_trips_through_the_native_format() {
    for (format, value, name) in all_fixtures() {
        let (original, _) = doc(&value, format);
        let native = to_native_json(&original);
        let text = serde_json::to_string(&native).unwrap();
        let again = decode(&json(&text));
        assert_eq!(lines(&again), Vec::<String>::new(), "{name}");
        assert_eq!(again.document.as_ref(), Some(&original), "{name}");
    }
}

#[test]
fn every_warning_names_a_path_into_the_source() {
    for (format, value, name) in all_fixtures() {
        let decoded = convert(&value, Some(format));
        for item in decoded.diagnostics.items() {
            assert_eq!(item.severity, Severity::Warning, "{name}: {item}");
            assert!(!item.path.is_empty(), "{name}: {item} has no path");
        }
    }
}

/// Small JSON values of every type, with strings a hostile publisher would send.
fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        (-3.0f64..5000.0).prop_map(Json::Number),
        prop::sample::select(vec![
            "",
            " ",
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "bundle://x.jpg",
            "https://ok.example/p.jpg",
            "/relative",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "**a _b [c](javascript:x)",
            "— Name",
            "2024-02-30T10:00:00Z",
            "story",
            "text",
            "list",
            "quote",
            "image",
            "gallery",
            "reference",
            "photo",
            "caption",
            "pullquote",
            "author",
            "container",
            "markdown",
            "html",
        ])
        .prop_map(|s| Json::String(s.to_owned())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "type",
                        "content",
                        "items",
                        "url",
                        "URL",
                        "role",
                        "text",
                        "format",
                        "components",
                        "content_elements",
                        "caption",
                        "credits",
                        "by",
                        "name",
                        "byline",
                        "style",
                        "fill",
                        "citation",
                        "list_type",
                        "_id",
                    ]),
                    inner
                ),
                0..4
            )
            .prop_map(|fields| Json::Object(
                fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
            )),
        ]
    })
}

fn count_values(json: &Json) -> usize {
    1 + match json {
        Json::Array(items) => items.iter().map(count_values).sum(),
        Json::Object(fields) => fields.iter().map(|(_, v)| count_values(v)).sum(),
        _ => 0,
    }
}

/// Replaces the `n`-th value (depth first) of `json` by `value`.
fn replace_nth(json: &mut Json, n: &mut usize, value: &Json) -> bool {
    if *n == 0 {
        *json = value.clone();
        return true;
    }
    *n -= 1;
    match json {
        Json::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, value)),
        Json::Object(fields) => fields.iter_mut().any(|(_, v)| replace_nth(v, n, value)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn edited_fixtures_never_crash_and_render_only_safe_urls(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), json_value()), 1..6),
    ) {
        let fixtures = all_fixtures();
        let (format, mut value, name) = fixtures[pick.index(fixtures.len())].clone();
        for (at, edit) in &edits {
            let mut n = at % count_values(&value);
            replace_nth(&mut value, &mut n, edit);
        }
        let decoded = convert(&value, Some(format));
        let (related, _) = convert_related(&value, Some(format));
        let mut page = page::Page::default();
        if let Some(doc) = &decoded.document {
            page.document(doc);
            let again = decode(&json(&serde_json::to_string(&to_native_json(doc)).unwrap()));
            prop_assert!(again.document.is_some(), "{name}: {:?}", lines(&again));
        }
        page.sections("related-src", &related);
        let problems = page.unsafe_parts(&["javascript:".to_owned(), "data:".to_owned()]);
        prop_assert!(problems.is_empty(), "{name}: {problems:?}");
    }
}

#[test]
fn ans_list_item_html_lists_nest_only_within_the_depth_cap() {
    let (d, l) = ans(
        r#"{"type": "story", "headlines": {"basic": "H"}, "content_elements": [
        {"type": "list", "items": [
            {"type": "text", "content": "A<ul><li>a1<ul><li>a11<ul><li>a111</li></ul></li></ul></li></ul>"},
            {"type": "text", "content": "B<ul><li>b1</li></ul><ol><li>b2</li></ol>"},
            {"type": "text", "content": "C<ul><li>1<ul><li>2<ul><li>3<ul><li>4</li></ul></li></ul></li></ul></li></ul>"}
        ]}]}"#,
    );
    let list = lists(&d)[0];
    assert_eq!(item_texts(list), ["A", "B", "C"]);
    // The list level plus three levels written in the HTML: exactly the cap of 4.
    let a = list.items[0].list.as_ref().expect("A's list fits");
    assert_eq!(item_texts(a), ["a1"]);
    assert_eq!(item_texts(list.items[1].list.as_ref().unwrap()), ["b1"]);
    assert!(has(
        &l,
        "content_elements[0].items[1].content: a list written inside"
    ));
    // Four levels in the HTML under a list item would be five.
    assert!(list.items[2].list.is_none());
    assert!(has(
        &l,
        "content_elements[0].items[2].content: a list written inside"
    ));
}
