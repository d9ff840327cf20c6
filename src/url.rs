//! URLs that are safe to put into `href`/`src`/`srcset`: only http(s) and relative
//! references survive, after the same cleaning a browser would do, so that
//! `java\tscript:` or ` JAVASCRIPT:` cannot sneak through.

use std::fmt;

use serde::Serialize;

/// A URL that is http, https or relative; anything else cannot be constructed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SafeUrl(String);

/// Why a URL was refused, worded for the publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    Empty,
    /// The scheme is not http or https (e.g. `javascript`, `data`).
    Scheme(String),
    /// Control characters or spaces inside the URL.
    Garbled,
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::Empty => f.write_str("empty URL"),
            UrlError::Scheme(s) => write!(
                f,
                "URL scheme \"{s}:\" is not allowed (only http, https and relative URLs)"
            ),
            UrlError::Garbled => {
                f.write_str("URL contains spaces, control or invisible characters")
            }
        }
    }
}

impl SafeUrl {
    /// Cleans and checks a URL as a browser would read it.
    ///
    /// Leading/trailing whitespace and controls are trimmed and tabs/newlines removed (the
    /// URL parser does the same), backslashes become slashes, and protocol-relative
    /// `//host` becomes `https://host`. What remains must have no scheme or an http(s) one.
    pub fn parse(raw: &str) -> Result<SafeUrl, UrlError> {
        let trimmed = raw.trim_matches(|c: char| c <= ' ');
        let cleaned: String = trimmed
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .map(|c| if c == '\\' { '/' } else { c })
            .collect();
        if cleaned.is_empty() {
            return Err(UrlError::Empty);
        }
        if cleaned
            .chars()
            .any(|c| c.is_control() || c == ' ' || is_invisible(c))
        {
            return Err(UrlError::Garbled);
        }
        if let Some(scheme) = scheme_of(&cleaned) {
            let lower = scheme.to_ascii_lowercase();
            if lower != "http" && lower != "https" {
                return Err(UrlError::Scheme(lower));
            }
            return Ok(SafeUrl(cleaned));
        }
        if let Some(rest) = cleaned.strip_prefix("//") {
            return Ok(SafeUrl(format!("https://{rest}")));
        }
        Ok(SafeUrl(cleaned))
    }

    /// The cleaned URL, ready for an attribute.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for `http(s)://…` URLs (as opposed to relative ones).
    pub fn is_absolute(&self) -> bool {
        scheme_of(&self.0).is_some()
    }

    /// This URL read against `base` (an absolute http(s) URL, such as the document's
    /// own address), the way a browser resolves a link on that page: `/a` keeps `base`'s
    /// origin, `a` its folder, `?q` its path, `#f` all of it. Absolute URLs, and any URL
    /// when `base` is not absolute, are returned as they are.
    pub fn resolve(&self, base: &SafeUrl) -> SafeUrl {
        let url = self.0.as_str();
        if self.is_absolute() || !base.is_absolute() {
            return self.clone();
        }
        let b = base.0.as_str();
        let after_scheme = b.find("://").map_or(0, |i| i + 3);
        let origin_end = b[after_scheme..]
            .find(['/', '?', '#'])
            .map_or(b.len(), |i| after_scheme + i);
        let path_end = b[origin_end..]
            .find(['?', '#'])
            .map_or(b.len(), |i| origin_end + i);
        let joined = if url.starts_with('/') {
            format!("{}{url}", &b[..origin_end])
        } else if url.starts_with('?') {
            format!("{}{url}", &b[..path_end])
        } else if url.starts_with('#') {
            let no_fragment = b.split('#').next().unwrap_or(b);
            format!("{no_fragment}{url}")
        } else {
            let folder = b[..path_end].rfind('/').filter(|&i| i >= origin_end);
            match folder {
                Some(i) => format!("{}{url}", &b[..=i]),
                None => format!("{}/{url}", &b[..origin_end]),
            }
        };
        // The joined text passes the same checks; if it did not, the original stays.
        SafeUrl::parse(&joined).unwrap_or_else(|_| self.clone())
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The scheme, if the text before the first `:` is one (RFC 3986: ALPHA *( ALPHA / DIGIT /
/// "+" / "-" / "." )) and no `/`, `?` or `#` comes before it.
fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let candidate = &url[..colon];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    if chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        Some(candidate)
    } else {
        None
    }
}

/// Invisible characters (zero-width, bidi controls, soft hyphen, word joiner) have no
/// business inside a URL: they only make two different addresses look alike.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
    )
}

/// A checked `srcset`: each candidate URL is a [`SafeUrl`] with its descriptor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct SrcSet(String);

impl SrcSet {
    /// Accepts `url [descriptor], url [descriptor] …`; one bad candidate refuses the whole
    /// set (a partial srcset would pick the wrong image).
    pub fn parse(raw: &str) -> Result<SrcSet, UrlError> {
        let mut out = Vec::new();
        for candidate in raw.split(',') {
            let candidate = candidate.trim();
            if candidate.is_empty() {
                continue;
            }
            let mut parts = candidate.split_whitespace();
            let url = SafeUrl::parse(parts.next().unwrap_or_default())?;
            let descriptor = parts.next();
            if parts.next().is_some() || !descriptor.is_none_or(is_descriptor) {
                return Err(UrlError::Garbled);
            }
            out.push(match descriptor {
                Some(d) => format!("{url} {d}"),
                None => url.0,
            });
        }
        if out.is_empty() {
            return Err(UrlError::Empty);
        }
        Ok(SrcSet(out.join(", ")))
    }

    /// The cleaned value for the `srcset` attribute.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `640w`, `2x`, `1.5x`.
fn is_descriptor(d: &str) -> bool {
    let Some(num) = d.strip_suffix(['w', 'x']) else {
        return false;
    };
    !num.is_empty() && num.chars().all(|c| c.is_ascii_digit() || c == '.')
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
