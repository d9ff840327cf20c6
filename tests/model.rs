#![cfg(not(target_arch = "wasm32"))]
//! Native tests of the public format: what renders, what is dropped, and the exact
//! path and message a publisher sees for each problem.

use reader_widget::html::{Inline, Mark};
use reader_widget::model::{Block, Decoded, Severity, decode_str};

fn lines(decoded: &Decoded) -> Vec<String> {
    decoded
        .diagnostics
        .items()
        .iter()
        .map(|d| format!("{:?} {d}", d.severity))
        .collect()
}

fn fatal(json: &str) -> Vec<String> {
    let decoded = decode_str(json);
    assert!(
        decoded.document.is_none(),
        "expected a fatal problem for {json}"
    );
    lines(&decoded)
}

fn warnings(json: &str) -> (reader_widget::model::Document, Vec<String>) {
    let decoded = decode_str(json);
    let l = lines(&decoded);
    let doc = decoded
        .document
        .unwrap_or_else(|| panic!("expected a document, got {l:?}"));
    (doc, l)
}

#[test]
fn demo_article_decodes_cleanly_with_everything_the_demo_promises() {
    let text = std::fs::read_to_string("www/demo/article.json").unwrap();
    let decoded = decode_str(&text);
    assert_eq!(lines(&decoded), Vec::<String>::new());
    let doc = decoded.document.unwrap();
    let a = &doc.article;
    let paragraphs = a
        .body
        .iter()
        .filter(|b| matches!(b, Block::Paragraph { .. }))
        .count();
    assert!(paragraphs >= 12, "{paragraphs} paragraphs");
    assert!(a.body.iter().any(|b| matches!(b, Block::Quote { .. })));
    assert!(a.body.iter().any(|b| matches!(b, Block::Heading { .. })));
    assert!(a.media.len() >= 4);
    assert!(
        a.media
            .iter()
            .all(|m| m.caption.is_some() && m.credit.is_some())
    );
    assert_eq!(doc.related.len(), 2);
    let cards: Vec<_> = doc.related.iter().flat_map(|s| &s.items).collect();
    assert!(cards.len() >= 8);
    assert!(cards.iter().any(|c| c.image.is_none()));
}

/// The idle-time warm-up (src/embed/warm_up.rs) mounts this sample to get the render
/// code compiled: it must decode without a message (the page would see it) and reach
/// every part a real article uses.
#[test]
fn warm_up_sample_decodes_cleanly_and_reaches_every_part() {
    let text = std::fs::read_to_string("src/embed/warm_up.json").unwrap();
    let decoded = decode_str(&text);
    assert_eq!(lines(&decoded), Vec::<String>::new());
    let doc = decoded.document.unwrap();
    let a = &doc.article;
    assert!(a.deck.is_some() && a.dateline.is_some() && a.contributors.is_some());
    assert!(a.published.is_some() && a.updated.is_some() && a.bylines.len() >= 2);
    for kind in [
        |b: &Block| matches!(b, Block::Paragraph { .. }),
        |b: &Block| matches!(b, Block::Heading { .. }),
        |b: &Block| matches!(b, Block::Quote { .. }),
        |b: &Block| matches!(b, Block::List { .. }),
        |b: &Block| matches!(b, Block::Separator),
    ] {
        assert!(a.body.iter().any(kind), "a block type is missing");
    }
    let rich = a.body.iter().any(|b| match b {
        Block::Paragraph { content } => content.iter().any(|i| matches!(i, Inline::Link { .. })),
        _ => false,
    });
    assert!(rich, "rich text with a link");
    assert!(a.media.len() >= 2 && a.media.iter().any(|m| m.caption.is_some()));
    let cards: Vec<_> = doc.related.iter().flat_map(|s| &s.items).collect();
    assert!(cards.iter().any(|c| c.image.is_some()) && cards.iter().any(|c| c.image.is_none()));
    // Nothing in it may point at a real site: its hosts are reserved (RFC 2606).
    assert!(!text.contains("http://"));
    assert_eq!(
        text.matches("https://").count(),
        text.matches("https://warm-up.invalid/").count()
    );
}

#[test]
fn fatal_problems_are_reported_together_with_paths() {
    assert_eq!(
        fatal(r#"{"version": 2, "article": {"headline": ""}}"#),
        [
            "Fatal version: version 2 is not supported; this widget reads version 1",
            "Fatal article.headline: is empty: every article needs a headline",
        ]
    );
    assert_eq!(
        fatal(r#"{"version": 1}"#),
        ["Fatal article: missing: a document needs an article with a headline"]
    );
    assert_eq!(
        fatal(r#"{"version": "1", "article": {"headline": 7}}"#),
        [
            "Fatal version: expected the number 1, found a string",
            "Fatal article.headline: expected a string, found a number",
        ]
    );
    assert_eq!(
        fatal(r#"{"version": 1, "article": []}"#),
        ["Fatal article: expected an object, found an array"]
    );
    assert_eq!(
        fatal(r#"[1, 2]"#),
        ["Fatal document: expected an object, found an array"]
    );
    assert_eq!(
        fatal(r#"{"version": 1, "article": {}}"#),
        ["Fatal article.headline: missing: every article needs a headline"]
    );
}

#[test]
fn text_that_is_not_json_is_one_fatal_problem() {
    for bad in ["", "{", "{\"a\":1,}", "nul", "{\"version\":1} trailing"] {
        let l = fatal(bad);
        assert_eq!(l.len(), 1, "{bad}: {l:?}");
        assert!(
            l[0].starts_with("Fatal document: not valid JSON"),
            "{bad}: {l:?}"
        );
    }
    // A byte-order mark is not a reason to refuse a document.
    assert!(
        decode_str("\u{feff}{\"version\":1,\"article\":{\"headline\":\"x\"}}")
            .document
            .is_some()
    );
}

#[test]
fn nesting_and_size_limits_end_in_clear_errors() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let l = fatal(&deep);
    assert!(l[0].contains("nesting deeper than 64 levels"), "{l:?}");
    let huge = format!(
        r#"{{"version":1,"article":{{"headline":"{}"}}}}"#,
        "x".repeat(5 * 1024 * 1024)
    );
    let l = fatal(&huge);
    assert!(l[0].contains("the limit is 4194304 bytes"), "{l:?}");
}

#[test]
fn bad_elements_are_dropped_with_a_warning_each() {
    let (doc, l) = warnings(
        r#"{"version": 1, "article": {
            "headline": "  Title  ",
            "url": "javascript:alert(1)",
            "lang": "not a tag",
            "dir": "sideways",
            "published": "2026-02-30T10:00:00Z",
            "bylines": [{"name": "A"}, {"role": "x"}, "B", 5],
            "media": [
                {"src": "a.jpg", "width": -3, "srcset": "a.jpg 1x, data:x 2x"},
                {"src": "data:image/png;base64,xx"},
                {"caption": "no src"}
            ],
            "body": [
                {"type": "paragraph", "text": "ok"},
                {"type": "video"},
                {"type": "heading"},
                {"text": "no type"},
                {"type": "list", "items": ["a", 2]},
                {"type": "paragraph", "html": "<script>x</script>"},
                "bare string"
            ],
            "extra": true
        },
        "related": [{"items": [
            {"url": "https://x.org/1", "title": "One"},
            {"url": "javascript:void(0)", "title": "Bad"},
            {"title": "No url"},
            {"url": "/2"}
        ]}]}"#,
    );
    assert_eq!(
        l,
        [
            "Warning article.extra: unknown field, ignored",
            "Warning article.lang: \"not a tag\" is not a BCP 47 language tag; ignored",
            "Warning article.dir: expected \"ltr\" or \"rtl\"; ignored",
            "Warning article.bylines[1]: byline without a name; dropped",
            "Warning article.bylines[3]: expected an object, found a number; dropped",
            "Warning article.media[0].srcset: URL scheme \"data:\" is not allowed (only http, https and relative URLs); srcset ignored",
            "Warning article.media[0].width: expected a positive whole number, found a number; ignored",
            "Warning article.media[1].src: URL scheme \"data:\" is not allowed (only http, https and relative URLs); image dropped",
            "Warning article.media[2]: image without a src; dropped",
            "Warning article.body[1].sources: video without a safe source; dropped",
            "Warning article.body[2]: heading without text; dropped",
            "Warning article.body[3]: block without a type; dropped",
            "Warning article.body[4].items[1]: expected a string or an object, found a number; item dropped",
            "Warning article.body[5]: paragraph without text; dropped",
            "Warning article.url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); ignored",
            "Warning article.published: \"2026-02-30T10:00:00Z\" is not a real calendar date; ignored",
            "Warning related[0].items[1].url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); card dropped",
            "Warning related[0].items[2]: card without a url; dropped",
            "Warning related[0].items[3]: card without a title; dropped",
        ]
    );
    let a = &doc.article;
    assert_eq!(a.headline, "Title");
    assert_eq!(
        a.bylines
            .iter()
            .map(|b| b.name.as_str())
            .collect::<Vec<_>>(),
        ["A", "B"]
    );
    assert_eq!(a.media.len(), 1);
    assert_eq!(a.media[0].srcset, None);
    assert_eq!(a.body.len(), 3, "{:?}", a.body);
    assert_eq!(doc.related[0].items.len(), 1);
    assert!(l.iter().all(|x| x.starts_with("Warning")));
}

#[test]
fn related_accepts_a_single_section_object() {
    let (doc, l) = warnings(
        r#"{"version":1,"article":{"headline":"h"},
            "related":{"title":"More","items":[{"url":"/a","title":"A"}]}}"#,
    );
    assert!(l.is_empty(), "{l:?}");
    assert_eq!(doc.related.len(), 1);
    assert_eq!(doc.related[0].title.as_deref(), Some("More"));
}

#[test]
fn html_paragraphs_become_allowlisted_nodes() {
    let (doc, _) = warnings(
        r#"{"version":1,"article":{"headline":"h","body":[
            {"type":"paragraph","html":"<b onclick=x>bold</b> <img src=x onerror=alert(1)><a href='vbscript:x'>link</a>"}
        ]}}"#,
    );
    let Block::Paragraph { content } = &doc.article.body[0] else {
        panic!("not a paragraph")
    };
    assert_eq!(
        content,
        &vec![
            Inline::Mark {
                mark: Mark::B,
                children: vec![Inline::text("bold")]
            },
            Inline::text(" link"),
        ]
    );
}

#[test]
fn duplicate_keys_take_the_last_value_like_json_parse() {
    let (doc, _) = warnings(r#"{"version":1,"article":{"headline":"first","headline":"second"}}"#);
    assert_eq!(doc.article.headline, "second");
}

#[test]
fn long_lists_are_cut_with_a_warning() {
    let body: Vec<String> = (0..10_005).map(|i| format!("\"p{i}\"")).collect();
    let json = format!(
        r#"{{"version":1,"article":{{"headline":"h","body":[{}]}}}}"#,
        body.join(",")
    );
    let (doc, l) = warnings(&json);
    assert_eq!(doc.article.body.len(), 10_000);
    assert_eq!(
        l,
        ["Warning article.body: 10005 entries; only the first 10000 are shown"]
    );
}

#[test]
fn severity_is_serialized_for_the_error_event() {
    assert_eq!(
        serde_json::to_string(&Severity::Fatal).unwrap(),
        "\"fatal\""
    );
}

#[test]
fn missing_version_is_read_as_1_with_a_warning() {
    let (_, l) = warnings(r#"{"article":{"headline":"h"}}"#);
    assert_eq!(l, ["Warning version: missing; read as version 1"]);
}

#[test]
fn card_titles_decode_entities_and_teasers_lose_read_more_boilerplate() {
    let (doc, l) = warnings(
        r#"{"version":1,"article":{"headline":"h"},"related":[{"items":[
            {"url":"/a","title":"It&#8217;s here &amp; now","teaser":"The plan&hellip; Continue reading &rarr;"},
            {"url":"/b","title":"B","teaser":"Read more"}]}]}"#,
    );
    assert!(l.is_empty(), "{l:?}");
    let items = &doc.related[0].items;
    assert_eq!(items[0].title, "It’s here & now");
    assert_eq!(items[0].teaser.as_deref(), Some("The plan…"));
    assert_eq!(
        items[1].teaser, None,
        "a teaser that is only boilerplate is dropped"
    );
}

#[test]
fn a_credit_typed_into_the_caption_is_split_off_when_no_credit_field_exists() {
    let (doc, l) = warnings(
        r#"{"version":1,"article":{"headline":"h","media":[
            {"src":"a.jpg","caption":"Volunteers at the town hall. (Jane Roe / Example Daily)"},
            {"src":"b.jpg","caption":"The mayor (left) and her deputy (2019)"},
            {"src":"c.jpg","caption":"Crowds (Photo: Ann Lee)","credit":"Given credit"}]}}"#,
    );
    assert!(l.is_empty(), "{l:?}");
    let m = &doc.article.media;
    assert_eq!(
        m[0].caption.as_deref(),
        Some("Volunteers at the town hall.")
    );
    assert_eq!(m[0].credit.as_deref(), Some("Jane Roe / Example Daily"));
    assert_eq!(
        m[1].caption.as_deref(),
        Some("The mayor (left) and her deputy (2019)")
    );
    assert_eq!(m[1].credit, None);
    assert_eq!(
        m[2].caption.as_deref(),
        Some("Crowds (Photo: Ann Lee)"),
        "an explicit credit wins"
    );
}

#[test]
fn list_items_carry_links_emphasis_and_nested_lists() {
    let (doc, l) = warnings(
        r#"{"version":1,"article":{"headline":"h","body":[{"type":"list","ordered":true,"items":[
            "Plain",
            {"html":"A <a href='https://x.org/'>link</a> and <em>stress</em><script>x</script>"},
            {"text":"Parent","list":{"items":["Child one",{"text":"Child two","list":{"ordered":true,"items":["Grandchild"]}}]}},
            {"text":"   "}
        ]}]}}"#,
    );
    assert_eq!(
        l,
        ["Warning article.body[0].items[3]: list item without text; dropped"]
    );
    let Block::List(list) = &doc.article.body[0] else {
        panic!("{:?}", doc.article.body)
    };
    assert!(list.ordered);
    assert_eq!(list.items.len(), 3);
    assert_eq!(list.items[0].content, [Inline::text("Plain")]);
    let rich = &list.items[1].content;
    assert!(matches!(&rich[1], Inline::Link { href, .. } if href.as_str() == "https://x.org/"));
    assert!(matches!(&rich[3], Inline::Mark { mark: Mark::Em, .. }));
    assert_eq!(
        reader_widget::html::text_of(rich),
        "A link and stress",
        "script dropped"
    );
    let nested = list.items[2].list.as_ref().expect("a nested list");
    assert!(!nested.ordered);
    assert_eq!(nested.items.len(), 2);
    let deeper = nested.items[1].list.as_ref().expect("two levels down");
    assert_eq!(deeper.items[0].content, [Inline::text("Grandchild")]);
}

#[test]
fn lists_nested_too_deep_are_dropped_with_a_warning() {
    // Five levels of lists: the fifth is past the cap of four.
    let mut item = r#""deepest""#.to_owned();
    for _ in 0..4 {
        item = format!(r#"{{"text":"level","list":{{"items":[{item}]}}}}"#);
    }
    let json = format!(
        r#"{{"version":1,"article":{{"headline":"h","body":[{{"type":"list","items":[{item}]}}]}}}}"#
    );
    let (doc, l) = warnings(&json);
    assert_eq!(l.len(), 1, "{l:?}");
    assert!(
        l[0].contains("lists nested deeper than 4 levels are not shown"),
        "{l:?}"
    );
    let Block::List(mut list) = doc.article.body[0].clone() else {
        panic!()
    };
    let mut levels = 1;
    while let Some(next) = list.items[0].list.clone() {
        list = next;
        levels += 1;
    }
    assert_eq!(levels, 4);
}

#[test]
fn contributors_are_a_note_or_names_the_widget_introduces() {
    use reader_widget::model::Contributors;
    let (doc, warned) =
        warnings(r#"{"version":1,"article":{"headline":"H","contributors":"Research by Di Vo."}}"#);
    assert_eq!(
        doc.article.contributors,
        Some(Contributors::Note("Research by Di Vo.".into()))
    );
    assert!(warned.is_empty(), "{warned:?}");
    let (doc, warned) = warnings(
        r#"{"version":1,"article":{"headline":"H","contributors":["Ana Ruiz", 7, " ", "Bo Li"]}}"#,
    );
    assert_eq!(
        doc.article.contributors,
        Some(Contributors::Names(vec!["Ana Ruiz".into(), "Bo Li".into()]))
    );
    assert_eq!(
        warned,
        ["Warning article.contributors[1]: expected a name (string), found a number; ignored"]
    );
    let (doc, _) = warnings(r#"{"version":1,"article":{"headline":"H","contributors":[]}}"#);
    assert_eq!(doc.article.contributors, None, "no names, no note");
}
