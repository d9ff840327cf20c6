//! A wall of text (a long plain-text body sent without a single line break, as many
//! JSON-LD `articleBody` fields are) cut into readable paragraphs at sentence ends.
//! A cut is made only where a sentence surely ends: never inside a number ("3.5"), after
//! a common abbreviation ("Dr.", "etc.", "z.B.") or an initial ("J. Smith"), or before a
//! lower-case word.

/// A body shorter than this (in characters) is left as one paragraph.
pub const WALL_MIN_CHARS: usize = 1000;

/// Sentences per paragraph.
const SENTENCES_PER_PARAGRAPH: usize = 3;

/// A paragraph ends with the sentence that makes it this long (in characters).
const PARAGRAPH_CHARS: usize = 600;

/// Sentence ends of the scripts the widget speaks. The ASCII ones (and the Arabic,
/// Urdu and Devanagari ones) need a space after them; the CJK ones do not.
const SPACED_ENDS: &[char] = &['.', '!', '?', '؟', '۔', '।', '…'];
const CJK_ENDS: &[char] = &['。', '！', '？'];

/// Closing quotes and brackets that may follow a sentence end ("… he said.”).
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '」', '』', ')', ']', '）'];

/// Words that end in a full stop without ending a sentence, lower-cased.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "sra", "srta", "dra", "gen", "gov", "sen",
    "rep", "col", "lt", "capt", "sgt", "rev", "hon", "inc", "ltd", "co", "corp", "vs", "etc",
    "approx", "no", "nr", "nos", "vol", "pp", "fig", "ca", "cf", "al", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "av", "ave", "blvd", "rd",
    "dept", "univ", "bzw", "usw", "vgl", "ggf", "evtl", "mme", "mlle", "cie", "éd", "dott", "sig",
    "ing", "avv", "г", "гг", "ул", "им", "др", "т", "д", "e.g", "i.e", "u.s", "u.k", "a.m", "p.m",
    "z.b", "d.h", "u.a",
];

/// The paragraphs of a wall of text: `None` when the text has a line break of its own
/// or is shorter than [`WALL_MIN_CHARS`] (the publisher's breaks, or none, stand).
pub fn split_wall(text: &str) -> Option<Vec<String>> {
    let text = text.trim();
    if text.contains('\n') || text.chars().count() < WALL_MIN_CHARS {
        return None;
    }
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    let mut count = 0;
    for sentence in sentences(text) {
        if !current.is_empty() && !ends_cjk(&current) {
            current.push(' ');
        }
        current.push_str(sentence);
        count += 1;
        if count == SENTENCES_PER_PARAGRAPH || current.chars().count() >= PARAGRAPH_CHARS {
            paragraphs.push(std::mem::take(&mut current));
            count = 0;
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    Some(paragraphs)
}

fn ends_cjk(text: &str) -> bool {
    text.trim_end_matches(CLOSERS).ends_with(CJK_ENDS)
}

/// The sentences of `text`, trimmed, in order.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let cjk = CJK_ENDS.contains(&c);
        if !cjk && !SPACED_ENDS.contains(&c) {
            continue;
        }
        // Take the run of end marks and closers ("?!", ".”").
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if SPACED_ENDS.contains(&next) || CJK_ENDS.contains(&next) || CLOSERS.contains(&next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let spaced = rest.starts_with(char::is_whitespace);
        if rest.is_empty() || !(cjk || spaced) || c == '.' && !full_stop_ends(&text[start..i]) {
            continue;
        }
        let next = rest.trim_start().chars().next();
        // "etc. and so on": a lower-case word goes on with the sentence; a quotation of
        // several sentences is not cut (unless it never closes).
        if next.is_some_and(char::is_lowercase) || in_quotation(&text[start..end]) {
            continue;
        }
        out.push(text[start..end].trim());
        start = end;
    }
    let last = text[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Whether `text` opens a quotation it does not close (“…, «…, „…“), within a
/// paragraph's length: a quote left open past that is a typo, not a quotation.
fn in_quotation(text: &str) -> bool {
    let count = |c: char| text.matches(c).count();
    // German opens with „ and closes with “; English opens with “.
    let (opened, closed) = if text.contains('„') {
        (count('„') + count('«'), count('“') + count('»'))
    } else {
        (count('“') + count('«'), count('”') + count('»'))
    };
    opened > closed && text.chars().count() < PARAGRAPH_CHARS
}

/// Whether a full stop after `before` ends a sentence: not after an initial ("J."), an
/// abbreviation, or a number cut by a space ("No. 5" is the abbreviation's case).
fn full_stop_ends(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or_default();
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let initial = letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.');
    !(initial || ABBREVIATIONS.contains(&lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wall(sentence: &str, n: usize) -> String {
        vec![sentence; n].join(" ")
    }

    #[test]
    fn a_long_body_without_breaks_becomes_paragraphs_of_three_sentences() {
        let text = wall(
            "The ferry left the harbour at dawn with forty passengers aboard.",
            20,
        );
        let paragraphs = split_wall(&text).expect("split");
        assert_eq!(paragraphs.len(), 7);
        assert!(paragraphs[..6].iter().all(|p| p.matches(". ").count() == 2));
        assert_eq!(paragraphs.join(" "), text, "no word lost or changed");
    }

    #[test]
    fn numbers_abbreviations_and_initials_are_not_sentence_ends() {
        let text = wall(
            "Dr. Ana Example of the U.S. agency said prices rose 3.5 per cent, etc. and J. Smith agreed.",
            14,
        );
        let paragraphs = split_wall(&text).expect("split");
        for p in &paragraphs {
            assert!(p.starts_with("Dr. Ana Example"), "{p}");
            assert!(p.ends_with("agreed."), "{p}");
        }
    }

    #[test]
    fn every_script_s_sentence_ends_count() {
        for (sentence, joiner) in [
            ("افتتح الجسر الجديد صباح اليوم أمام المشاة والدراجات؟", " "),
            ("नया पुल आज सुबह पैदल यात्रियों के लिए खुल गया।", " "),
            ("新しい歩道橋が今朝開通し、多くの人が渡った。", ""),
            (
                "¡El nuevo puente abrió esta mañana para peatones y bicicletas!",
                " ",
            ),
        ] {
            let text = vec![sentence; 60].join(joiner);
            let paragraphs = split_wall(&text).expect(sentence);
            assert!(paragraphs.len() >= 10, "{sentence}: {}", paragraphs.len());
            assert_eq!(paragraphs.concat().replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn a_quotation_of_several_sentences_stays_in_one_paragraph() {
        let text = wall(
            "The mayor spoke. “We waited years. We are glad. It is open,” she said. Nobody argued.",
            16,
        );
        let paragraphs = split_wall(&text).expect("split");
        for p in &paragraphs {
            assert_eq!(p.matches('“').count(), p.matches('”').count(), "{p}");
        }
        let german = wall(
            "Er sagte: „Wir warten. Wir hoffen.“ Dann ging er. Es regnete.",
            25,
        );
        for p in split_wall(&german).expect("split") {
            assert_eq!(p.matches('„').count(), p.matches('“').count(), "{p}");
        }
    }

    #[test]
    fn long_sentences_make_paragraphs_of_about_600_characters() {
        let sentence = format!("{} end.", "Word ".repeat(60));
        let text = wall(&sentence, 10);
        let paragraphs = split_wall(&text).expect("split");
        assert!(paragraphs.iter().all(|p| p.chars().count() <= 2 * 305 + 1));
        assert_eq!(paragraphs.len(), 5);
    }

    #[test]
    fn texts_with_breaks_or_short_texts_are_left_alone() {
        let short = wall("A short body.", 10);
        assert_eq!(split_wall(&short), None);
        let broken = format!("{}\n{}", wall("One line.", 80), wall("Another.", 80));
        assert_eq!(split_wall(&broken), None);
        // One sentence with no end: one paragraph.
        let endless = "word ".repeat(300);
        assert_eq!(split_wall(&endless), Some(vec![endless.trim().to_owned()]));
    }
}
