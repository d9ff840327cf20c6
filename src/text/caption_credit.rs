//! Photo credits hidden in captions. Many CMSs have no credit field, so the credit is
//! typed at the end of the caption: "… at the town hall. (Jane Roe / Example Daily)".
//! The widget shows credits apart ("Photo: …"), so they are split off, but only when
//! the parenthesised text clearly is a credit, never "(left)" or "(2019)".
//!
//! The rule, for a caption with no separate credit:
//! 1. the caption (trimmed) ends with `)`, and scanning back from it with a depth
//!    counter finds the matching `(`; an unbalanced `)` means no credit;
//! 2. that group is the last thing in the caption and is preceded by whitespace or
//!    sentence punctuation (`. , ; : ! ? — – -`), or starts the caption (the whole
//!    caption is then the credit and the caption part is empty);
//! 3. its content (trimmed) is non-empty and at most 80 characters;
//! 4. the content contains `/` ("Jane Roe / Example Daily", "AP Photo/Evan Vucci"), or
//!    starts with a credit word (Photo, Photograph, Image, Credit, Courtesy, Foto, AP,
//!    Reuters, Getty), or is 2–6 words that all start with a capital letter (name
//!    particles such as "van", "de", "of" are allowed between them).
//!
//! A leading label the widget already prints ("Photo:", "Photo by", "Credit:",
//! "Image:", "Foto:") is removed from the credit.
//!
//! Separately, [`credit_only`] recognises a caption that is nothing but a copyright
//! notice ("© Jane Roe", "(c) Example Tourism | Jane Roe").

/// Longest parenthesised text still read as a credit, in characters.
const MAX_CREDIT_CHARS: usize = 80;

/// Words that open a credit ("Photo: …", "Courtesy of …", "AP Photo/…").
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photography",
    "image",
    "images",
    "credit",
    "courtesy",
    "foto",
    "fotos",
    "reuters",
    "getty",
];

/// Lower-case words allowed between capitalised name words ("Anna van der Berg").
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "y", "of",
    "the", "and", "&", "bin", "al",
];

/// Labels removed from the front of a credit because the widget prints "Photo:" itself.
const LABELS: &[&str] = &[
    "photo credit:",
    "image credit:",
    "photograph:",
    "photograph by",
    "photo:",
    "photo by",
    "photos:",
    "photos by",
    "image:",
    "image by",
    "credit:",
    "foto:",
];

/// Splits a trailing parenthesised credit off a caption: `Some((caption, credit))`,
/// where the caption may be empty if the whole text was the credit; `None` when the
/// caption has no credit by the rule in the module notes.
pub fn split_credit(caption: &str) -> Option<(String, String)> {
    let text = caption.trim();
    let inner_end = text.strip_suffix(')')?.len();
    let open = matching_open(text)?;
    let content = text[open + 1..inner_end].trim();
    if content.is_empty() || content.chars().count() > MAX_CREDIT_CHARS {
        return None;
    }
    let before = &text[..open];
    let separated = match before.chars().next_back() {
        None => true,
        Some(c) => c.is_whitespace() || ".,;:!?—–-".contains(c),
    };
    if !separated || !is_credit(content) {
        return None;
    }
    let credit = strip_label(content);
    if credit.is_empty() {
        return None;
    }
    let rest = before
        .trim_end()
        .trim_end_matches(['—', '–', '-', '|'])
        .trim_end();
    Some((rest.to_owned(), credit.to_owned()))
}

/// The credit of a caption that is only a copyright notice ("© Jane Roe", "(c) Jane
/// Roe"), which would otherwise show as a caption.
pub fn credit_only(caption: &str) -> Option<String> {
    let text = caption.trim();
    let rest = text
        .strip_prefix('©')
        .or_else(|| text.strip_prefix("(c)"))
        .or_else(|| text.strip_prefix("(C)"))?
        .trim();
    if rest.is_empty() || rest.chars().count() > MAX_CREDIT_CHARS {
        return None;
    }
    Some(format!("© {rest}"))
}

/// Byte index of the `(` matching the final `)` of `text`, by a balanced scan from the
/// end; `None` when the parentheses do not balance.
fn matching_open(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether parenthesised text reads as a credit (rule 4 of the module notes).
fn is_credit(content: &str) -> bool {
    if content.contains('/') {
        return true;
    }
    let first: String = content.chars().take_while(|c| c.is_alphabetic()).collect();
    if first == "AP" || CREDIT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(&first)) {
        return true;
    }
    let words: Vec<&str> = content.split_whitespace().collect();
    let capitalised = |w: &str| {
        let w = w.trim_start_matches(['"', '“', '‘', '\'']);
        w.chars().next().is_some_and(char::is_uppercase)
    };
    let named = words.iter().filter(|w| capitalised(w)).count();
    (2..=6).contains(&words.len())
        && named >= 2
        && words.first().is_some_and(|w| capitalised(w))
        && words
            .iter()
            .all(|w| capitalised(w) || PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// Removes a leading "Photo:"-style label (case-insensitive).
fn strip_label(content: &str) -> &str {
    for label in LABELS {
        if let Some(head) = content.get(..label.len())
            && head.eq_ignore_ascii_case(label)
        {
            return content[label.len()..].trim();
        }
    }
    content
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Option<(String, String)> {
        split_credit(s)
    }

    #[test]
    fn labels_are_stripped() {
        assert_eq!(strip_label("Photo: X"), "X");
        assert_eq!(strip_label("photo by X"), "X");
        assert_eq!(strip_label("Photographer X"), "Photographer X");
    }

    #[test]
    fn a_credit_only_caption_has_an_empty_caption() {
        assert_eq!(split("(Photo: X)"), Some((String::new(), "X".into())));
        assert_eq!(credit_only("(c) A | B").as_deref(), Some("© A | B"));
        assert_eq!(credit_only("©"), None);
        assert_eq!(credit_only("A (c) B"), None);
    }
}
