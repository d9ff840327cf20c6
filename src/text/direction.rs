//! Which way a text reads when nobody said: the first strong character decides, as the
//! browser's `dir="auto"` does (Unicode bidi rules P2–P3, without isolates), so a story
//! in Arabic or Hebrew sent without a language is still laid out right to left.

/// `Some(true)` when the first strongly directional character of `text` is
/// right-to-left (Hebrew, Arabic, Syriac, Thaana, N'Ko …), `Some(false)` when it is a
/// left-to-right letter, `None` when the text has no letter at all ("2026", "—").
pub fn first_strong_rtl(text: &str) -> Option<bool> {
    text.chars().find_map(|c| {
        if is_rtl_char(c) {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        }
    })
}

/// Letters of bidi class R or AL: those of the right-to-left blocks.
fn is_rtl_char(c: char) -> bool {
    c.is_alphabetic()
        && matches!(u32::from(c),
            0x0590..=0x08FF        // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic …
            | 0xFB1D..=0xFDFF      // Hebrew and Arabic presentation forms A
            | 0xFE70..=0xFEFF      // Arabic presentation forms B
            | 0x10800..=0x10FFF    // Cypriot … Old Turkic, Hanifi Rohingya, Yezidi …
            | 0x1E800..=0x1EFFF    // Mende Kikakui, Adlam, Arabic mathematical symbols
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_decides() {
        assert_eq!(first_strong_rtl("مدينة تفتتح جسرا جديدا"), Some(true));
        assert_eq!(first_strong_rtl("«2026» הגשר נפתח"), Some(true));
        assert_eq!(first_strong_rtl("کراچی میں نیا پل"), Some(true));
        assert_eq!(first_strong_rtl("ދިވެހި"), Some(true));
        // A Latin brand name first: the text reads left to right, as dir=auto shows it.
        assert_eq!(first_strong_rtl("iPhone يصل إلى الأسواق"), Some(false));
        assert_eq!(first_strong_rtl("2026: Bridge opens"), Some(false));
        assert_eq!(first_strong_rtl("港の歩道橋が開通"), Some(false));
        assert_eq!(first_strong_rtl("Мост открыт"), Some(false));
    }

    #[test]
    fn digits_marks_and_punctuation_are_not_strong() {
        assert_eq!(first_strong_rtl("2026 — 15:30 ..."), None);
        assert_eq!(first_strong_rtl(""), None);
        assert_eq!(first_strong_rtl("«٢٠٢٦» "), None);
    }
}
