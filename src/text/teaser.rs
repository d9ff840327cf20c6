//! Teasers and decks as CMS feeds deliver them, cleaned for a card whose title is
//! already the link: a trailing "Continue reading …", "Read more »" or "(Read more)" is
//! dropped, and "[…]" becomes a plain "…", so nothing ends in a dead link label.

/// Link labels feeds append (compared case-insensitively).
const PHRASES: &[&str] = &["read more", "read the full story"];

/// Removes trailing read-more boilerplate.
///
/// A phrase counts only where a reader would see it as a link label: in brackets or
/// parentheses, after an ellipsis or the end of a sentence, or followed by an arrow.
/// "Continue reading" may be followed by a short title (WordPress appends the post's).
/// "Why we should read more" is left alone.
pub fn clean_teaser(text: &str) -> String {
    let mut t = text.trim().to_owned();
    loop {
        let before = t.clone();
        if let Some(cut) = continue_reading_at(&t) {
            t = t[..cut].trim_end().to_owned();
        }
        let arrowless = t.trim_end_matches(['→', '»', '›', ' ']);
        let had_arrow = arrowless.len() != t.len();
        let (inner, bracketed) = match arrowless.strip_suffix([')', ']']) {
            Some(inner) => (inner.trim_end(), true),
            None => (arrowless, false),
        };
        for phrase in PHRASES {
            let Some(head) = strip_suffix_ci(inner, phrase).map(str::trim_end) else {
                continue;
            };
            if bracketed {
                if let Some(open) = head.strip_suffix(['(', '[']) {
                    t = open.trim_end().to_owned();
                }
            } else if had_arrow || head.is_empty() || ends_sentence(head) {
                t = head.to_owned();
            }
            break;
        }
        for tail in ["[…]", "[...]", "[&hellip;]", "(…)", "..."] {
            if let Some(head) = t.strip_suffix(tail) {
                t = format!("{}…", head.trim_end());
            }
        }
        if let Some(head) = t
            .strip_suffix(" …")
            .or_else(|| t.strip_suffix('…').filter(|h| ends_sentence(h)))
        {
            // "Done. …" reads as "Done."; "It went …" as "It went…".
            t = if ends_sentence(head) {
                head.to_owned()
            } else {
                format!("{head}…")
            };
        }
        if t == before {
            return t;
        }
    }
}

fn ends_sentence(s: &str) -> bool {
    s.ends_with(['.', '!', '?', '”', '"'])
}

/// Where a "Continue reading" label starts: after the end of a sentence or an ellipsis,
/// followed by at most a short title.
fn continue_reading_at(text: &str) -> Option<usize> {
    // ASCII lower-casing keeps byte offsets, so `start` indexes `text` too.
    let lower = text.to_ascii_lowercase();
    let start = lower.rfind("continue reading")?;
    let head = text[..start].trim_end();
    let tail = &text[start + "continue reading".len()..];
    let after_sentence = head.is_empty() || ends_sentence(head) || head.ends_with(['…', ']', ')']);
    (after_sentence && tail.chars().count() <= 120).then_some(start)
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let start = text.len().checked_sub(suffix.len())?;
    let tail = text.get(start..)?;
    let prev = text[..start].chars().next_back();
    (tail.eq_ignore_ascii_case(suffix) && !prev.is_some_and(char::is_alphanumeric))
        .then(|| &text[..start])
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
            clean_teaser("The bridge reopens… Continue reading “Bridge news”"),
            "The bridge reopens…"
        );
        assert_eq!(
            clean_teaser("The bridge reopens […] Read more »"),
            "The bridge reopens…"
        );
        assert_eq!(
            clean_teaser("The bridge reopens [...]"),
            "The bridge reopens…"
        );
        assert_eq!(clean_teaser("Cyclists wait (Read more)"), "Cyclists wait");
        assert_eq!(clean_teaser("Cyclists wait. Read more"), "Cyclists wait.");
        assert_eq!(clean_teaser("Continue reading"), "");
        assert_eq!(clean_teaser("Words words [&hellip;]"), "Words words…");
        assert_eq!(clean_teaser("Words … Read more »"), "Words…");
    }

    #[test]
    fn keeps_text_that_only_looks_similar() {
        assert_eq!(
            clean_teaser("Why we should read more"),
            "Why we should read more"
        );
        assert_eq!(clean_teaser("Spread more joy"), "Spread more joy");
        assert_eq!(clean_teaser("Plain teaser."), "Plain teaser.");
        assert_eq!(
            clean_teaser(
                "He kept on. Continue reading is not the end of this long sentence that goes on well past any title length a WordPress theme would add after the label."
            ),
            "He kept on. Continue reading is not the end of this long sentence that goes on well past any title length a WordPress theme would add after the label."
        );
    }
}
