//! Server rendering (`render_html`, `reader-widget render`): the whole story is in the
//! markup before any script runs, the markup is the element the browser's widget takes
//! over, and hostile documents produce nothing but escaped text and safe URLs.

#![cfg(all(not(target_arch = "wasm32"), feature = "widget"))]

#[path = "support/url_oracle.rs"]
mod url_oracle;

use std::path::Path;
use std::process::Command;

use reader_widget::adapters::convert;
use reader_widget::html::text_of;
use reader_widget::model::json::parse;
use reader_widget::model::{Block, Document, decode_str};
use reader_widget::server::script::script_safe_json;
use reader_widget::server::{news_article, style_hash};
use reader_widget::{RenderOptions, Stylesheet, render_html};

fn demo() -> Document {
    let text = std::fs::read_to_string("www/demo/article.json").expect("demo article");
    decode_str(&text).document.expect("demo article decodes")
}

/// How HTML writes `text` in content.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// One start or end tag of the output.
#[derive(Debug)]
struct Tag {
    name: String,
    end: bool,
    attributes: Vec<(String, String)>,
}

/// The tags of `html`, read the way a browser tokenizes them (raw text inside `<style>`
/// and `<script>` is skipped to its end tag). Panics on markup a browser would read
/// differently than we meant: an unquoted attribute, a tag that does not close.
fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        // Comments: Leptos's `<!>` markers and any `<!-- … -->`.
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = &comment[comment.find("-->").expect("comment closes") + 3..];
            continue;
        }
        if let Some(marker) = rest.strip_prefix("!>") {
            rest = marker;
            continue;
        }
        let end = rest.starts_with('/');
        let body_start = usize::from(end);
        let close = tag_end(rest).unwrap_or_else(|| panic!("unclosed tag near {:.80}", rest));
        let inner = &rest[body_start..close];
        let (name, attrs) = inner.split_once(' ').unwrap_or((inner, ""));
        let tag = Tag {
            name: name.to_ascii_lowercase(),
            end,
            attributes: attributes(attrs),
        };
        rest = &rest[close + 1..];
        if !end && (tag.name == "style" || tag.name == "script") {
            let closing = format!("</{}", tag.name);
            let at = rest.find(&closing).expect("raw text element closes");
            rest = &rest[at..];
        }
        out.push(tag);
    }
    out
}

/// The index of the `>` that ends the tag at the start of `s` (quotes respected).
fn tag_end(s: &str) -> Option<usize> {
    let mut quoted = false;
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '>' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// `name="value"` pairs; every value must be double-quoted and free of raw `"`.
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let name_end = rest.find(['=', ' ']).unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let value = if let Some(after) = rest.strip_prefix("=\"") {
            let close = after.find('"').expect("quoted attribute value closes");
            let value = after[..close].to_owned();
            rest = &after[close + 1..];
            value
        } else {
            String::new()
        };
        out.push((name, value.replace("&quot;", "\"").replace("&amp;", "&")));
        rest = rest.trim_start();
    }
    out
}

#[test]
fn the_whole_story_is_in_the_markup() {
    let doc = demo();
    let html = render_html(&doc, &RenderOptions::default());
    let a = &doc.article;
    assert!(html.starts_with("<reader-widget><template shadowrootmode=\"open\"><style>"));
    assert!(html.ends_with("</script></reader-widget>"));
    assert!(html.contains(&escaped(&a.headline)), "headline");
    for text in [&a.deck, &a.section, &a.dateline].into_iter().flatten() {
        assert!(html.contains(&escaped(text)), "{text}");
    }
    for byline in &a.bylines {
        assert!(html.contains(&escaped(&byline.name)), "{}", byline.name);
    }
    let paragraphs: Vec<String> = a
        .body
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph { content } => Some(text_of(content)),
            _ => None,
        })
        .collect();
    assert!(paragraphs.len() > 5);
    let visible = text_content(&html);
    for p in &paragraphs {
        assert!(visible.contains(p.as_str()), "paragraph missing: {p}");
    }
    // Every photo is in the strip, the first with its caption and credit.
    for media in &a.media {
        assert!(
            html.contains(&format!("src=\"{}\"", media.src.as_str())),
            "{}",
            media.src.as_str()
        );
    }
    let first = &a.media[0];
    assert!(visible.contains(first.caption.as_deref().expect("caption")));
    assert!(visible.contains(first.credit.as_deref().expect("credit")));
    // The dates as the browser writes them in English.
    assert!(
        visible.contains("November"),
        "a written date: {visible:.400}"
    );
    // Every related card is a real link.
    let hrefs: Vec<String> = tags(&html)
        .into_iter()
        .filter(|t| t.name == "a")
        .flat_map(|t| t.attributes)
        .filter(|(n, _)| n == "href")
        .map(|(_, v)| v)
        .collect();
    for section in &doc.related {
        for item in &section.items {
            assert!(
                hrefs.contains(&item.url.as_str().to_owned()),
                "{}",
                item.url.as_str()
            );
        }
    }
}

/// The text between tags, entity-decoded (the few entities the writer uses), outside
/// `<style>` and `<script>`.
fn text_content(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        if let Some(marker) = after.strip_prefix("!>") {
            rest = marker;
            continue;
        }
        let close = tag_end(after).expect("tag closes");
        let name = after[..close].split(' ').next().unwrap_or("");
        rest = &after[close + 1..];
        if name == "style" || name == "script" {
            let at = rest.find(&format!("</{name}")).expect("raw text closes");
            rest = &rest[at..];
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The document a render carries inline, decoded as the browser's widget decodes it.
fn inline_document(html: &str) -> Document {
    const OPEN: &str = "<script type=\"application/json\">";
    let start = html.find(OPEN).expect("inline JSON") + OPEN.len();
    let end = html.rfind("</script>").expect("script end");
    decode_str(&html[start..end])
        .document
        .expect("inline JSON decodes")
}

#[test]
fn the_inline_document_is_the_same_document() {
    let doc = demo();
    let html = render_html(&doc, &RenderOptions::default());
    assert_eq!(inline_document(&html), doc);
}

#[test]
fn nothing_in_the_data_can_end_the_script_or_open_a_comment() {
    let json = r#"{"a":"</script><script>alert(1)</script>","b":"<!-- x -->","c":"&amp;"}"#;
    let safe = script_safe_json(json);
    assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
    let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
    let orig: serde_json::Value = serde_json::from_str(json).expect("JSON");
    assert_eq!(back, orig);
}

#[test]
fn host_attributes_are_written_and_shape_the_render() {
    let doc = demo();
    let options = RenderOptions {
        attributes: vec![
            ("layout".into(), "list".into()),
            ("heading-level".into(), "2".into()),
            ("onclick".into(), "alert(1)".into()),
            ("lang".into(), "en\" onmouseover=\"x".into()),
        ],
        ..RenderOptions::default()
    };
    let html = render_html(&doc, &options);
    let host = &tags(&html)[0];
    assert_eq!(host.name, "reader-widget");
    let names: Vec<&str> = host.attributes.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["layout", "heading-level", "lang"],
        "unknown names are dropped"
    );
    assert_eq!(
        host.attributes[2].1, "en\" onmouseover=\"x",
        "values stay one value"
    );
    let headline = tags(&html)
        .into_iter()
        .find(|t| {
            t.attributes
                .iter()
                .any(|(n, v)| n == "class" && v.contains("rw-article__headline"))
        })
        .expect("headline");
    assert_eq!(headline.name, "h2", "heading-level applies");
    assert!(html.contains("rw-related--list"), "layout applies");
}

#[test]
fn a_linked_stylesheet_replaces_the_inline_one_and_the_hash_matches_it() {
    let doc = demo();
    let linked = render_html(
        &doc,
        &RenderOptions {
            stylesheet: Stylesheet::Link("/reader-widget/dist/reader-widget.css".into()),
            ..RenderOptions::default()
        },
    );
    assert!(!linked.contains("<style>"));
    assert!(
        linked.contains("<link rel=\"stylesheet\" href=\"/reader-widget/dist/reader-widget.css\">")
    );
    let hash = style_hash();
    assert!(
        hash.starts_with("'sha256-") && hash.ends_with("='") && hash.len() == 53,
        "{hash}"
    );
}

/// Every tag name the components write (the shell, the widget's own elements, the
/// headings at any level, and the rich-text marks); anything else came from data.
const TAGS: &[&str] = &[
    "reader-widget",
    "template",
    "style",
    "script",
    "div",
    "article",
    "header",
    "footer",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "span",
    "bdi",
    "a",
    "time",
    "figure",
    "figcaption",
    "img",
    "button",
    "dialog",
    "ul",
    "ol",
    "li",
    "blockquote",
    "hr",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "sub",
    "sup",
    // Video and audio files play in the browser's own controls; every `src` is still
    // checked below. Never `iframe`, `object` or `embed`.
    "video",
    "audio",
    "source",
    "track",
];

#[test]
fn hostile_documents_render_to_text_and_safe_urls_only() {
    let dir = Path::new("tests/hostile");
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.json")).expect("manifest");
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("manifest JSON");
    let mut rendered = 0;
    for case in manifest.as_array().expect("cases") {
        let file = case["file"].as_str().expect("file");
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            continue;
        };
        let Ok(json) = parse(&text) else {
            continue;
        };
        let Some(doc) = convert(&json, None).document else {
            continue;
        };
        let html = render_html(&doc, &RenderOptions::default());
        rendered += 1;
        let all = tags(&html);
        for tag in &all {
            assert!(
                TAGS.contains(&tag.name.as_str()),
                "{file}: <{}> in the output",
                tag.name
            );
            for (name, value) in &tag.attributes {
                assert!(
                    !name.starts_with("on"),
                    "{file}: handler {name} on <{}>",
                    tag.name
                );
                if matches!(name.as_str(), "href" | "src") {
                    assert_eq!(
                        url_oracle::url_problem(value),
                        None,
                        "{file}: {name}={value}"
                    );
                }
                if name == "srcset" {
                    for candidate in value.split(',') {
                        let url = candidate.split_whitespace().next().unwrap_or("");
                        assert_eq!(url_oracle::url_problem(url), None, "{file}: srcset {url}");
                    }
                }
            }
        }
        let scripts = all.iter().filter(|t| t.name == "script" && !t.end).count();
        assert_eq!(scripts, 1, "{file}: only the inline document is a script");
        let templates = all
            .iter()
            .filter(|t| t.name == "template" && !t.end)
            .count();
        assert_eq!(templates, 1, "{file}: one shadow root");
        for forbidden in case["forbidden"].as_array().into_iter().flatten() {
            let forbidden = forbidden.as_str().unwrap_or_default().to_ascii_lowercase();
            if forbidden == "javascript:" {
                let urls = all
                    .iter()
                    .flat_map(|t| &t.attributes)
                    .filter(|(n, _)| n == "href" || n == "src");
                assert!(
                    urls.clone()
                        .all(|(_, v)| !v.to_ascii_lowercase().contains("javascript:")),
                    "{file}"
                );
            }
        }
    }
    assert!(rendered > 40, "only {rendered} hostile documents rendered");
}

/// Publishers' real documents (`../shared/fixtures/real`, every format): each renders on
/// the server with its headline, only the components' tags, and its inline document
/// reading back as the same document.
#[test]
fn real_documents_render_on_the_server() {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/fixtures/real"
    ));
    let mut rendered = 0;
    for format in ["jsonld", "wordpress", "jsonfeed", "ans", "anf"] {
        let Ok(files) = std::fs::read_dir(root.join(format)) else {
            continue;
        };
        for file in files.flatten().map(|f| f.path()) {
            let text = std::fs::read_to_string(&file).expect("fixture");
            let json = parse(&text).expect("fixture JSON");
            let Some(doc) = convert(&json, None).document else {
                continue;
            };
            let html = render_html(&doc, &RenderOptions::default());
            let name = file.display();
            assert!(
                text_content(&html).contains(doc.article.headline.as_str()),
                "{name}"
            );
            for tag in tags(&html) {
                assert!(TAGS.contains(&tag.name.as_str()), "{name}: <{}>", tag.name);
            }
            assert_eq!(inline_document(&html), doc, "{name}");
            rendered += 1;
        }
    }
    assert!(rendered >= 15, "only {rendered} real documents rendered");
}

#[test]
fn the_news_article_json_ld_has_schema_org_shape() {
    let doc = demo();
    let ld = news_article(&doc);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], doc.article.headline.as_str());
    // Dates are ISO 8601 as schema.org (and search engines) expect.
    for key in ["datePublished", "dateModified"] {
        let date = ld[key].as_str().unwrap_or_else(|| panic!("{key}"));
        assert!(
            date.len() >= 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-',
            "{key} {date}"
        );
    }
    let authors = ld["author"].as_array().expect("author list");
    assert_eq!(authors.len(), doc.article.bylines.len());
    for author in authors {
        assert_eq!(author["@type"], "Person");
        assert!(author["name"].as_str().is_some_and(|n| !n.is_empty()));
    }
    let images = ld["image"].as_array().expect("image list");
    assert_eq!(images.len(), doc.article.media.len());
    for image in images {
        assert_eq!(image["@type"], "ImageObject");
        assert!(image["url"].as_str().is_some());
    }
    assert!(
        ld["articleBody"]
            .as_str()
            .is_some_and(|b| b.contains("\n\n"))
    );
    // Every value is one of schema.org's: no key of ours slipped in.
    let known = [
        "@context",
        "@type",
        "headline",
        "description",
        "articleSection",
        "inLanguage",
        "url",
        "mainEntityOfPage",
        "datePublished",
        "dateModified",
        "author",
        "contributor",
        "image",
        "articleBody",
    ];
    for key in ld.as_object().expect("object").keys() {
        assert!(known.contains(&key.as_str()), "{key}");
    }
}

/// The command line, built by cargo for this test run.
fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_reader-widget"))
        .args(args)
        .output()
        .expect("run reader-widget")
}

#[test]
fn render_prints_the_element_and_exits_as_convert_does() {
    let ok = cli(&[
        "render",
        "www/demo/article.json",
        "--lang",
        "en-GB",
        "--jsonld",
    ]);
    assert_eq!(ok.status.code(), Some(0));
    let out = String::from_utf8(ok.stdout).expect("utf-8");
    assert!(out.starts_with("<script type=\"application/ld+json\">"));
    assert!(out.contains("<reader-widget lang=\"en-GB\"><template shadowrootmode=\"open\">"));
    let fatal = cli(&["render", "tests/hostile/MANIFEST.json"]);
    assert_eq!(fatal.status.code(), Some(1), "a list is no document");
    assert!(String::from_utf8_lossy(&fatal.stderr).starts_with("fatal"));
    let usage = cli(&["render", "www/demo/article.json", "--attr", "onload=x"]);
    assert_eq!(usage.status.code(), Some(2));
    // A rendered element carries its document: a URL would make the browser fetch it.
    let fetches = cli(&["render", "www/demo/article.json", "--attr", "src=/a.json"]);
    assert_eq!(fetches.status.code(), Some(2));
    let missing = cli(&["render", "no/such/file.json"]);
    assert_eq!(missing.status.code(), Some(2));
    let convert_only = cli(&["convert", "www/demo/article.json", "--jsonld"]);
    assert_eq!(convert_only.status.code(), Some(2));
    let hash = cli(&["style-hash"]);
    assert_eq!(String::from_utf8_lossy(&hash.stdout).trim(), style_hash());
}
