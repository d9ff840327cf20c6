#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the adapters: every real-world fixture converts (with spot checks of
//! what a reader would see), converted documents survive a round trip through the
//! native format, and hand-written inputs pin down detection, references, dates,
//! credits and warnings with their paths.
//!
//! The fixtures are read from `../shared/fixtures/real/` (see SOURCES.md there); they
//! are not copied into this repository.

use std::path::{Path, PathBuf};

use reader_widget::adapters::{
    Format, convert, convert_related, detect, html_to_blocks, rfc2822_to_rfc3339, to_native_json,
};
use reader_widget::html::text_of;
use reader_widget::model::json::parse as parse_str;
use reader_widget::model::{
    Block, Contributors, Decoded, Diagnostics, Document, Json, RelatedSection, decode,
};
use reader_widget::text::caption_credit::{credit_only, split_credit};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/fixtures/real");

fn json(text: &str) -> Json {
    parse_str(text).unwrap_or_else(|e| panic!("test input is not JSON: {e}\n{text}"))
}

fn fixture_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(FIXTURES).join(dir))
        .unwrap_or_else(|e| panic!("cannot list {FIXTURES}/{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {dir}");
    files
}

fn fixture(dir: &str, name: &str) -> Json {
    let path = Path::new(FIXTURES).join(dir).join(name);
    json(&std::fs::read_to_string(&path).unwrap())
}

fn lines(d: &Diagnostics) -> Vec<String> {
    d.items()
        .iter()
        .map(|x| format!("{:?} {x}", x.severity))
        .collect()
}

/// Converts and expects a document; returns it with the diagnostic lines.
fn doc(decoded: Decoded) -> (Document, Vec<String>) {
    let l = lines(&decoded.diagnostics);
    let document = decoded
        .document
        .unwrap_or_else(|| panic!("expected a document, got {l:?}"));
    (document, l)
}

fn convert_text(text: &str) -> (Document, Vec<String>) {
    doc(convert(&json(text), None))
}

fn fatal(text: &str) -> Vec<String> {
    let decoded = convert(&json(text), None);
    assert!(
        decoded.document.is_none(),
        "expected a fatal problem: {text}"
    );
    lines(&decoded.diagnostics)
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

fn related(text: &str) -> (Vec<RelatedSection>, Vec<String>) {
    let (sections, d) = convert_related(&json(text), None);
    (sections, lines(&d))
}

// ---------------------------------------------------------------------------------
// Real-world fixtures

/// What a reader sees of each fixture: headline, paragraph and photo counts, bylines.
struct Expect {
    dir: &'static str,
    file: &'static str,
    headline: &'static str,
    paragraphs: usize,
    images: usize,
    bylines: &'static [&'static str],
}

const EXPECTED: &[Expect] = &[
    Expect {
        dir: "jsonld",
        file: "1000things-yoast-graph.json",
        headline: "6 Wellnessoasen für eure Auszeit im Thermen- & Vulkanland",
        paragraphs: 0,
        images: 1,
        bylines: &["Evgenia Karp"],
    },
    Expect {
        dir: "jsonld",
        file: "folha-reportagenewsarticle.json",
        headline: "Tite diz que errou ao levar taça da Libertadores a Lula em 2012",
        paragraphs: 0,
        images: 1,
        bylines: &["Bruno (Henrique Zecchin) Rodrigues"],
    },
    Expect {
        dir: "jsonld",
        file: "knowtechie-yoast-graph.json",
        headline: "Rocket Pass 4 in Rocket League brings with it a new rally-inspired car",
        paragraphs: 0,
        images: 1,
        bylines: &["Josiah Motley"],
    },
    Expect {
        dir: "jsonld",
        file: "nbcnews-newsarticle-multi-author.json",
        headline: "South Korean president’s impeachment fails after ruling party lawmakers walk out",
        // One 4,000-character articleBody without a line break, cut at sentence ends.
        paragraphs: 14,
        images: 1,
        bylines: &["Stella Kim", "Jennifer Jett"],
    },
    Expect {
        dir: "jsonld",
        file: "spiceworks-newsarticle-multi-image.json",
        headline: "Rewriting Rules of Engagement with Video in 2020: Vidyard Introduces New Features on its Video Platform",
        // A wall of text, cut at sentence ends.
        paragraphs: 8,
        images: 1,
        bylines: &[],
    },
    Expect {
        dir: "jsonld",
        file: "theverge-newsarticle.json",
        headline: "Apple’s Vision Pro hands-on: the Retina display moment for headsets",
        paragraphs: 10,
        images: 4,
        bylines: &["Alex Heath"],
    },
    Expect {
        dir: "wordpress",
        file: "media.json",
        headline: "REST API Client Fixture: Attachment",
        paragraphs: 0,
        images: 1,
        bylines: &[],
    },
    Expect {
        dir: "wordpress",
        file: "post-embed.json",
        headline: "The Beauties of Gullfoss",
        paragraphs: 5,
        // The featured Iceland-test.jpg and the gallery's Iceland-test-150x150.jpg are one
        // upload: one slide.
        images: 6,
        bylines: &["Alan Martin"],
    },
    Expect {
        dir: "wordpress",
        file: "post.json",
        headline: "REST API Client Fixture: Post",
        paragraphs: 1,
        images: 0,
        bylines: &[],
    },
    Expect {
        dir: "wordpress",
        file: "posts-collection.json",
        headline: "REST API Client Fixture: Post",
        paragraphs: 1,
        images: 0,
        bylines: &[],
    },
    Expect {
        dir: "wordpress",
        file: "posts-embed-collection.json",
        headline: "Shinjuku Gyoen National Garden",
        paragraphs: 7,
        images: 2,
        bylines: &["Reyes Martinez"],
    },
    Expect {
        dir: "jsonfeed",
        file: "allthis-v1.0.json",
        headline: "Last thoughts on modifier keys",
        paragraphs: 11,
        images: 2,
        bylines: &["Dr. Drang"],
    },
    Expect {
        dir: "jsonfeed",
        file: "authors-edgecases-v1.1.json",
        headline: "Author test feed",
        paragraphs: 0,
        images: 0,
        bylines: &["Root Author 1", "Root Author 2"],
    },
    Expect {
        dir: "jsonfeed",
        file: "influxdata-blog-v1.1.json",
        headline: "InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark",
        paragraphs: 1,
        images: 0,
        bylines: &["Chris Churilo", "Fake Author 1"],
    },
    Expect {
        dir: "jsonfeed",
        file: "journal-3960-v1.1.json",
        headline: "Lecker, lecker",
        paragraphs: 0,
        images: 1,
        bylines: &["Frank Boës"],
    },
];

fn format_of_dir(dir: &str) -> Format {
    match dir {
        "jsonld" => Format::JsonLd,
        "wordpress" => Format::WordPress,
        "jsonfeed" => Format::JsonFeed,
        other => panic!("unexpected fixture directory {other}"),
    }
}

#[test]
fn every_fixture_is_detected_and_converts_without_a_fatal_problem() {
    let mut seen = 0;
    for dir in ["jsonld", "wordpress", "jsonfeed"] {
        for path in fixture_files(dir) {
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let value = json(&std::fs::read_to_string(&path).unwrap());
            assert_eq!(detect(&value), Ok(format_of_dir(dir)), "{dir}/{name}");
            let decoded = convert(&value, None);
            let l = lines(&decoded.diagnostics);
            assert!(
                !decoded.diagnostics.has_fatal() && decoded.document.is_some(),
                "{dir}/{name}: {l:?}"
            );
            assert!(
                l.iter().all(|x| x.starts_with("Warning")),
                "{dir}/{name}: {l:?}"
            );
            assert!(
                EXPECTED.iter().any(|e| e.dir == dir && e.file == name),
                "{dir}/{name} has no spot check; add it to EXPECTED"
            );
            seen += 1;
        }
    }
    assert_eq!(seen, EXPECTED.len());
}

#[test]
fn fixtures_show_the_expected_headline_paragraphs_photos_and_bylines() {
    for e in EXPECTED {
        let (d, l) = doc(convert(&fixture(e.dir, e.file), None));
        let a = &d.article;
        let label = format!("{}/{} {l:?}", e.dir, e.file);
        assert_eq!(a.headline, e.headline, "{label}");
        assert_eq!(paragraphs(&d).len(), e.paragraphs, "{label}");
        assert_eq!(a.media.len(), e.images, "{label}");
        let names: Vec<&str> = a.bylines.iter().map(|b| b.name.as_str()).collect();
        assert_eq!(names, e.bylines, "{label}");
    }
}

#[test]
fn wordpress_media_json_is_an_attachment_shown_as_a_one_photo_article() {
    let value = fixture("wordpress", "media.json");
    // Detected as WordPress: `title.rendered` plus a `source_url` (no `content`).
    assert_eq!(detect(&value), Ok(Format::WordPress));
    let (d, l) = doc(convert(&value, None));
    assert_eq!(l, Vec::<String>::new());
    assert!(d.article.body.is_empty());
    assert_eq!(d.article.media.len(), 1);
    let m = &d.article.media[0];
    assert_eq!(
        m.src.as_str(),
        "http://example.org/wp-content/uploads//tmp/canola.jpg"
    );
    assert_eq!(m.caption.as_deref(), Some("A sample caption"));
    assert_eq!(
        d.article.published.as_ref().map(|t| t.as_str()),
        Some("2017-02-14T00:00:00Z")
    );
}

#[test]
fn jsonld_fixtures_resolve_graph_references_and_keep_image_details() {
    let (d, _) = doc(convert(
        &fixture("jsonld", "knowtechie-yoast-graph.json"),
        None,
    ));
    let a = &d.article;
    assert_eq!(
        a.url.as_ref().map(|u| u.as_str()),
        Some(
            "https://knowtechie.com/rocket-pass-4-in-rocket-league-brings-with-it-a-new-rally-inspired-car/"
        )
    );
    assert_eq!(a.lang.as_deref(), Some("en-US"));
    assert_eq!(a.media[0].caption.as_deref(), Some("rocket league new car"));
    assert_eq!(
        (a.media[0].width, a.media[0].height),
        (Some(1601), Some(900))
    );

    let (d, _) = doc(convert(
        &fixture("jsonld", "1000things-yoast-graph.json"),
        None,
    ));
    let m = &d.article.media[0];
    // The caption is only a copyright line, so it becomes the credit.
    assert_eq!(m.caption, None);
    assert_eq!(
        m.credit.as_deref(),
        Some("© TV Thermen- & Vulkanland | Michael Königshofer")
    );
    assert_eq!(d.article.section.as_deref(), Some("Ausflug"));

    let (d, l) = doc(convert(
        &fixture("jsonld", "spiceworks-newsarticle-multi-image.json"),
        None,
    ));
    assert_eq!(
        l,
        [
            "Warning [1].author: author without a name; dropped",
            "Warning [1].image[1]: same image as an earlier one (https://images.spiceworks.com/ad/93/9f099ec74374a67121155d25f38a/viyard.jpg); dropped",
            "Warning [1].image[2]: same image as an earlier one (https://images.spiceworks.com/ad/93/9f099ec74374a67121155d25f38a/viyard.jpg); dropped",
        ]
    );
    assert_eq!(
        (d.article.media[0].width, d.article.media[0].height),
        (Some(1200), Some(1200))
    );
    assert!(paragraphs(&d)[0].contains("brands’ rapidly"));

    let (d, _) = doc(convert(
        &fixture("jsonld", "theverge-newsarticle.json"),
        None,
    ));
    let flattened = &d.article.media[3];
    assert!(
        flattened
            .src
            .as_str()
            .ends_with("Apple_WWDC23_Vision_Pro_VisionOS_screen.png")
    );
    assert!(
        flattened
            .caption
            .as_deref()
            .is_some_and(|c| c.starts_with("I wasn’t allowed"))
    );

    let (d, _) = doc(convert(
        &fixture("jsonld", "nbcnews-newsarticle-multi-author.json"),
        None,
    ));
    // Names only: the widget introduces them in the reader's language.
    assert_eq!(
        d.article.contributors,
        Some(Contributors::Names(vec![
            "Abigail Williams".into(),
            "Beomsu Jo".into()
        ]))
    );
    // alternativeHeadline repeats the headline, so the description is the deck.
    assert!(
        d.article
            .deck
            .as_deref()
            .unwrap()
            .starts_with("South Korean President Yoon")
    );
}

#[test]
fn wordpress_fixtures_map_embedded_author_media_terms_and_blocks() {
    let (d, l) = doc(convert(&fixture("wordpress", "post-embed.json"), None));
    assert_eq!(
        l,
        ["Warning excerpt.rendered: repeats the start of the body; not used as the deck"]
    );
    let a = &d.article;
    assert_eq!(a.section.as_deref(), Some("Photography"));
    assert_eq!(
        a.bylines[0].url.as_ref().map(|u| u.as_str()),
        Some("https://demo.worona.org/author/alan/")
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2016-11-25T18:31:11Z")
    );
    let featured = &a.media[0];
    assert_eq!(featured.alt.as_deref(), Some("iceland"));
    assert_eq!((featured.width, featured.height), (Some(5000), Some(3025)));
    assert_eq!(
        featured.srcset.as_ref().map(|s| s.as_str()),
        Some(
            "https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-150x150.jpg 150w, \
             https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-300x182.jpg 300w, \
             https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-768x465.jpg 768w, \
             https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-1024x620.jpg 1024w, \
             https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-1200x726.jpg 1200w, \
             https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test.jpg 5000w"
        )
    );
    assert_eq!(
        a.media[1].caption.as_deref(),
        Some("Gullfoss, an iconic waterfall of Iceland.")
    );
    let kinds: Vec<&str> = a
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph { .. } => "p",
            Block::Heading { .. } => "h",
            Block::Quote { .. } => "q",
            Block::List { .. } => "ul",
            Block::Separator => "hr",
            Block::Embed(_) => "embed",
            Block::Video(_) => "video",
            Block::Audio(_) => "audio",
        })
        .collect();
    // The YouTube player, the tweet and the Instagram post are embeds where they stood.
    assert_eq!(
        kinds,
        [
            "p", "p", "h", "p", "q", "p", "embed", "ul", "p", "embed", "embed"
        ]
    );
    let embed = |i: usize| match &a.body[i] {
        Block::Embed(e) => e,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        embed(6).url.as_str(),
        "https://www.youtube.com/watch?v=3bUtvUAeX8s"
    );
    let tweet = embed(9);
    assert_eq!(tweet.provider.name(), "x");
    assert_eq!(
        tweet.url.as_str(),
        "https://twitter.com/Travel_Places_/status/911998747198009344"
    );
    // The media link is the tweet's picture, not its words.
    assert_eq!(tweet.text.as_deref(), Some("Exploring Iceland"));
    assert_eq!(
        tweet.author.as_deref(),
        Some("Traveling Ideas (@Travel_Places_)")
    );
    assert_eq!(
        tweet.published.as_ref().map(|t| t.as_str()),
        Some("2017-09-24")
    );
    let insta = embed(10);
    assert_eq!(insta.provider.name(), "instagram");
    // The post, not the author's profile linked after it.
    assert_eq!(
        insta.url.as_str(),
        "https://www.instagram.com/p/BdqJaLiAYfe/"
    );
    assert!(
        insta
            .text
            .as_deref()
            .unwrap()
            .starts_with("Presents PHOTOGRAPHER")
    );
    assert!(!insta.text.as_deref().unwrap().contains("A post shared by"));
    let Block::List(list) = &a.body[7] else {
        panic!()
    };
    assert_eq!((list.items.len(), list.ordered), (9, false));

    let (sections, l) = {
        let (s, d) = convert_related(&fixture("wordpress", "posts-embed-collection.json"), None);
        (s, lines(&d))
    };
    assert_eq!(l, Vec::<String>::new());
    assert_eq!(sections.len(), 1);
    let cards = &sections[0].items;
    assert_eq!(cards.len(), 5);
    assert!(
        cards
            .iter()
            .all(|c| c.image.is_some() && c.teaser.is_some())
    );
    assert_eq!(cards[1].title, "Antelope Canyon");
    assert_eq!(cards[1].section.as_deref(), Some("Nature"));
    assert!(
        !cards[1]
            .teaser
            .as_deref()
            .unwrap()
            .contains("Continue reading")
    );
    assert_eq!(
        cards[0].published.as_ref().map(|t| t.as_str()),
        Some("2016-10-25T18:25:24Z")
    );
}

#[test]
fn json_feed_fixtures_become_an_article_and_a_section_or_cards() {
    let (d, l) = doc(convert(
        &fixture("jsonfeed", "influxdata-blog-v1.1.json"),
        None,
    ));
    assert_eq!(l, Vec::<String>::new());
    assert_eq!(
        d.article.published.as_ref().map(|t| t.as_str()),
        Some("2019-05-31T12:17:58-07:00")
    );
    assert_eq!(d.related.len(), 1);
    assert_eq!(d.related[0].title.as_deref(), Some("Blog – InfluxData"));
    assert_eq!(d.related[0].items.len(), 2);

    let (d, l) = doc(convert(
        &fixture("jsonfeed", "journal-3960-v1.1.json"),
        None,
    ));
    assert!(
        l[0].starts_with("Warning items[0].content_html: tracking pixel https://stats.3960.org/"),
        "{l:?}"
    );
    assert!(matches!(&d.article.body[..], [Block::Quote { .. }]));
    // Titles are plain text in JSON Feed: "<i>" is not markup.
    let titles: Vec<&str> = d.related[0]
        .items
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert!(
        titles.contains(&"Die Rückkehr von <i> und <b>"),
        "{titles:?}"
    );

    for (file, cards, warnings) in [
        ("journal-3960-v1.1.json", 20, 0),
        ("allthis-v1.0.json", 12, 0),
        ("influxdata-blog-v1.1.json", 3, 0),
        ("authors-edgecases-v1.1.json", 0, 4),
    ] {
        let (sections, d) = convert_related(&fixture("jsonfeed", file), None);
        assert_eq!(sections.len(), 1, "{file}");
        assert_eq!(sections[0].items.len(), cards, "{file}");
        assert_eq!(d.items().len(), warnings, "{file}: {:?}", lines(&d));
    }
}

#[test]
fn every_converted_fixture_round_trips_through_the_native_format() {
    for dir in ["jsonld", "wordpress", "jsonfeed"] {
        for path in fixture_files(dir) {
            let value = json(&std::fs::read_to_string(&path).unwrap());
            let (original, _) = doc(convert(&value, None));
            let native = to_native_json(&original);
            assert_eq!(native["version"], 1);
            let text = serde_json::to_string(&native).unwrap();
            let again = decode(&json(&text));
            assert_eq!(
                lines(&again.diagnostics),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
            assert_eq!(
                again.document.as_ref(),
                Some(&original),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn any_document_read_as_any_format_never_panics() {
    let formats = [
        Format::Native,
        Format::JsonLd,
        Format::WordPress,
        Format::JsonFeed,
    ];
    let mut inputs: Vec<Json> = ["jsonld", "wordpress", "jsonfeed"]
        .iter()
        .flat_map(|dir| fixture_files(dir))
        .map(|p| json(&std::fs::read_to_string(p).unwrap()))
        .collect();
    for text in [
        "null",
        "[]",
        "{}",
        "[[[]]]",
        r#"{"items":"x","version":"https://jsonfeed.org/version/1"}"#,
        r#"{"@graph":{"@id":"a","author":{"@id":"a"}},"@type":"Article","headline":"h","author":{"@id":"a"}}"#,
        r#"{"title":{"rendered":7},"content":{"rendered":["x"]},"_embedded":{"wp:term":[7,[8]]}}"#,
    ] {
        inputs.push(json(text));
    }
    for input in &inputs {
        for format in formats {
            let _ = convert(input, Some(format));
            let _ = convert_related(input, Some(format));
        }
    }
}

#[test]
fn native_output_writes_plain_paragraphs_as_text_and_rich_ones_as_escaped_html() {
    let (d, _) = convert_text(
        r#"{"title":{"rendered":"T"},"content":{"rendered":
            "<p>Plain &amp; simple</p><p>A <b>bold</b> &lt;tag&gt; <a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">link</a></p>"}}"#,
    );
    let native = to_native_json(&d);
    assert_eq!(
        native["article"]["body"],
        serde_json::json!([
            {"type": "paragraph", "text": "Plain & simple"},
            {"type": "paragraph", "html": "A <b>bold</b> &lt;tag&gt; <a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\">link</a>"},
        ])
    );
    assert!(native.get("related").is_none());
}

// ---------------------------------------------------------------------------------
// Detection

#[test]
fn formats_have_names() {
    for f in [
        Format::Native,
        Format::JsonLd,
        Format::WordPress,
        Format::JsonFeed,
    ] {
        assert_eq!(Format::from_name(f.name()), Some(f));
    }
    assert_eq!(Format::from_name("json-ld"), Some(Format::JsonLd));
    assert_eq!(Format::from_name("schema.org"), Some(Format::JsonLd));
    assert_eq!(Format::from_name("WP"), Some(Format::WordPress));
    assert_eq!(Format::from_name("json-feed"), Some(Format::JsonFeed));
    assert_eq!(Format::from_name("rss"), None);
}

#[test]
fn detection_reads_the_content() {
    for (text, format) in [
        (
            r#"{"version":1,"article":{"headline":"h"}}"#,
            Format::Native,
        ),
        (r#"{"article":{}}"#, Format::Native),
        (r#"{"version":1,"related":[]}"#, Format::Native),
        (
            r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#,
            Format::JsonFeed,
        ),
        (r#"{"@context":"https://schema.org"}"#, Format::JsonLd),
        (r#"{"@graph":[]}"#, Format::JsonLd),
        (r#"[{"a":1},{"@type":"NewsArticle"}]"#, Format::JsonLd),
        (
            r#"{"title":{"rendered":"t"},"content":{"rendered":""}}"#,
            Format::WordPress,
        ),
        (
            r#"[{"title":{"rendered":"t"},"content":{"rendered":""}}]"#,
            Format::WordPress,
        ),
    ] {
        assert_eq!(detect(&json(text)), Ok(format), "{text}");
    }
}

#[test]
fn undetectable_documents_name_the_formats_and_what_was_found() {
    let expect = |text: &str, found: &str| {
        let err = detect(&json(text)).unwrap_err();
        assert!(
            err.starts_with("cannot tell the format: expected the native format"),
            "{err}"
        );
        assert!(err.contains("JSON Feed") && err.contains("JSON-LD") && err.contains("WordPress"));
        assert!(err.ends_with(&format!("found {found}")), "{err}");
    };
    expect("{}", "an empty object");
    expect(r#"{"b":1,"a":2,"c":3}"#, "an object with keys: b, a, c");
    expect(
        r#"{"k1":1,"k2":1,"k3":1,"k4":1,"k5":1,"k6":1,"k7":1,"k8":1,"k9":1}"#,
        "an object with keys: k1, k2, k3, k4, k5, k6, k7, k8…",
    );
    expect("[1, 2, 3]", "an array of 3 numbers");
    expect(r#"["x"]"#, "an array of 1 string");
    expect(r#"[1, "x"]"#, "an array of 2 values of mixed types");
    expect(
        r#"[{"id":1,"name":"x"},{"id":2}]"#,
        "an array of 2 objects (the first has keys: id, name)",
    );
    expect("[]", "an empty array");
    expect(r#""text""#, "a string");
    expect("null", "null");
    expect(r#"{"version":"2"}"#, "an object with keys: version");

    let l = fatal(r#"{"hello":"world"}"#);
    assert_eq!(l.len(), 1);
    assert!(
        l[0].starts_with("Fatal document: cannot tell the format"),
        "{l:?}"
    );
    assert!(l[0].ends_with("found an object with keys: hello"), "{l:?}");
    let (sections, l) = related("[1, 2, 3]");
    assert!(sections.is_empty());
    assert!(l[0].ends_with("found an array of 3 numbers"), "{l:?}");
}

#[test]
fn an_explicit_format_skips_detection() {
    let value = json(r#"{"headline":"Only a headline"}"#);
    assert!(detect(&value).is_err());
    let (d, l) = doc(convert(&value, Some(Format::JsonLd)));
    assert_eq!(d.article.headline, "Only a headline");
    assert_eq!(
        l,
        ["Warning @type: not an article type; read as an Article because it has a headline"]
    );
    // The native format through `convert` is the native decoder itself.
    let (d, l) = convert_text(r#"{"version":1,"article":{"headline":"Native"}}"#);
    assert_eq!((d.article.headline.as_str(), l.len()), ("Native", 0));
}

// ---------------------------------------------------------------------------------
// schema.org JSON-LD

#[test]
fn jsonld_graph_references_are_followed_with_paths_in_warnings() {
    let (d, l) = convert_text(
        r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"#site","name":"Site"},
            {"@type":"Person","@id":"#jane","name":"Jane Roe","url":"https://x.org/jane"},
            {"@type":["NewsArticle","Thing"],"@id":"#article",
             "headline":"Graph story",
             "author":[{"@id":"#jane"},{"@id":"#ghost"}],
             "image":[{"url":"javascript:alert(1)"},{"@id":"#photo"}],
             "mainEntityOfPage":{"@id":"#page"}},
            {"@type":"ImageObject","@id":"#photo","contentUrl":"https://x.org/p.jpg",
             "caption":"The hall at night. (Jane Roe / Example Daily)","width":{"@type":"QuantitativeValue","value":"800"},"height":"600px"},
            {"@type":"WebPage","@id":"#page","url":"https://x.org/story","description":"From the page","inLanguage":"en-GB"}
        ]}"##,
    );
    assert_eq!(
        l,
        [
            "Warning @graph[2].image[0].url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); image dropped",
            "Warning @graph[2].author[1]: reference to \"#ghost\" is not defined in this document; dropped",
        ]
    );
    let a = &d.article;
    assert_eq!(a.headline, "Graph story");
    assert_eq!(a.bylines.len(), 1);
    assert_eq!(a.bylines[0].name, "Jane Roe");
    assert_eq!(
        a.bylines[0].url.as_ref().map(|u| u.as_str()),
        Some("https://x.org/jane")
    );
    assert_eq!(
        a.url.as_ref().map(|u| u.as_str()),
        Some("https://x.org/story")
    );
    assert_eq!(a.deck.as_deref(), Some("From the page"));
    assert_eq!(a.lang.as_deref(), Some("en-GB"));
    let m = &a.media[0];
    assert_eq!(m.src.as_str(), "https://x.org/p.jpg");
    assert_eq!((m.width, m.height), (Some(800), Some(600)));
    assert_eq!(m.caption.as_deref(), Some("The hall at night."));
    assert_eq!(m.credit.as_deref(), Some("Jane Roe / Example Daily"));
}

#[test]
fn jsonld_type_variants_and_context_objects_are_accepted() {
    for (ty, context) in [
        (r#""BlogPosting""#, r#""https://schema.org""#),
        (
            r#"["Thing","LiveBlogPosting"]"#,
            r#"{"@vocab":"http://schema.org/"}"#,
        ),
        (
            r#""schema:ScholarlyArticle""#,
            r#"["https://schema.org",{"x":"y"}]"#,
        ),
        (r#""https://schema.org/Report""#, r#""https://schema.org""#),
        (r#""OpinionNewsArticle""#, r#""http://schema.org""#),
    ] {
        let text = format!(r#"{{"@context":{context},"@type":{ty},"name":"Named"}}"#);
        let (d, l) = convert_text(&text);
        assert_eq!(d.article.headline, "Named", "{text}");
        assert!(l.is_empty(), "{text}: {l:?}");
    }
    assert_eq!(
        fatal(r#"[{"@type":"BreadcrumbList"},{"@type":["WebPage"]}]"#),
        [
            "Fatal document: no schema.org article (NewsArticle, Article, BlogPosting, Report …) found; found types: BreadcrumbList, WebPage"
        ]
    );
    assert_eq!(
        fatal(r#"{"@type":"NewsArticle","headline":"  ","name":["",""]}"#),
        ["Fatal headline: missing: the article has no headline or name"]
    );
    // An article nested in a WebPage's mainEntity is found too.
    let (d, _) =
        convert_text(r#"{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Nested"}}"#);
    assert_eq!(d.article.headline, "Nested");
}

#[test]
fn jsonld_author_variants() {
    let (d, l) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","author":[
            "Ann Bee",
            {"@type":"Person","name":" Cy  Dee ","url":"https://x.org/cy"},
            {"@type":"Organization","name":"Example Daily"},
            {"@type":"Person","name":""},
            {"@type":"Person","name":"Ann Bee"},
            42
        ]}"#,
    );
    let names: Vec<&str> = d.article.bylines.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, ["Ann Bee", "Cy Dee", "Example Daily"]);
    assert_eq!(
        l,
        [
            "Warning author[3]: author without a name; dropped",
            "Warning author[5]: expected a person or a name, found a number; dropped",
        ]
    );
    let (d, _) = convert_text(r#"{"@type":"Article","headline":"h","author":"Solo Writer"}"#);
    assert_eq!(d.article.bylines[0].name, "Solo Writer");
}

#[test]
fn jsonld_image_variants() {
    let (d, l) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","image":[
            "https://x.org/a.jpg",
            {"@type":"ImageObject","url":["https://x.org/b.jpg"],"width":1200,"height":"675",
             "caption":"B","creditText":"Photo Desk"},
            {"@type":"ImageObject","contentUrl":"https://x.org/c.jpg","caption":"C",
             "copyrightHolder":{"@type":"Organization","name":"Agency"}},
            {"@type":"ImageObject","url":"https://x.org/a.jpg"},
            {"@type":"ImageObject","caption":"no url"},
            {"@type":"ImageObject","url":"https://x.org/d.jpg","width":"wide","author":"Dee"}
        ]}"#,
    );
    assert_eq!(
        l,
        [
            "Warning image[4]: image without a url or contentUrl; dropped",
            "Warning image[5].width: expected a positive whole number of pixels, found \"wide\"; ignored",
            "Warning image[3]: same image as an earlier one (https://x.org/a.jpg); dropped",
        ]
    );
    let m = &d.article.media;
    assert_eq!(m.len(), 4);
    assert_eq!(m[0].src.as_str(), "https://x.org/a.jpg");
    assert_eq!((m[1].width, m[1].height), (Some(1200), Some(675)));
    assert_eq!(m[1].credit.as_deref(), Some("Photo Desk"));
    assert_eq!(m[2].credit.as_deref(), Some("Agency"));
    assert_eq!(m[3].credit.as_deref(), Some("Dee"));
    // A single ImageObject, and thumbnailUrl when there is no image at all.
    let (d, _) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","image":{"@type":"ImageObject","url":"https://x.org/one.jpg"}}"#,
    );
    assert_eq!(d.article.media.len(), 1);
    let (d, _) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","thumbnailUrl":"https://x.org/t.jpg"}"#,
    );
    assert_eq!(d.article.media[0].src.as_str(), "https://x.org/t.jpg");
}

#[test]
fn jsonld_fields_map_to_the_article() {
    let (d, l) = convert_text(
        r#"{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Tom &amp; Jerry","alternativeHeadline":"The deck","description":"Not the deck",
            "articleSection":["World","Europe"],"inLanguage":{"@type":"Language","name":"English","alternateName":"en"},
            "dateline":"PARIS","datePublished":"2024-12-07T10:00Z","dateModified":"2024-12-07T11:30:00+0100",
            "url":"https://x.org/a",
            "articleBody":"First line.\n\nSecond &amp; last.\nThird."}"#,
    );
    assert!(l.is_empty(), "{l:?}");
    let a = &d.article;
    assert_eq!(a.headline, "Tom & Jerry");
    assert_eq!(a.deck.as_deref(), Some("The deck"));
    assert_eq!(a.section.as_deref(), Some("World"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.dateline.as_deref(), Some("PARIS"));
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2024-12-07T10:00:00Z")
    );
    assert_eq!(
        a.updated.as_ref().map(|t| t.as_str()),
        Some("2024-12-07T11:30:00+01:00")
    );
    assert_eq!(paragraphs(&d), ["First line.", "Second & last.", "Third."]);
}

#[test]
fn jsonld_dates_without_a_zone_stay_local_and_bad_dates_are_dropped() {
    let (d, l) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","datePublished":"2024-12-07T10:00","dateModified":"last Tuesday"}"#,
    );
    assert_eq!(
        d.article.published.as_ref().map(|t| t.as_str()),
        Some("2024-12-07T10:00:00")
    );
    assert!(d.article.published.as_ref().unwrap().is_local());
    assert_eq!(d.article.updated, None);
    assert_eq!(
        l,
        [
            "Warning datePublished: \"2024-12-07T10:00\" has no time zone; shown as the publisher's local time",
            "Warning dateModified: \"last Tuesday\" is not a date this widget can read; ignored",
        ]
    );
}

#[test]
fn jsonld_lists_become_related_cards() {
    let (sections, l) = related(
        r#"{"@context":"https://schema.org","@type":"ItemList","name":"Most read","itemListElement":[
            {"@type":"ListItem","position":1,"item":{"@type":"NewsArticle","headline":"One","url":"https://x.org/1",
              "description":"Teaser one","image":"https://x.org/1.jpg","datePublished":"2024-01-01T00:00:00Z"}},
            {"@type":"ListItem","position":2,"url":"https://x.org/2","name":"Two"},
            {"@type":"ListItem","position":3,"item":"https://x.org/3","name":"Three"},
            {"@type":"ListItem","position":4,"name":"No url"}
        ]}"#,
    );
    assert_eq!(
        l,
        ["Warning itemListElement[3]: card without a safe url; dropped"]
    );
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].title.as_deref(), Some("Most read"));
    let cards = &sections[0].items;
    let titles: Vec<&str> = cards.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["One", "Two", "Three"]);
    assert_eq!(cards[0].teaser.as_deref(), Some("Teaser one"));
    assert!(cards[0].image.is_some() && cards[0].published.is_some());
    assert_eq!(cards[2].url.as_str(), "https://x.org/3");

    let (sections, l) = related(
        r#"[{"@type":"NewsArticle","headline":"A","url":"https://x.org/a"},
            {"@type":"BlogPosting","name":"B","mainEntityOfPage":"https://x.org/b"}]"#,
    );
    assert!(l.is_empty(), "{l:?}");
    assert_eq!(sections[0].items.len(), 2);
    assert_eq!(sections[0].items[1].url.as_str(), "https://x.org/b");
}

// ---------------------------------------------------------------------------------
// WordPress

#[test]
fn wordpress_without_embed_reports_ids_it_cannot_show() {
    let (d, l) = convert_text(
        r#"{"id":1,"date":"2024-03-01T09:00:00","date_gmt":"2024-03-01T08:00:00",
            "modified_gmt":null,"link":"https://wp.example/?p=1",
            "title":{"rendered":"Caf&eacute; &#8220;open&#8221;"},
            "content":{"rendered":"<p>Body.</p>","protected":false},
            "excerpt":{"rendered":"<p>A short deck that is not the body [&hellip;]</p>"},
            "author":7,"featured_media":12,"categories":[1]}"#,
    );
    assert_eq!(
        l,
        [
            "Warning featured_media: the featured image is only an id; request the post with ?_embed to show it",
            "Warning author: the author is only an id; request the post with ?_embed to show the byline",
        ]
    );
    let a = &d.article;
    assert_eq!(a.headline, "Café “open”");
    assert_eq!(
        a.deck.as_deref(),
        Some("A short deck that is not the body…")
    );
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2024-03-01T08:00:00Z")
    );
    assert_eq!(a.updated, None);
    assert!(a.bylines.is_empty() && a.media.is_empty());
}

#[test]
fn wordpress_with_embed_reads_author_media_credit_and_category() {
    let (d, l) = convert_text(
        r#"{"title":{"rendered":"Embedded"},"content":{"rendered":"<p>Text</p>"},
            "excerpt":{"rendered":"<p>The deck. <a class=\"more-link\" href=\"/x\">Continue reading<span> &#8220;Embedded&#8221;</span></a></p>"},
            "date":"2024-03-01T09:00:00",
            "_embedded":{
              "author":[{"name":"Ann Bee","link":"https://wp.example/author/ann"},{"code":"rest_user_invalid_id"}],
              "wp:featuredmedia":[{"source_url":"https://wp.example/big.jpg","alt_text":"A hall",
                 "caption":{"rendered":"<p>The hall at dusk. (Photo: Cy Dee)</p>"},
                 "media_details":{"width":2000,"height":1000,"sizes":{
                   "thumbnail":{"source_url":"https://wp.example/t.jpg","width":150,"height":150},
                   "large":{"source_url":"https://wp.example/l.jpg","width":1024,"height":512}}}}],
              "wp:term":[[{"taxonomy":"category","slug":"uncategorized","name":"Uncategorized"},
                          {"taxonomy":"category","name":"Arts &amp; Culture"}],
                         [{"taxonomy":"post_tag","name":"Tag"}]]}}"#,
    );
    assert_eq!(
        l,
        [
            "Warning _embedded.author[1]: the author could not be embedded (rest_user_invalid_id); dropped",
            "Warning date: \"2024-03-01T09:00:00\" has no time zone; shown as the publisher's local time",
        ]
    );
    let a = &d.article;
    assert_eq!(a.deck.as_deref(), Some("The deck."));
    assert_eq!(a.section.as_deref(), Some("Arts & Culture"));
    assert_eq!(a.bylines.len(), 1);
    let m = &a.media[0];
    assert_eq!(m.caption.as_deref(), Some("The hall at dusk."));
    assert_eq!(m.credit.as_deref(), Some("Cy Dee"));
    assert_eq!(m.alt.as_deref(), Some("A hall"));
    assert_eq!(
        m.srcset.as_ref().map(|s| s.as_str()),
        Some(
            "https://wp.example/t.jpg 150w, https://wp.example/l.jpg 1024w, https://wp.example/big.jpg 2000w"
        )
    );
}

#[test]
fn wordpress_without_a_title_is_fatal() {
    assert_eq!(
        doc_fatal(
            r#"{"title":{"rendered":"  "},"content":{"rendered":"<p>x</p>"}}"#,
            Format::WordPress
        ),
        ["Fatal title.rendered: missing: every article needs a headline"]
    );
    assert_eq!(
        doc_fatal("[]", Format::WordPress),
        ["Fatal document: an empty list of posts has no article to show"]
    );
}

fn doc_fatal(text: &str, format: Format) -> Vec<String> {
    let decoded = convert(&json(text), Some(format));
    assert!(decoded.document.is_none());
    lines(&decoded.diagnostics)
}

// ---------------------------------------------------------------------------------
// HTML → blocks

fn blocks(html: &str) -> (reader_widget::adapters::HtmlBody, Vec<String>) {
    let mut d = Diagnostics::default();
    let body = html_to_blocks(html, "content.rendered", &mut d);
    (body, lines(&d))
}

/// "ordered:First[unordered:inner]/Second": each item's text, nested lists in brackets.
fn list_summary(list: &reader_widget::model::List) -> String {
    let kind = if list.ordered { "ordered" } else { "unordered" };
    let items: Vec<String> = list
        .items
        .iter()
        .map(|item| {
            let nested = item
                .list
                .as_ref()
                .map(|l| format!("[{}]", list_summary(l)))
                .unwrap_or_default();
            format!("{}{nested}", text_of(&item.content))
        })
        .collect();
    format!("{kind}:{}", items.join("/"))
}

#[test]
fn html_splits_into_blocks_and_photos() {
    let (body, l) = blocks(
        r#"Loose <b>text</b>
        <h2>Sub<em>head</em></h2>
        <p>One<br><br>Two</p>
        <blockquote><p>Quoted words.</p><cite>Ann Bee</cite></blockquote>
        <blockquote><p>“Go now.” – Cy Dee</p></blockquote>
        <ol><li>First <ul><li>inner</li></ul></li><li>Second</li></ol>
        <hr>
        <figure><img src="/a.jpg" width="800" height="600" alt="A" srcset="/a.jpg 800w, /a2.jpg 1600w"><figcaption>Cap <i>A</i> (Jane Roe / Daily)</figcaption></figure>
        <p>Inline <img src="https://x.org/b.png"> image</p>
        <script>alert(1)</script><style>p{}</style>
        <iframe src="https://video.example/embed/1"></iframe>
        <img src="https://pixel.wp.com/b.gif" width="1" height="1">
        <img src="javascript:alert(1)">
        <pre>line 1
  line 2</pre>
        <table><tr><td>a</td><td>b</td></tr></table>"#,
    );
    assert_eq!(
        l,
        [
            "Warning content.rendered: tracking pixel https://pixel.wp.com/b.gif dropped",
            "Warning content.rendered: <img src=\"javascript:alert(1)\">: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); image dropped",
            // A frame that plays nothing the widget knows is still dropped.
            "Warning content.rendered: embedded <iframe> (https://video.example/embed/1) cannot be shown; dropped",
        ]
    );
    let summary: Vec<String> = body
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => format!("p:{}", text_of(content)),
            Block::Heading { text } => format!("h:{text}"),
            Block::Quote { text, cite } => format!("q:{text}|{}", cite.as_deref().unwrap_or("")),
            Block::List(list) => format!("list:{}", list_summary(list)),
            Block::Separator => "hr".to_owned(),
            Block::Embed(e) => format!("embed:{}:{}", e.provider.name(), e.url),
            Block::Video(_) => "video".to_owned(),
            Block::Audio(_) => "audio".to_owned(),
        })
        .collect();
    assert_eq!(
        summary,
        [
            "p:Loose text",
            "h:Subhead",
            "p:One",
            "p:Two",
            "q:Quoted words.|Ann Bee",
            "q:“Go now.”|Cy Dee",
            "list:ordered:First[unordered:inner]/Second",
            "hr",
            "p:Inline image",
            "p:line 1\n  line 2",
            "p:a · b",
        ]
    );
    assert_eq!(body.media.len(), 2);
    let a = &body.media[0];
    assert_eq!(a.src.as_str(), "/a.jpg");
    assert_eq!((a.width, a.height), (Some(800), Some(600)));
    assert_eq!(a.alt.as_deref(), Some("A"));
    assert_eq!(a.caption.as_deref(), Some("Cap A (Jane Roe / Daily)"));
    assert_eq!(
        a.srcset.as_ref().map(|s| s.as_str()),
        Some("/a.jpg 800w, /a2.jpg 1600w")
    );
    assert_eq!(body.media[1].src.as_str(), "https://x.org/b.png");
}

#[test]
fn html_captions_attach_to_their_photos() {
    let (body, l) = blocks(
        r#"<div class="wp-caption"><img src="/c.jpg"><p class="wp-caption-text">Old style</p></div>
        <figure class="gallery"><figure><img src="/g1.jpg"><figcaption>One</figcaption></figure>
        <figure><img src="/g2.jpg"></figure><figcaption>Gallery</figcaption></figure>
        <figure><table><tr><td>x</td></tr></table><figcaption>Table note</figcaption></figure>
        <a href="/big.jpg"><img data-src="/lazy.jpg" src="data:image/gif;base64,R0lG"></a>"#,
    );
    assert!(l.is_empty(), "{l:?}");
    let captions: Vec<(&str, Option<&str>)> = body
        .media
        .iter()
        .map(|m| (m.src.as_str(), m.caption.as_deref()))
        .collect();
    assert_eq!(
        captions,
        [
            ("/c.jpg", Some("Old style")),
            ("/g1.jpg", Some("One")),
            ("/g2.jpg", Some("Gallery")),
            // The thumbnail links to its full-size file: that one is shown.
            ("/big.jpg", None),
        ]
    );
    let texts: Vec<String> = body
        .blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => text_of(content),
            _ => String::new(),
        })
        .collect();
    assert_eq!(texts, ["x", "Table note"]);
}

#[test]
fn html_never_panics_on_broken_markup() {
    for html in [
        "",
        "<",
        "<p",
        "</p></figure></blockquote>",
        "<figure><figure><img src=a>",
        "<blockquote><blockquote>x",
        "<ul><li>a<ol><li>b",
        "<h2>unclosed <p>next",
        "<figcaption>stray</figcaption>",
        "<pre>",
        "<table><td>x",
        "<a href='x'><img src=y></a>",
        &"<div>".repeat(10_000),
        &"<blockquote>".repeat(5_000),
    ] {
        let _ = blocks(html);
    }
}

// ---------------------------------------------------------------------------------
// JSON Feed

#[test]
fn rfc2822_dates_become_rfc3339() {
    for (rfc2822, rfc3339) in [
        (
            "Fri, 31 May 2019 12:17:58 -0700",
            "2019-05-31T12:17:58-07:00",
        ),
        ("31 May 2019 12:17 GMT", "2019-05-31T12:17:00Z"),
        ("Tue, 6 Feb 18 06:34:12 PST", "2018-02-06T06:34:12-08:00"),
        (
            "Tue, 06 Feb 2018 06:34:12 +0000 (UTC)",
            "2018-02-06T06:34:12+00:00",
        ),
        (
            "Sun, 01 December 2024 23:59:59 EDT",
            "2024-12-01T23:59:59-04:00",
        ),
    ] {
        assert_eq!(
            rfc2822_to_rfc3339(rfc2822).as_deref(),
            Some(rfc3339),
            "{rfc2822}"
        );
    }
    for bad in [
        "",
        "2019-05-31T12:17:58Z",
        "31 Foo 2019 12:17:58 GMT",
        "31 May 2019 12:17:58",
        "31 May 2019 12:17:58 XYZ",
        "Fri 31 May 2019 12:17:58 GMT extra",
        "1, 31 May 2019 12:17:58 GMT",
    ] {
        assert_eq!(rfc2822_to_rfc3339(bad), None, "{bad}");
    }
}

#[test]
fn json_feed_items_become_cards_with_next_url() {
    let feed = r#"{"version":"https://jsonfeed.org/version/1","title":"Feed &amp; more",
        "next_url":"https://x.org/feed?page=2",
        "items":[
          {"id":"1","url":"https://x.org/1","title":"First","content_text":"Body one.\n\nBody two.",
           "summary":"Deck one","image":"https://x.org/1.jpg","banner_image":"https://x.org/1b.jpg",
           "date_published":"Fri, 31 May 2019 12:17:58 -0700","author":{"name":"Legacy"},
           "authors":[{"name":"Modern","url":"mailto:m@x.org"}]},
          {"id":"2","external_url":"https://elsewhere.org/2","summary":"A summary used as the title when there is none"},
          {"id":"3","title":"No link"},
          {"id":"4","url":"https://x.org/4","title":"Long","content_html":"<p>LONGTEXT</p>"},
          "not an item"
        ]}"#
        .replace("LONGTEXT", &"word ".repeat(80));
    let (d, l) = convert_text(&feed);
    assert_eq!(
        l,
        [
            "Warning items[4]: expected an item object, found a string; dropped",
            "Warning items[0].authors[0].url: URL scheme \"mailto:\" is not allowed (only http, https and relative URLs); ignored",
            "Warning items[2]: card without a safe url; dropped",
        ]
    );
    let a = &d.article;
    assert_eq!(a.headline, "First");
    assert_eq!(a.deck.as_deref(), Some("Deck one"));
    assert_eq!(a.bylines.len(), 1);
    assert_eq!(a.bylines[0].name, "Modern");
    assert_eq!(a.media.len(), 2);
    assert_eq!(paragraphs(&d), ["Body one.", "Body two."]);
    assert_eq!(
        a.published.as_ref().map(|t| t.as_str()),
        Some("2019-05-31T12:17:58-07:00")
    );
    let s = &d.related[0];
    assert_eq!(s.title.as_deref(), Some("Feed & more"));
    assert_eq!(
        s.next_url.as_ref().map(|u| u.as_str()),
        Some("https://x.org/feed?page=2")
    );
    assert_eq!(s.items.len(), 2);
    assert_eq!(s.items[0].url.as_str(), "https://elsewhere.org/2");
    assert_eq!(
        s.items[0].title,
        "A summary used as the title when there is none"
    );
    let teaser = s.items[1].teaser.as_deref().unwrap();
    assert!(
        teaser.ends_with("word…") && teaser.chars().count() <= 201,
        "{teaser}"
    );

    let (sections, l) = related(&feed);
    // As cards, the article's byline (and its mailto: URL) is not read.
    assert_eq!(l.len(), 2, "{l:?}");
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].items.len(), 3);
    assert_eq!(
        sections[0].next_url.as_ref().map(|u| u.as_str()),
        Some("https://x.org/feed?page=2")
    );
    assert_eq!(
        sections[0].items[0].image.as_ref().unwrap().src.as_str(),
        "https://x.org/1.jpg"
    );

    let (sections, l) = related(
        r#"{"version":"https://jsonfeed.org/version/1.1","items":[],"next_url":"javascript:x"}"#,
    );
    assert_eq!(sections[0].next_url, None);
    assert_eq!(
        l,
        [
            "Warning next_url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); ignored"
        ]
    );
}

#[test]
fn json_feed_dates_and_empty_feeds() {
    let (d, l) = convert_text(
        r#"{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"t",
            "date_published":"Fri, 31 May 2019 25:17:58 -0700","date_modified":"2019-05-31T12:17:58+02:00"}]}"#,
    );
    assert_eq!(d.article.published, None);
    assert!(d.article.updated.is_some());
    assert_eq!(
        l,
        [
            "Warning items[0].date_published: \"Fri, 31 May 2019 25:17:58 -0700\" is not a real date and time; ignored"
        ]
    );
    assert_eq!(
        fatal(r#"{"version":"https://jsonfeed.org/version/1.1","items":[]}"#),
        ["Fatal items: the feed has no items, so there is no article to show"]
    );
}

// ---------------------------------------------------------------------------------
// Native related-src

#[test]
fn a_native_related_document_yields_its_sections_with_native_paths() {
    let (sections, l) = related(
        r#"{"version":1,"related":[{"title":"More","items":[
            {"url":"https://x.org/1","title":"One"},{"title":"No url"}]}]}"#,
    );
    assert_eq!(
        l,
        ["Warning related[0].items[1]: card without a url; dropped"]
    );
    assert_eq!(sections[0].items.len(), 1);
    let (sections, l) = related(r#"{"version":2,"related":[]}"#);
    assert!(sections.is_empty());
    assert_eq!(
        l,
        ["Fatal version: version 2 is not supported; this widget reads version 1"]
    );
}

// ---------------------------------------------------------------------------------
// Credits in captions

#[test]
fn trailing_parenthesised_credits_are_split_off() {
    let split = split_credit;
    let some = |c: &str, r: &str| Some((c.to_owned(), r.to_owned()));
    assert_eq!(
        split("Residents meet at the town hall. (Jane Roe / Example Daily)"),
        some(
            "Residents meet at the town hall.",
            "Jane Roe / Example Daily"
        )
    );
    assert_eq!(
        split("Protesters gather (AP Photo/Evan Vucci)"),
        some("Protesters gather", "AP Photo/Evan Vucci")
    );
    assert_eq!(
        split("A view. (Photo: Jane Roe)"),
        some("A view.", "Jane Roe")
    );
    assert_eq!(
        split("A view (photo by Jane Roe)"),
        some("A view", "Jane Roe")
    );
    assert_eq!(
        split("Smoke rises (Reuters)"),
        some("Smoke rises", "Reuters")
    );
    assert_eq!(
        split("Crowds — (Getty Images)"),
        some("Crowds", "Getty Images")
    );
    assert_eq!(
        split("Dunes at dawn (Anna van der Berg)"),
        some("Dunes at dawn", "Anna van der Berg")
    );
    assert_eq!(
        split("The team, (Courtesy of the Museum)"),
        some("The team,", "Courtesy of the Museum")
    );
    // Nesting: the group is matched by a balanced scan from the end.
    assert_eq!(
        split("Harbour (Photo: Jane (JR) Roe)"),
        some("Harbour", "Jane (JR) Roe")
    );
    assert_eq!(split("The team (a (b) c)"), None);
    // The whole caption is a credit.
    assert_eq!(split("(Photo: X)"), some("", "X"));
    // Not credits.
    for caption in [
        "The mayor (left) and her aide",
        "The mayor (left)",
        "The new bridge (pictured)",
        "A still from the film (2019)",
        "A (Jane Roe) photo of the hall",
        "Kalorien: Stipp(isch)",
        "Word(Jane Roe)",
        "Smile :)",
        "Caption a) b)",
        "Caption (Jane Roe))",
        "Caption (Jane Roe",
        "Caption ()",
        "Caption (   )",
        "Lots (One Two Three Four Five Six Seven)",
        "Members (of the city council)",
    ] {
        assert_eq!(split(caption), None, "{caption}");
    }
    let long = format!("Caption (Photo: {})", "x".repeat(80));
    assert_eq!(split(&long), None);
    assert_eq!(credit_only("© Jane Roe").as_deref(), Some("© Jane Roe"));
    assert_eq!(credit_only("(c) Jane Roe").as_deref(), Some("© Jane Roe"));
    assert_eq!(credit_only("Jane Roe"), None);
}

#[test]
fn caption_credits_are_split_in_every_adapter_unless_a_credit_exists() {
    let (d, _) = convert_text(
        r#"{"@type":"NewsArticle","headline":"h","image":[
            {"url":"https://x.org/1.jpg","caption":"At the hall. (Jane Roe / Daily)"},
            {"url":"https://x.org/2.jpg","caption":"At the hall. (Jane Roe / Daily)","creditText":"Agency"}]}"#,
    );
    let m = &d.article.media;
    assert_eq!(
        (m[0].caption.as_deref(), m[0].credit.as_deref()),
        (Some("At the hall."), Some("Jane Roe / Daily"))
    );
    assert_eq!(
        (m[1].caption.as_deref(), m[1].credit.as_deref()),
        (Some("At the hall. (Jane Roe / Daily)"), Some("Agency"))
    );
    let (d, _) = convert_text(
        r#"{"title":{"rendered":"t"},"content":{"rendered":"<figure><img src=\"/p.jpg\"><figcaption>Dusk (Photo: Cy Dee)</figcaption></figure>"}}"#,
    );
    assert_eq!(d.article.media[0].credit.as_deref(), Some("Cy Dee"));
    let (d, _) = convert_text(
        r#"{"version":"https://jsonfeed.org/version/1.1","items":[{"title":"t",
            "content_html":"<figure><img src=\"/p.jpg\"><figcaption>Dusk (Reuters)</figcaption></figure>"}]}"#,
    );
    assert_eq!(
        (
            d.article.media[0].caption.as_deref(),
            d.article.media[0].credit.as_deref()
        ),
        (Some("Dusk"), Some("Reuters"))
    );
}

// ---------------------------------------------------------------------------------
// The converter command line

#[cfg(feature = "cli")]
mod cli {
    use std::io::Write;
    use std::process::{Command, Output, Stdio};

    use super::*;

    fn run(args: &[&str], stdin: Option<&str>) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_reader-widget"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(text) = stdin {
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
        }
        drop(child.stdin.take());
        child.wait_with_output().unwrap()
    }

    fn fixture_path(dir: &str, file: &str) -> String {
        format!("{FIXTURES}/{dir}/{file}")
    }

    #[test]
    fn converts_a_fixture_to_native_json_with_warnings_on_stderr() {
        let out = run(
            &[
                "convert",
                &fixture_path("jsonld", "spiceworks-newsarticle-multi-image.json"),
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0));
        let stderr = String::from_utf8(out.stderr).unwrap();
        let stderr: Vec<&str> = stderr.lines().collect();
        assert_eq!(stderr.len(), 3, "{stderr:?}");
        assert_eq!(
            stderr[0],
            "warning [1].author: author without a name; dropped"
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        let decoded = decode(&json(&stdout));
        assert!(decoded.diagnostics.items().is_empty());
        let expected = convert(
            &fixture("jsonld", "spiceworks-newsarticle-multi-image.json"),
            None,
        )
        .document;
        assert_eq!(decoded.document, expected);
    }

    #[test]
    fn appends_related_sections_and_honours_the_format_flag() {
        let out = run(
            &[
                "convert",
                "-",
                "--format",
                "jsonld",
                "--related",
                &fixture_path("jsonfeed", "allthis-v1.0.json"),
            ],
            Some(r#"{"headline":"From stdin"}"#),
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let doc = decode(&json(&String::from_utf8(out.stdout).unwrap()))
            .document
            .unwrap();
        assert_eq!(doc.article.headline, "From stdin");
        assert_eq!(doc.related.len(), 1);
        assert_eq!(doc.related[0].items.len(), 12);
    }

    #[test]
    fn exit_codes_tell_fatal_problems_from_usage_errors() {
        let out = run(&["convert", "-"], Some(r#"{"hello":1}"#));
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("fatal document: cannot tell the format"),
            "{stderr}"
        );
        assert!(out.stdout.is_empty());
        let out = run(&["convert", "-"], Some("not json"));
        assert_eq!(out.status.code(), Some(1));
        for args in [
            &[][..],
            &["convert"][..],
            &["render", "x.json"][..],
            &["convert", "a.json", "--format", "rss"][..],
            &["convert", "a.json", "--bogus"][..],
            &["convert", "/nonexistent/file.json"][..],
        ] {
            let out = run(args, None);
            assert_eq!(out.status.code(), Some(2), "{args:?}");
        }
    }
}

#[test]
fn a_bare_native_section_is_related_cards_too() {
    let json = reader_widget::model::json::parse(
        r#"{"title":"More","items":[{"url":"/a","title":"A"}],"next_url":"/p2"}"#,
    )
    .unwrap();
    let (sections, d) = reader_widget::adapters::convert_related(&json, None);
    assert!(d.items().is_empty(), "{:?}", d.items());
    assert_eq!(sections.len(), 1);
    assert_eq!(sections[0].items[0].title, "A");
    assert_eq!(
        sections[0].next_url.as_ref().map(|u| u.as_str()),
        Some("/p2")
    );
}
