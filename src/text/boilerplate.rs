//! Boilerplate CMSs and feeds leave in the text a reader sees: a newsletter plug at the
//! end of a deck, placeholders of embeds that did not load (`%BlockedContent-twitter%`),
//! permalink glyphs as paragraphs or at the end of teasers ("★", "¶", "∞"), and the
//! site's name repeated after the headline (" | Example Daily"). Each rule is
//! conservative: it removes only what a reader would not miss, and the tests show what
//! it must not touch. (Read-more labels are [`super::teaser`]'s.)

use super::page_chrome::fold;

/// Glyphs blogs and feeds use as permalink markers.
const PERMALINK_GLYPHS: &[char] = &['★', '☆', '◉', '∞', '¶', '§', '#', '⚓', '→', '⁂', '◆'];

/// Separators between a headline and the site's name.
const SUFFIX_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " : ", " ： ", "｜", " · ", "：",
];

/// How a newsletter plug begins (a call to sign up), in the languages the widget speaks,
/// lower-cased as [`fold`] writes them.
const PLUG_STARTS: &[&str] = &[
    "subscribe",
    "sign up",
    "get our",
    "join our",
    "don't miss",
    "abonnieren",
    "abonniere",
    "melden sie sich",
    "jetzt anmelden",
    "hier anmelden",
    "bestellen sie",
    "suscríbete",
    "suscríbase",
    "suscribite",
    "regístrate",
    "apúntate",
    "recibe",
    "abonnez-vous",
    "inscrivez-vous",
    "recevez",
    "iscriviti",
    "abbonati",
    "ricevi",
    "assine",
    "inscreva-se",
    "cadastre-se",
    "receba",
    "schrijf je in",
    "meld je aan",
    "abonneer",
    "подпишитесь",
    "подписывайтесь",
    "подпишись",
    "abone ol",
    "zapisz się",
    "zapisz sie",
    "اشترك",
    "سجل",
    "הירשמו",
    "הרשמו",
    "सब्सक्राइब",
    "登録",
    "訂閱",
    "订阅",
];

/// What a plug is about; a sentence without one of these is not a plug.
const PLUG_TOPICS: &[&str] = &[
    "newsletter",
    "boletín",
    "boletim",
    "infolettre",
    "lettre d'information",
    "lettre d’information",
    "nieuwsbrief",
    "рассылк",
    "bülten",
    "النشرة",
    "ניוזלטר",
    "न्यूज़लेटर",
    "न्यूजलेटर",
    "ニュースレター",
    "メルマガ",
    "电子报",
    "電子報",
];

/// Sentence ends a plug may follow.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', ':', '。', '！', '？', '؟', '۔', '।'];

/// Separators between a deck and a plug (" | Subscribe …", " • Newsletter …").
const PLUG_SEPARATORS: &[char] = &['|', '–', '—', '•', '·', '-', '｜', '/'];

/// Removes a trailing newsletter plug from a deck or description: a sentence, or a part
/// after a separator (" | ", " – ", " • "), that asks the reader to sign up for a
/// newsletter ("Subscribe to our newsletter …", "Suscríbete a nuestro boletín", a bare
/// "Newsletter: …" after a separator). The text before it stays as written; a deck
/// *about* newsletters, with no sign-up in a sentence of its own, stays whole.
pub fn strip_newsletter_plug(text: &str) -> String {
    let trimmed = text.trim_end();
    let folded = fold(trimmed);
    let calls = PLUG_STARTS.iter().map(|s| (*s, false));
    let topics = PLUG_TOPICS.iter().map(|s| (*s, true));
    let cut = calls
        .chain(topics)
        .flat_map(|(start, bare)| {
            folded
                .match_indices(start)
                .map(move |(at, _)| (at, bare.then_some(start.len())))
        })
        .filter(|&(at, bare)| {
            let before = &folded[..at];
            let spaced = before.is_empty() || before.ends_with(char::is_whitespace);
            let last = before.trim_end().chars().last();
            // CJK separators and sentence ends need no space after them.
            let ends =
                |set: &[char]| last.is_some_and(|c| set.contains(&c) && (spaced || !c.is_ascii()));
            let boundary = match bare {
                // A bare topic word is a plug only after a separator, as a label
                // (" • Newsletter: …") or with a call to sign up ("｜ニュースレターに登録");
                // "| Newsletters are booming" is about them.
                Some(len) => {
                    let rest = &folded[at + len..];
                    let label = rest.trim_start();
                    ends(PLUG_SEPARATORS)
                        && (label.is_empty()
                            || label.starts_with([':', '：', '–', '—', '|'])
                            || PLUG_STARTS.iter().any(|s| rest.contains(s)))
                }
                // A call to sign up after a separator or a sentence end.
                None => ends(PLUG_SEPARATORS) || before.trim().is_empty() || ends(SENTENCE_ENDS),
            };
            boundary && PLUG_TOPICS.iter().any(|t| folded[at..].contains(t))
        })
        .map(|(at, _)| at)
        .min();
    match cut {
        Some(at) => trimmed[..at]
            .trim_end()
            .trim_end_matches(PLUG_SEPARATORS)
            .trim_end()
            .to_owned(),
        None => text.to_owned(),
    }
}

/// True for a placeholder a CMS leaves where an embed was blocked or not rendered:
/// `%BlockedContent-twitter%`, `%%embed%%`, `[embed]…[/embed]`.
pub fn is_placeholder(text: &str) -> bool {
    let t = text.trim();
    let percent = t.len() > 2
        && t.starts_with('%')
        && t.ends_with('%')
        && t.trim_matches('%')
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'));
    let shortcode = t.starts_with("[embed]") && t.ends_with("[/embed]");
    percent || shortcode
}

/// True for a paragraph that is only a permalink glyph ("★", "¶ ∞").
pub fn is_glyph_only(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.chars()
            .all(|c| c.is_whitespace() || PERMALINK_GLYPHS.contains(&c))
}

/// Removes a permalink glyph at the end of a teaser ("… the new timetable. ★").
pub fn strip_trailing_glyph(text: &str) -> String {
    let t = text.trim_end();
    match t.chars().last() {
        Some(c) if PERMALINK_GLYPHS.contains(&c) && c != '#' => {
            let head = t[..t.len() - c.len_utf8()].trim_end();
            // A glyph standing alone after the text, not part of it ("C#").
            if head.len() < t.len() - c.len_utf8() {
                return head.to_owned();
            }
            text.to_owned()
        }
        _ => text.to_owned(),
    }
}

/// Whether a headline's tail is the publisher's name, as written or without a last
/// character of company form ("日本経済新聞" for "日本経済新聞社").
fn names_the_site(tail: &str, site: &str) -> bool {
    let (tail, site) = (tail.to_lowercase(), site.to_lowercase());
    tail == site
        || tail.chars().count() >= 4
            && site
                .strip_prefix(tail.as_str())
                .is_some_and(|rest| rest.chars().count() == 1)
}

/// Removes " | Site Name" (or " - ", " ： " …) from the end of a headline when it equals
/// the publisher's name; a headline that is only the name, or a different ending, stays.
pub fn strip_site_suffix(headline: &str, site: &str) -> String {
    let site = site.trim();
    if site.is_empty() {
        return headline.to_owned();
    }
    let trimmed = headline.trim_end();
    for sep in SUFFIX_SEPARATORS {
        if let Some(at) = trimmed.rfind(sep) {
            let (head, tail) = (&trimmed[..at], trimmed[at + sep.len()..].trim());
            if !head.trim().is_empty() && names_the_site(tail, site) {
                return head.trim_end().to_owned();
            }
        }
    }
    headline.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newsletter_plugs_leave_the_deck() {
        assert_eq!(
            strip_newsletter_plug(
                "Volunteers counted more pups than ever. Subscribe to our newsletter for weekly updates."
            ),
            "Volunteers counted more pups than ever."
        );
        assert_eq!(
            strip_newsletter_plug("Repainted in a week. Sign up for the Morning Tide newsletter!"),
            "Repainted in a week."
        );
        // Not a plug: the newsletter is the story, or the sentence goes on about something else.
        let story = "Why 40,000 readers subscribe to a newsletter about tides";
        assert_eq!(strip_newsletter_plug(story), story);
        let other = "Residents can sign up for the tour. Places are limited.";
        assert_eq!(strip_newsletter_plug(other), other);
    }

    #[test]
    fn plugs_after_a_separator_leave_in_every_language() {
        for (text, want) in [
            (
                "The ferry runs again from May | Subscribe to our weekly newsletter here.",
                "The ferry runs again from May",
            ),
            (
                "Three streets close for the works – Sign up for the Harbour Post newsletter",
                "Three streets close for the works",
            ),
            (
                "A new school opens • Newsletter: the week in five minutes",
                "A new school opens",
            ),
            (
                "El puerto amplía su horario. Suscríbete a nuestro boletín diario.",
                "El puerto amplía su horario.",
            ),
            (
                "Der Hafen wächst | Jetzt anmelden: der Newsletter am Morgen",
                "Der Hafen wächst",
            ),
            (
                "Le port s'agrandit. Inscrivez-vous à notre newsletter !",
                "Le port s'agrandit.",
            ),
            (
                "Порт расширяется. Подпишитесь на нашу рассылку.",
                "Порт расширяется.",
            ),
            ("港が拡張へ｜ニュースレターに登録", "港が拡張へ"),
        ] {
            assert_eq!(strip_newsletter_plug(text), want, "{text}");
        }
    }

    #[test]
    fn decks_about_newsletters_stay() {
        for text in [
            "Local papers are closing. Newsletters are filling the gap.",
            "How a one-person e-newsletter became the town's paper",
            "The newsletter boom | Why readers pay for email",
            "Readers who subscribe to the newsletter get the puzzle first",
            "İstanbul'da yeni köprü açıldı",
        ] {
            assert_eq!(strip_newsletter_plug(text), text, "{text}");
        }
    }

    #[test]
    fn placeholders_and_glyph_paragraphs_are_recognised() {
        assert!(is_placeholder("%BlockedContent-twitter%"));
        assert!(is_placeholder(" [embed]https://video.example/1[/embed] "));
        assert!(!is_placeholder("Prices rose 5% in March and 3% in April"));
        assert!(!is_placeholder("%"));
        assert!(is_glyph_only("★"));
        assert!(is_glyph_only(" ¶ ∞ "));
        assert!(!is_glyph_only("★ Five stars from the critics"));
        assert!(!is_glyph_only(""));
    }

    #[test]
    fn a_trailing_permalink_glyph_is_removed_from_teasers() {
        assert_eq!(
            strip_trailing_glyph("Two fewer crossings on weekdays. ◉"),
            "Two fewer crossings on weekdays."
        );
        assert_eq!(strip_trailing_glyph("Rated ★"), "Rated");
        // Part of the text, not a marker.
        assert_eq!(strip_trailing_glyph("Written in C#"), "Written in C#");
        assert_eq!(strip_trailing_glyph("★"), "★");
    }

    #[test]
    fn the_site_name_leaves_the_headline_only_when_it_is_the_site() {
        assert_eq!(
            strip_site_suffix(
                "Old tide markers restored | The Estuary Times",
                "The Estuary Times"
            ),
            "Old tide markers restored"
        );
        assert_eq!(
            strip_site_suffix("港の新しい歩道橋が開通 ： 例示新聞", "例示新聞"),
            "港の新しい歩道橋が開通"
        );
        assert_eq!(
            strip_site_suffix("Bridge reopens - tidewatch", "Tidewatch"),
            "Bridge reopens"
        );
        // A different ending, or nothing left, stays.
        assert_eq!(
            strip_site_suffix("Mayor – the interview", "The Estuary Times"),
            "Mayor – the interview"
        );
        assert_eq!(
            strip_site_suffix("The Estuary Times", "The Estuary Times"),
            "The Estuary Times"
        );
        assert_eq!(strip_site_suffix("A | B", ""), "A | B");
        // The site's name without its company form, after a full-width colon.
        assert_eq!(
            strip_site_suffix("港の歩道橋が開通\u{3000}：例示経済新聞", "例示経済新聞社"),
            "港の歩道橋が開通"
        );
        // A colon inside the headline, or a shorter name, stays.
        assert_eq!(
            strip_site_suffix("速報：例示経済新聞の記者が受賞", "例示経済新聞社"),
            "速報：例示経済新聞の記者が受賞"
        );
        assert_eq!(
            strip_site_suffix("Bridge - Tide", "Tidewatch"),
            "Bridge - Tide"
        );
    }
}
