//! What the browser's `Intl` answers, as a server without it writes it: names joined as a
//! list, plural categories, digits, and dates as the publisher wrote them. Server-rendered
//! HTML shows these until the widget comes alive and the browser's own text replaces them;
//! English follows `Intl`'s `en` output exactly, other languages get a neutral form.

/// How one English-speaking region writes dates, times and lists (what Chromium's `Intl`
/// answers; checked against it region by region).
struct English {
    /// "24 November 2026" rather than "November 24, 2026".
    day_first: bool,
    /// "04 September" (South Africa).
    padded_day: bool,
    /// The day-period words of a 12-hour clock, or `None` for "19:05".
    periods: Option<(&'static str, &'static str)>,
    /// "A, B, and C".
    oxford_comma: bool,
    /// Short month names: "Sept" and, in Australia, "June" and "July".
    short_months: [&'static str; 12],
}

impl English {
    fn of(lang: &str) -> English {
        const US: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const INTL: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
        ];
        const AU: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
        ];
        let region = lang
            .split(['-', '_'])
            .skip(1)
            .find(|p| p.len() == 2)
            .unwrap_or("US")
            .to_ascii_uppercase();
        let us = English {
            day_first: false,
            padded_day: false,
            periods: Some(("AM", "PM")),
            oxford_comma: true,
            short_months: US,
        };
        let intl = English {
            day_first: true,
            padded_day: false,
            periods: Some(("am", "pm")),
            oxford_comma: false,
            short_months: INTL,
        };
        match region.as_str() {
            "US" | "PH" | "PR" | "GU" | "AS" | "VI" | "UM" | "MP" => us,
            "CA" => English {
                periods: Some(("a.m.", "p.m.")),
                oxford_comma: false,
                ..us
            },
            "GB" | "IE" => English {
                periods: None,
                ..intl
            },
            "ZA" => English {
                periods: None,
                padded_day: true,
                ..intl
            },
            "AU" => English {
                short_months: AU,
                ..intl
            },
            _ => intl,
        }
    }
}

/// A piece of a joined list: a name (its index) or the words between names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// The name at this index of the list.
    Name(usize),
    /// The words between two names (", ", " and ").
    Between(String),
}

/// The primary language subtag, lowercased (`en-GB` → `en`).
fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// `count` names joined as `Intl.ListFormat` would in `lang`: "A, B, and C" in English,
/// "A، B و C" in Arabic, "A、B、C" in Japanese and Chinese, else ", " between names.
pub fn join_plain(count: usize, lang: &str) -> Vec<Piece> {
    let (comma, last_two, last_many) = match primary(lang).as_str() {
        "en" if English::of(lang).oxford_comma => (", ", " and ", ", and "),
        "en" => (", ", " and ", " and "),
        "ar" => ("، ", " و", " و"),
        "ja" | "zh" => ("、", "、", "、"),
        _ => (", ", ", ", ", "),
    };
    let mut out = Vec::new();
    for i in 0..count {
        if i > 0 {
            let sep = match (i + 1 == count, count) {
                (true, 2) => last_two,
                (true, _) => last_many,
                (false, _) => comma,
            };
            out.push(Piece::Between(sep.to_owned()));
        }
        out.push(Piece::Name(i));
    }
    out
}

/// The CLDR plural category of `n` in `lang`, for the languages whose rules differ from
/// "one for 1, else other" in the counts the widget shows.
pub fn plural_plain(n: usize, lang: &str) -> &'static str {
    match primary(lang).as_str() {
        "ja" | "zh" | "ko" | "th" | "vi" | "id" | "ms" => "other",
        "fr" | "pt" if n <= 1 => "one",
        "ar" => match (n, n % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "he" if n == 2 => "two",
        _ if n == 1 => "one",
        _ => "other",
    }
}

/// `n` in `lang`'s digits and grouping: "4,000" in English, "٤٬٠٠٠" in Arabic, plain
/// digits elsewhere.
pub fn number_plain(n: usize, lang: &str) -> String {
    let digits = n.to_string();
    let (zero, group) = match primary(lang).as_str() {
        "en" => ('0', Some(',')),
        "ar" => ('\u{660}', Some('\u{66C}')),
        _ => return digits,
    };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.extend(group);
        }
        let value = d.to_digit(10).unwrap_or(0);
        out.push(char::from_u32(zero as u32 + value).unwrap_or(d));
    }
    out
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The parts of an RFC 3339 text the model already validated.
struct Fields<'a> {
    year: &'a str,
    /// 1–12.
    month: usize,
    day: u32,
    /// Hour and minute, when the text has a time.
    time: Option<(u32, u32)>,
}

/// Reads `text`'s [`Fields`] (`None` if it is not RFC 3339).
fn fields(text: &str) -> Option<Fields<'_>> {
    let year = text.get(0..4)?;
    let month: usize = text.get(5..7)?.parse().ok()?;
    let day: u32 = text.get(8..10)?.parse().ok()?;
    let time = match (text.get(11..13), text.get(14..16)) {
        (Some(h), Some(m)) => Some((h.parse().ok()?, m.parse().ok()?)),
        _ => None,
    };
    (1..=12).contains(&month).then_some(Fields {
        year,
        month,
        day,
        time,
    })
}

/// A date (and time) as the publisher wrote it, in their own zone: in English as `Intl`
/// writes its long style for the region ("November 24, 2026 at 7:30 PM" in the US, "24
/// November 2026 at 19:30" in Britain), "2026-11-24 07:30" in other languages; `short`
/// gives a card's medium style ("Nov 24, 2026", "24 Nov 2026"). Falls back to the text.
pub fn written_date(text: &str, lang: &str, short: bool) -> String {
    let Some(Fields {
        year,
        month,
        day,
        time,
    }) = fields(text)
    else {
        return text.to_owned();
    };
    if primary(lang) != "en" {
        return match time.filter(|_| !short) {
            Some((h, m)) => format!("{year}-{month:02}-{day:02} {h:02}:{m:02}"),
            None => format!("{year}-{month:02}-{day:02}"),
        };
    }
    let english = English::of(lang);
    let name = if short {
        english.short_months[month - 1]
    } else {
        MONTHS[month - 1]
    };
    let day = if english.padded_day {
        format!("{day:02}")
    } else {
        day.to_string()
    };
    let date = if english.day_first {
        format!("{day} {name} {year}")
    } else {
        format!("{name} {day}, {year}")
    };
    match (time.filter(|_| !short), english.periods) {
        (Some((h, m)), Some((am, pm))) => {
            let (h12, half) = match h {
                0 => (12, am),
                1..=11 => (h, am),
                12 => (12, pm),
                _ => (h - 12, pm),
            };
            format!("{date} at {h12}:{m:02} {half}")
        }
        (Some((h, m)), None) => format!("{date} at {h:02}:{m:02}"),
        (None, _) => date,
    }
}

#[cfg(test)]
#[path = "server_locale_tests.rs"]
mod tests;
