//! Page furniture that converted bodies carry as paragraphs of their own: ad labels
//! ("Advertisement", "Anzeige", "広告"), "Supported by", a lone "By", "Continue reading
//! the main story", cookie and consent banners. Only a whole paragraph that is exactly
//! such a label goes (case, spacing and a trailing colon or dots aside); a sentence that
//! merely contains the word stays.

/// Labels of the languages the widget speaks, lower-cased as [`fold`] writes them.
const LABELS: &[&str] = &[
    // English
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "supported by",
    "by",
    "skip advertisement",
    "continue reading the main story",
    "continue reading below",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "article continues after advertisement",
    "scroll to continue with content",
    "ad feedback",
    // German, Dutch, Scandinavian
    "anzeige",
    "werbung",
    "weiterlesen nach der anzeige",
    "artikel wird nach der anzeige fortgesetzt",
    "advertentie",
    "annons",
    "annonce",
    "reklame",
    // Romance languages
    "publicidad",
    "anuncio",
    "continúa leyendo",
    "publicité",
    "la suite après cette publicité",
    "la suite après la publicité",
    "pubblicità",
    "continua a leggere",
    "publicidade",
    "continua após a publicidade",
    "publicitate",
    // Slavic, Greek, Turkish, Hungarian, Finnish
    "реклама",
    "продолжение ниже",
    "reklama",
    "διαφήμιση",
    "reklam",
    "hirdetés",
    "mainos",
    // Arabic, Persian, Urdu, Hebrew
    "إعلان",
    "اعلان",
    "إعلانات",
    "تبلیغات",
    "اشتہار",
    "פרסומת",
    // Indic, East and Southeast Asian
    "विज्ञापन",
    "বিজ্ঞাপন",
    "広告",
    "スポンサーリンク",
    "广告",
    "廣告",
    "광고",
    "โฆษณา",
    "quảng cáo",
    "iklan",
];

/// How consent banners begin (each names cookies); such a paragraph is also short and
/// asks for consent.
const CONSENT_OPENINGS: &[&str] = &[
    "we use cookies",
    "this site uses cookies",
    "this website uses cookies",
    "by continuing to use this site",
    "by using this site, you agree",
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "utilizamos cookies",
    "usamos cookies",
    "este sitio web utiliza cookies",
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "utilizziamo i cookie",
    "questo sito utilizza cookie",
    "este site utiliza cookies",
    "мы используем cookie",
    "bu sitede çerez",
];

/// Words a consent banner asks with (accept, agree, policy …), one of which it holds.
const CONSENT_CUES: &[&str] = &[
    "accept",
    "agree",
    "consent",
    "policy",
    "privacy",
    "settings",
    "akzeptier",
    "zustimm",
    "datenschutz",
    "acept",
    "consentimiento",
    "política",
    "accepte",
    "consentement",
    "politique",
    "accett",
    "consenso",
    "aceit",
    "соглас",
    "kabul",
];

/// Longest consent banner recognised, in characters: a paragraph past it is prose.
const CONSENT_MAX_CHARS: usize = 400;

/// True when a paragraph (or heading) is page furniture rather than the story.
pub fn is_page_chrome(text: &str) -> bool {
    let folded = fold(text);
    let label = folded
        .trim()
        .trim_end_matches([':', '.', '…', '：'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if LABELS.contains(&label.as_str()) {
        return true;
    }
    label.chars().count() <= CONSENT_MAX_CHARS
        && CONSENT_OPENINGS.iter().any(|o| label.starts_with(o))
        && CONSENT_CUES.iter().any(|c| label.contains(c))
}

/// Lower case without changing a character's length in bytes (a character whose lower
/// case is longer, as `İ`'s is, stays as it is), so positions found in the folded text
/// are positions in the original.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_alone_are_chrome_in_every_language() {
        for text in [
            "Advertisement",
            "ADVERTISEMENT",
            " Supported by ",
            "By",
            "Continue reading the main story",
            "Anzeige",
            "Publicidad",
            "Publicité",
            "Pubblicità",
            "Реклама",
            "広告",
            "إعلان",
            "Story continues below advertisement",
            "Advertisement:",
        ] {
            assert!(is_page_chrome(text), "{text}");
        }
        assert!(is_page_chrome(
            "We use cookies to improve your experience. By continuing you accept our cookie policy."
        ));
    }

    #[test]
    fn sentences_that_mention_the_words_stay() {
        for text in [
            "The advertisement ran for a week in three papers.",
            "Supported by a grant from the harbour trust, the survey ran all summer.",
            "By noon the bridge was open again.",
            "Die Anzeige wurde am Montag erstattet.",
            "La publicidad institucional creció un 12 %.",
            "Реклама на остановках появится в мае.",
            "広告費は前年比で増えた。",
            "We use cookies, the baker said, only on Sundays.",
            "",
        ] {
            assert!(!is_page_chrome(text), "{text}");
        }
        let long = format!("We use cookies {}", "and accept more words ".repeat(20));
        assert!(!is_page_chrome(&long));
    }

    #[test]
    fn folding_keeps_byte_positions() {
        for text in ["İstanbul ÇAĞ", "ΣΟΦΊΑ", "Straße", "ǅ"] {
            assert_eq!(fold(text).len(), text.len(), "{text}");
        }
        assert_eq!(fold("SUBSCRIBE Ünal"), "subscribe ünal");
    }
}
