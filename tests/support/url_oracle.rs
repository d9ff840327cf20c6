//! An independent judge of URLs the widget writes into `href`, `src` and `srcset`,
//! shared by the property tests and the fuzz targets. It does not trust `SafeUrl`: it
//! finds the scheme the way the WHATWG URL parser does (C0 controls and spaces trimmed,
//! tabs and newlines removed anywhere), then also requires that `SafeUrl` accepts the
//! URL unchanged, so it cannot mean something else when read again.

use reader_widget::model::SafeUrl;

/// Why `url` must not reach the page, or `None` when it is safe.
pub fn url_problem(url: &str) -> Option<String> {
    if url.is_empty() {
        return Some("empty".into());
    }
    if let Some(c) = url
        .chars()
        .find(|c| c.is_ascii_control() || *c == ' ' || is_invisible(*c))
    {
        return Some(format!("contains {c:?}"));
    }
    if let Some(scheme) = browser_scheme(url)
        && scheme != "http"
        && scheme != "https"
    {
        return Some(format!("a browser reads the scheme {scheme:?}"));
    }
    match SafeUrl::parse(url) {
        Ok(again) if again.as_str() == url => None,
        Ok(again) => Some(format!("reads back as {:?}", again.as_str())),
        Err(e) => Some(format!("refused when read again: {e}")),
    }
}

/// The scheme a browser's URL parser would find, lower-cased.
fn browser_scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (candidate, _) = cleaned.split_once(':')?;
    let mut chars = candidate.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok).then(|| candidate.to_ascii_lowercase())
}

/// Invisible characters that make two addresses look alike: bidi controls, zero-width
/// characters, soft hyphen, word joiners, the BOM.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
    )
}
