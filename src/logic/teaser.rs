//! Teaser text as publishers' feeds deliver it, cleaned for a card whose title is
//! already the link: a trailing "Continue reading", "Read more" or "[…]" is dropped so
//! the card never says it twice.

/// Boilerplate that feeds append to excerpts (compared case-insensitively).
const PHRASES: &[&str] = &["continue reading", "read more", "read the full story"];

/// Removes trailing read-more boilerplate.
///
/// A phrase counts as boilerplate only where a reader would see it as a link label: in
/// brackets or parentheses, after an ellipsis or the end of a sentence, or followed by
/// an arrow. "Why we should read more" is left alone.
pub fn clean_teaser(text: &str) -> String {
    let mut t = text.trim().to_owned();
    loop {
        let before = t.clone();
        let arrowless = t.trim_end_matches(['→', '»', '›', ' ']);
        let had_arrow = arrowless.len() != t.len();
        t = arrowless.to_owned();
        for phrase in PHRASES {
            let Some(start) = phrase_at_end(&t, phrase) else {
                continue;
            };
            let head = t[..start].trim_end();
            if let Some(inner) = head.strip_suffix(['(', '[']) {
                t = inner.trim_end().to_owned();
            } else if had_arrow
                || head.is_empty()
                || head.ends_with(['.', '…', '!', '?', ']', ')', ':', '—', '–'])
            {
                t = head.to_owned();
            }
        }
        for tail in ["[…]", "[...]", "(…)", " …", " ..."] {
            if let Some(head) = t.strip_suffix(tail) {
                t = head.trim_end().to_owned();
            }
        }
        if t == before {
            return t;
        }
    }
}

/// Byte index where `phrase` (ASCII, lower-case) starts at the end of `text` (ignoring
/// closing punctuation after it), as a whole word.
fn phrase_at_end(text: &str, phrase: &str) -> Option<usize> {
    let trimmed = text.trim_end_matches(['.', '…', ')', ']', ' ']);
    let start = trimmed.len().checked_sub(phrase.len())?;
    if !trimmed.get(start..)?.eq_ignore_ascii_case(phrase) {
        return None;
    }
    let prev = trimmed[..start].chars().next_back();
    (!prev.is_some_and(char::is_alphanumeric)).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::clean_teaser;

    #[test]
    fn drops_read_more_boilerplate() {
        assert_eq!(
            clean_teaser("The bridge reopens. … Continue reading →"),
            "The bridge reopens."
        );
        assert_eq!(
            clean_teaser("The bridge reopens… Continue reading"),
            "The bridge reopens…"
        );
        assert_eq!(
            clean_teaser("The bridge reopens […] Read more »"),
            "The bridge reopens"
        );
        assert_eq!(
            clean_teaser("The bridge reopens [...]"),
            "The bridge reopens"
        );
        assert_eq!(clean_teaser("Cyclists wait (Read more)"), "Cyclists wait");
        assert_eq!(
            clean_teaser("Cyclists wait. Continue reading."),
            "Cyclists wait."
        );
        assert_eq!(clean_teaser("Continue reading"), "");
    }

    #[test]
    fn keeps_text_that_only_looks_similar() {
        assert_eq!(
            clean_teaser("Why we should read more"),
            "Why we should read more"
        );
        assert_eq!(clean_teaser("Spread more joy"), "Spread more joy");
        assert_eq!(clean_teaser("Ideas worth reading →"), "Ideas worth reading");
        assert_eq!(clean_teaser("Plain teaser."), "Plain teaser.");
    }
}
