//! Text cleaning shared by the adapters: source "plain text" fields often carry HTML
//! entities or stray tags, excerpts carry "Continue reading" links, and teasers need a
//! length limit that does not cut words in half.

use crate::richtext::{decode_entities, plain_text};

/// Plain text for display: markup removed if the value looks like HTML, entities
/// decoded, whitespace collapsed; `None` when nothing readable is left.
pub fn clean_text(raw: &str) -> Option<String> {
    let text = if looks_like_html(raw) {
        plain_text(raw)
    } else {
        collapse_whitespace(&decode_entities(raw))
    };
    Some(text).filter(|t| !t.is_empty())
}

/// True when `s` contains something tag-like (`<p>`, `</a>`, `<br/>`), so that a
/// comparison such as "a < b" in plain text is not mistaken for markup.
pub fn looks_like_html(s: &str) -> bool {
    let bytes = s.as_bytes();
    bytes.windows(2).enumerate().any(|(i, w)| {
        w[0] == b'<'
            && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!')
            && s[i..].contains('>')
    })
}

/// Runs of whitespace (including line breaks) become one space; the ends are trimmed.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cuts `text` to at most `max` characters at a word boundary and marks the cut with
/// "…"; shorter text is returned unchanged.
pub fn truncate_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = match cut.rfind(char::is_whitespace) {
        // Only back off to a space if that keeps most of the text.
        Some(i) if cut[..i].chars().count() >= max / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    let head = at_word.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '(' | '.')
    });
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_entities_and_tags() {
        assert_eq!(clean_text("A &#038; B").as_deref(), Some("A & B"));
        assert_eq!(
            clean_text("<p>It&#8217;s <b>x</b></p>").as_deref(),
            Some("It’s x")
        );
        assert_eq!(
            clean_text("a < b and c > d").as_deref(),
            Some("a < b and c > d")
        );
        assert_eq!(clean_text("  \n "), None);
    }

    #[test]
    fn truncates_at_words() {
        assert_eq!(truncate_words("short", 10), "short");
        assert_eq!(truncate_words("one two three four", 12), "one two…");
        assert_eq!(truncate_words("abcdefghijklmnop", 5), "abcde…");
    }
}
