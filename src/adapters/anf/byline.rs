//! Names out of ANF byline text, which is free text that usually carries the date too:
//! "By Stewart Mason | May 14, 2015 | 10:45 AM", "by Paul Gaita  |  May 14, 2015".
//!
//! Only the part before the first `|` is read; a leading "By" is removed; names are
//! split at ", ", " and " and " & "; a part with a digit in it is a date or a time,
//! never a name.

use crate::adapters::bylines::people_in;

/// The people named in a byline text, in order.
pub(super) fn names(text: &str) -> Vec<String> {
    let first = text
        .split(['|', '•', '·'])
        .next()
        .unwrap_or_default()
        .trim();
    let first = strip_by(first);
    let mut out: Vec<String> = Vec::new();
    for chunk in first.split(", ") {
        let chunk = strip_and(chunk.trim());
        for piece in split_words(chunk) {
            let name = piece.trim().trim_end_matches([',', ';', ':']).trim();
            if name.is_empty() || name.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            for name in people_in(name) {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// "By X" / "by: X" / "Written by X" → "X".
fn strip_by(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    for label in ["written by ", "by: ", "by "] {
        if lower.starts_with(label) {
            return text[label.len()..].trim_start();
        }
    }
    text
}

/// "and X" → "X" (the last of "A, B, and C").
fn strip_and(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("and ") {
        return text[4..].trim_start();
    }
    text
}

/// Splits at " and " (any case) and " & ".
fn split_words(text: &str) -> Vec<&str> {
    let lower = text.to_ascii_lowercase();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < lower.len() {
        let rest = &lower[i..];
        let sep = if rest.starts_with(" and ") {
            5
        } else if rest.starts_with(" & ") {
            3
        } else {
            0
        };
        if sep > 0 {
            parts.push(&text[start..i]);
            i += sep;
            start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_not_names() {
        assert_eq!(
            names("by Paul Gaita  |  May 14, 2015  |  11:15 AM"),
            ["Paul Gaita"]
        );
        assert_eq!(
            names("By Bo Sample and Cy Placeholder"),
            ["Bo Sample", "Cy Placeholder"]
        );
        assert_eq!(names("By A, B, and C"), ["A", "B", "C"]);
        assert_eq!(names("By Ana Example, Feb. 21, 2023"), ["Ana Example"]);
        assert_eq!(names("Örjan Ek & Åsa Berg"), ["Örjan Ek", "Åsa Berg"]);
    }
}
