//! Words as a reader sees them: whitespace collapsed, and text cut to a length at a word
//! boundary rather than in the middle of one.

/// Runs of ASCII whitespace (spaces, tabs, line breaks) become one space and the ends
/// are trimmed, as a browser shows text. Other spaces are the writer's: a full-width
/// space (U+3000) between Japanese words or a no-break space stays as written.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Marks text the source cut off mid-word with "…". A cut is assumed where text ends
/// with no closing punctuation and either is long for a deck (120 characters or more,
/// the lengths CMS excerpts are cut to) or is written without spaces between words
/// (Chinese, Japanese), where a missing "。" is the sign. Short headline-like decks
/// without a full stop are common and are left alone.
pub fn mark_cut(text: &str) -> String {
    let trimmed = text.trim_end();
    let Some(last) = trimmed.chars().last() else {
        return text.to_owned();
    };
    let closed = matches!(
        last,
        '.' | '!'
            | '?'
            | '…'
            | '"'
            | '\''
            | '”'
            | '’'
            | '»'
            | ')'
            | ']'
            | '。'
            | '！'
            | '？'
            | '」'
            | '』'
            | '）'
            | '】'
            | ':'
            | ';'
    );
    let no_spaces = !trimmed.contains(' ') && trimmed.chars().any(is_cjk);
    let long = trimmed.chars().count() >= 120;
    if closed || !(long || no_spaces) || !last.is_alphanumeric() {
        return text.to_owned();
    }
    format!("{trimmed}…")
}

/// Han, kana and Hangul: scripts written without spaces between words (Hangul uses
/// spaces, but its sentences end in "." too, so it shares the rule).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
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
    fn only_ascii_whitespace_collapses() {
        assert_eq!(collapse_whitespace("  a \n\t b  "), "a b");
        assert_eq!(
            collapse_whitespace("港の\u{3000}歩道橋"),
            "港の\u{3000}歩道橋"
        );
        assert_eq!(collapse_whitespace("10\u{a0}km"), "10\u{a0}km");
    }

    #[test]
    fn a_deck_cut_mid_word_gets_an_ellipsis() {
        let cut = "The council will spend the money on the footbridge and on two new bus shelters near the library, the school, the swimming pool and the rev";
        assert_eq!(mark_cut(cut), format!("{cut}…"));
        assert_eq!(
            mark_cut("式典には多くの住民が集まり、記念の写真を撮っ"),
            "式典には多くの住民が集まり、記念の写真を撮っ…"
        );
        // Left alone: short decks without a full stop, finished sentences, CJK with 。.
        assert_eq!(
            mark_cut("Bridge reopens after six months"),
            "Bridge reopens after six months"
        );
        assert_eq!(mark_cut(&format!("{cut}.")), format!("{cut}."));
        assert_eq!(mark_cut("住民が集まった。"), "住民が集まった。");
        assert_eq!(mark_cut(""), "");
    }

    #[test]
    fn truncates_at_words() {
        assert_eq!(truncate_words("short", 10), "short");
        assert_eq!(truncate_words("one two three four", 12), "one two…");
        assert_eq!(truncate_words("abcdefghijklmnop", 5), "abcde…");
    }
}
