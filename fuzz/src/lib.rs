//! Checks shared by the fuzz targets: beyond "does not panic", every URL that can reach
//! an `href`, `src` or `srcset` must be http(s) or relative as a browser reads it, and rich
//! text must stay within the depth cap. A violated check aborts, which libFuzzer reports.

use reader_widget::model::limits::MAX_MARKUP_DEPTH;
use reader_widget::model::{Block, Document, Json, Media, RelatedSection, SrcSet};
use reader_widget::html::Inline;

#[path = "../../tests/support/url_oracle.rs"]
mod url_oracle;

/// Panics unless `url` is safe to write into an attribute and reads back unchanged.
pub fn assert_safe_url(url: &str) {
    if let Some(problem) = url_oracle::url_problem(url) {
        panic!("{url:?}: {problem}");
    }
}

pub fn assert_safe_srcset(set: &SrcSet) {
    for candidate in set.as_str().split(", ") {
        assert_safe_url(candidate.split(' ').next().unwrap_or_default());
    }
}

pub fn assert_safe_inlines(nodes: &[Inline]) {
    let mut stack: Vec<(&Inline, usize)> = nodes.iter().map(|n| (n, 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        if let Inline::Mark { children, .. } | Inline::Link { children, .. } = node {
            assert!(depth <= MAX_MARKUP_DEPTH, "rich text nested {depth} deep");
            if let Inline::Link { href, .. } = node {
                assert_safe_url(href.as_str());
            }
            stack.extend(children.iter().map(|c| (c, depth + 1)));
        }
    }
}

pub fn assert_safe_media(m: &Media) {
    assert_safe_url(m.src.as_str());
    if let Some(set) = &m.srcset {
        assert_safe_srcset(set);
    }
}

pub fn assert_safe_blocks(blocks: &[Block]) {
    for block in blocks {
        if let Block::Paragraph { content } = block {
            assert_safe_inlines(content);
        }
    }
}

pub fn assert_safe_sections(sections: &[RelatedSection]) {
    for section in sections {
        if let Some(url) = &section.next_url {
            assert_safe_url(url.as_str());
        }
        for card in &section.items {
            assert_safe_url(card.url.as_str());
            if let Some(image) = &card.image {
                assert_safe_media(image);
            }
        }
    }
}

pub fn assert_safe_document(doc: &Document) {
    let a = &doc.article;
    assert!(!a.headline.trim().is_empty(), "blank headline");
    if let Some(url) = &a.url {
        assert_safe_url(url.as_str());
    }
    for b in &a.bylines {
        if let Some(url) = &b.url {
            assert_safe_url(url.as_str());
        }
    }
    a.media.iter().for_each(assert_safe_media);
    assert_safe_blocks(&a.body);
    assert_safe_sections(&doc.related);
}

/// Equal JSON, numbers within a few units in the last place (serde_json's default float
/// reading is not always correctly rounded).
fn same_value(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(x), Json::Number(y)) => {
            x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
        }
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_value(x, y))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, vx), (ky, vy))| kx == ky && same_value(vx, vy))
        }
        _ => a == b,
    }
}

/// The native parser and the browser's read `text` alike: the same value, or both
/// refuse. The one documented leniency: the browser's parser reads a lone surrogate
/// escape as U+FFFD where serde_json refuses the document.
pub fn assert_parsers_agree(
    text: &str,
    native: &Result<Json, String>,
    browser: &Result<Json, String>,
) {
    match (native, browser) {
        (Ok(a), Ok(b)) => assert!(same_value(a, b), "parsers read {text:?} differently"),
        (Err(_), Err(_)) => {}
        (Err(e), Ok(_)) if e.contains("escape") && text.to_ascii_lowercase().contains("\\ud") => {}
        (native, browser) => panic!("{text:?}: native {native:?}, browser {browser:?}"),
    }
}
