//! Checks shared by the fuzz targets: beyond "does not panic", every URL that can reach
//! an `href`, `src` or `srcset` must be http(s) or relative as a browser reads it, and rich
//! text must stay within the depth cap. A violated check aborts, which libFuzzer reports.

use reader_widget::model::Json;

#[path = "../../tests/support/url_oracle.rs"]
mod url_oracle;

#[path = "../../tests/support/page.rs"]
mod page;
#[path = "../../tests/support/reference_json.rs"]
mod reference_json;

pub use reference_json::reference;

/// Panics unless `url` is safe to write into an attribute and reads back unchanged.
pub fn assert_safe_url(url: &str) {
    if let Some(problem) = url_oracle::url_problem(url) {
        panic!("{url:?}: {problem}");
    }
}

pub use page::Page;

/// Panics unless what `walk` puts into a [`Page`] has only safe URLs and sound text.
pub fn assert_safe(walk: impl FnOnce(&mut Page)) {
    let mut page = Page::default();
    walk(&mut page);
    let problems = page.unsafe_parts(&[]);
    assert!(problems.is_empty(), "{problems:#?}");
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
