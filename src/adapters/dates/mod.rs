//! Dates as other formats write them, turned into what the model keeps: an instant
//! (RFC 3339), a local wall-clock time, or a calendar day. Nothing is guessed:
//! - ISO 8601 in its extended and basic forms (`2023-02-21T21:20:00+09:00`,
//!   `20230221T212000+0900`), with a space instead of `T`, seconds or the offset's colon
//!   missing (`-0700`, `+01`), `/` between the date's parts (`2023/02/21 21:20`);
//! - RFC 2822 (`Tue, 21 Feb 2023 21:20:00 +0900`, RSS-style), with or without the
//!   leading zero of day and hour, and with the zone names US and European feeds use
//!   (EST, EDT, CST, CDT, MST, MDT, PST, PDT, GMT, UTC, BST, WET, WEST, CET, CEST, EET,
//!   EEST); each becomes RFC 3339 with the same instant;
//! - a time with no zone is the publisher's local time: kept as written, with a warning;
//! - a time or zone that cannot be read keeps the calendar day, with a warning;
//! - anything else is dropped with a warning that quotes it.
//!
//! WordPress's `*_gmt` fields are UTC by definition and have their `Z` added by the
//! WordPress adapter before they get here.

mod rfc2822;
mod zones;

use crate::model::{Diagnostics, Timestamp};

use super::node::Node;
pub use rfc2822::rfc2822_to_rfc3339;
use zones::{digits, offset};

/// Reads a date field (see the module notes); problems are reported at its path.
pub(crate) fn timestamp(node: &Node, d: &mut Diagnostics) -> Option<Timestamp> {
    let raw = node.string(d)?;
    read(&raw, &node.path, d)
}

/// Like [`timestamp`] for text that did not come straight from a JSON string.
pub(crate) fn read(raw: &str, path: &str, d: &mut Diagnostics) -> Option<Timestamp> {
    let s = raw.trim();
    let (text, note) = match normalize(s) {
        Some(Normal::Instant(text)) => (text, None),
        Some(Normal::Local(text)) => (
            text,
            Some(format!(
                "\"{s}\" has no time zone; shown as the publisher's local time"
            )),
        ),
        Some(Normal::Day(day, why)) => (
            day.clone(),
            Some(format!("\"{s}\": {why}; only the date {day} is kept")),
        ),
        None => {
            d.warn(
                path,
                format!("\"{s}\" is not a date this widget can read; ignored"),
            );
            return None;
        }
    };
    match Timestamp::parse(&text) {
        Ok(t) => {
            if let Some(note) = note {
                d.warn(path, note);
            }
            Some(t)
        }
        // The date read well but is not real (February 30th, hour 25): quote what the
        // publisher wrote.
        Err(e) if text == s => {
            d.warn(path, format!("{e}; ignored"));
            None
        }
        Err(_) => {
            d.warn(
                path,
                format!("\"{s}\" is not a real date and time; ignored"),
            );
            None
        }
    }
}

/// What a date's text was turned into.
#[derive(Debug, PartialEq)]
enum Normal {
    /// RFC 3339 with a zone (or a bare date, as written).
    Instant(String),
    /// `YYYY-MM-DDTHH:MM:SS[.frac]`: no zone was given.
    Local(String),
    /// Only the day could be read, and why.
    Day(String, &'static str),
}

/// Reads any of the forms in the module notes.
fn normalize(s: &str) -> Option<Normal> {
    if let Some(text) = rfc2822_to_rfc3339(s) {
        return Some(Normal::Instant(text));
    }
    if let Some(day) = day_in_words(s) {
        return Some(Normal::Instant(day));
    }
    let (date, rest) = date_part(s)?;
    if rest.is_empty() {
        return Some(Normal::Instant(date));
    }
    let Some(rest) = rest.strip_prefix(['T', 't', ' ']) else {
        return Some(Normal::Day(date, "the text after the date is not a time"));
    };
    let Some((time, zone)) = time_part(rest.trim_start()) else {
        return Some(Normal::Day(date, "the time cannot be read"));
    };
    let zone = zone.trim();
    if zone.is_empty() {
        return Some(Normal::Local(format!("{date}T{time}")));
    }
    match offset(zone) {
        Some(offset) => Some(Normal::Instant(format!("{date}T{time}{offset}"))),
        None => Some(Normal::Day(
            date,
            "the time zone is not one this widget knows",
        )),
    }
}

/// A day written with an English month name, as sites print it for readers ("March 5,
/// 2019", "Tue, Mar 5, 2019", "5 March 2019"): `YYYY-MM-DD`.
fn day_in_words(s: &str) -> Option<String> {
    let s = match s.split_once(',') {
        Some((weekday, rest)) if weekday.chars().all(|c| c.is_ascii_alphabetic()) => rest,
        _ => s,
    };
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [first, second, year] = parts.as_slice() else {
        return None;
    };
    let (day, month) = match rfc2822::month_number(first) {
        Some(month) => (second.trim_end_matches(','), month),
        None => (*first, rfc2822::month_number(second)?),
    };
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let year: u32 = year
        .parse()
        .ok()
        .filter(|_| year.len() == 4 && digits(year))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Reads a date a reader may go without (a card's): `None`, and no warning, for
/// anything but a whole date or instant.
pub(crate) fn quiet(raw: &str) -> Option<Timestamp> {
    match normalize(raw.trim())? {
        Normal::Instant(text) => Timestamp::parse(&text).ok(),
        Normal::Local(_) | Normal::Day(..) => None,
    }
}

/// `2023-02-21`, `2023/02/21` or `20230221` at the start: the date as `YYYY-MM-DD`, and
/// what follows.
fn date_part(s: &str) -> Option<(String, &str)> {
    let b = s.as_bytes();
    if b.len() >= 10 && digits(s.get(..4)?) && matches!(b[4], b'-' | b'/') && b[7] == b[4] {
        let (m, d) = (s.get(5..7)?, s.get(8..10)?);
        return (digits(m) && digits(d)).then(|| (format!("{}-{m}-{d}", &s[..4]), &s[10..]));
    }
    let basic = s.get(..8)?;
    if digits(basic) && !b.get(8).is_some_and(u8::is_ascii_digit) {
        let date = format!("{}-{}-{}", &basic[..4], &basic[4..6], &basic[6..]);
        return Some((date, &s[8..]));
    }
    None
}

/// `21:20[:00[.5]]` or `2120[00]` (basic) at the start: the time as `HH:MM:SS[.frac]`,
/// and what follows (the zone). An hour may have one digit (`9:05`).
fn time_part(s: &str) -> Option<(String, &str)> {
    fn take(from: &str, n: usize) -> Option<&str> {
        let part = from.get(..n)?;
        digits(part).then_some(part)
    }
    let (hh, rest) = if s.as_bytes().get(1) == Some(&b':') {
        (format!("0{}", take(s, 1)?), &s[1..])
    } else {
        (take(s, 2)?.to_owned(), &s[2..])
    };
    let extended = rest.starts_with(':');
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let mm = take(rest, 2)?;
    let mut rest = &rest[2..];
    let mut ss = "00";
    let sep = if extended { ":" } else { "" };
    if let Some(after) = rest.strip_prefix(sep)
        && let Some(seconds) = take(after, 2)
        && (extended || !after.is_empty())
    {
        ss = seconds;
        rest = &after[2..];
    }
    let mut frac = "";
    if let Some(after) = rest.strip_prefix(['.', ',']) {
        let n = after.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        frac = &rest[..n + 1];
        rest = &after[n..];
    }
    let frac = frac.replace(',', ".");
    Some((format!("{hh}:{mm}:{ss}{frac}"), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Option<Normal> {
        normalize(s)
    }

    fn instant(s: &str) -> Option<Normal> {
        Some(Normal::Instant(s.to_owned()))
    }

    #[test]
    fn iso_forms_publishers_emit() {
        assert_eq!(norm("2024-12-07T10:00Z"), instant("2024-12-07T10:00:00Z"));
        assert_eq!(
            norm("2024-12-07T10:00:30.5+0100"),
            instant("2024-12-07T10:00:30.5+01:00")
        );
        assert_eq!(
            norm("2024-12-07 10:00:30+01"),
            instant("2024-12-07T10:00:30+01:00")
        );
        assert_eq!(
            norm("2023-02-21 22:05:00+0900"),
            instant("2023-02-21T22:05:00+09:00")
        );
        assert_eq!(
            norm("20230221T212000+0900"),
            instant("2023-02-21T21:20:00+09:00")
        );
        assert_eq!(norm("20230221T2120Z"), instant("2023-02-21T21:20:00Z"));
        assert_eq!(norm("20230221"), instant("2023-02-21"));
        assert_eq!(
            norm("2023/02/21 21:20 CET"),
            instant("2023-02-21T21:20:00+01:00")
        );
        assert_eq!(
            norm("2023-07-02T06:30:00-0700"),
            instant("2023-07-02T06:30:00-07:00")
        );
    }

    #[test]
    fn zone_less_times_stay_local_and_unreadable_zones_keep_the_day() {
        assert_eq!(
            norm("2023/02/21 21:20"),
            Some(Normal::Local("2023-02-21T21:20:00".into()))
        );
        assert_eq!(
            norm("2024-12-07T10:00"),
            Some(Normal::Local("2024-12-07T10:00:00".into()))
        );
        assert_eq!(
            norm("2023-02-21 21:20 Europe/Oslo"),
            Some(Normal::Day(
                "2023-02-21".into(),
                "the time zone is not one this widget knows"
            ))
        );
        assert_eq!(
            norm("2023-02-21Tnoon"),
            Some(Normal::Day("2023-02-21".into(), "the time cannot be read"))
        );
        assert_eq!(norm("yesterday"), None);
        assert_eq!(
            norm("21/02/2023"),
            None,
            "day-first dates are ambiguous; never guessed"
        );
    }

    #[test]
    fn rfc_2822_with_and_without_leading_zeros_and_named_zones() {
        for (raw, want) in [
            ("Tue, 21 Feb 2023 13:20:00 CET", "2023-02-21T13:20:00+01:00"),
            ("Tue, 21 Feb 2023 07:41:09 EST", "2023-02-21T07:41:09-05:00"),
            ("Fri, 14 Jul 2023 09:00:00 BST", "2023-07-14T09:00:00+01:00"),
            ("Sun, 2 Jul 2023 6:30:00 PDT", "2023-07-02T06:30:00-07:00"),
            ("2 Jul 2023 06:30 -0700", "2023-07-02T06:30:00-07:00"),
            (
                "Mon, 03 Jul 2023 08:00:00 EEST",
                "2023-07-03T08:00:00+03:00",
            ),
            ("Mon, 03 Jul 2023 08:00:00 GMT", "2023-07-03T08:00:00Z"),
        ] {
            assert_eq!(rfc2822_to_rfc3339(raw).as_deref(), Some(want), "{raw}");
        }
        assert_eq!(rfc2822_to_rfc3339("Mon, 03 Jul 2023 08:00:00 XYZ"), None);
    }

    #[test]
    fn days_written_in_words_are_days() {
        for (raw, want) in [
            ("March 5, 2019", "2019-03-05"),
            ("Tue, Mar 5, 2019", "2019-03-05"),
            ("5 March 2019", "2019-03-05"),
            ("Sept 30, 2024", "2024-09-30"),
        ] {
            assert_eq!(norm(raw), Some(Normal::Instant(want.to_owned())), "{raw}");
        }
        for raw in ["March 2019", "5 Marzo 2019", "March 5, 19", "Monday"] {
            assert_eq!(norm(raw), None, "{raw}");
        }
        assert!(quiet("February 30, 2019").is_none());
        assert!(quiet("").is_none());
    }

    #[test]
    fn month_first_dates_read_as_rfc_2822_does() {
        for (raw, want) in [
            ("Mon, Jan 7 2019 15:37:00 EST", "2019-01-07T15:37:00-05:00"),
            ("Jan 7 2019 15:37:00 EST", "2019-01-07T15:37:00-05:00"),
            ("Mon, Jan 7 2019 15:37 EST", "2019-01-07T15:37:00-05:00"),
            ("Jan 07, 2019 15:37:00 +0100", "2019-01-07T15:37:00+01:00"),
            (
                "Sat, September 21 2024 8:05 PDT",
                "2024-09-21T08:05:00-07:00",
            ),
        ] {
            assert_eq!(rfc2822_to_rfc3339(raw).as_deref(), Some(want), "{raw}");
        }
        // Two months, two days, or a day out of range stay unread.
        assert_eq!(rfc2822_to_rfc3339("Jan Feb 2019 15:37:00 EST"), None);
        assert_eq!(rfc2822_to_rfc3339("7 7 2019 15:37:00 EST"), None);
        assert_eq!(rfc2822_to_rfc3339("Jan 32 2019 15:37:00 EST"), None);
    }

    #[test]
    fn warnings_quote_what_was_dropped_or_kept_partly() {
        let mut d = Diagnostics::default();
        assert!(read("next Tuesday", "date", &mut d).is_none());
        let local = read("2023/02/21 21:20", "date", &mut d).expect("local time kept");
        assert!(local.is_local());
        let day = read("2023-02-21 21:20 Europe/Oslo", "date", &mut d).expect("day kept");
        assert!(day.is_date_only());
        let msgs: Vec<&str> = d.items().iter().map(|x| x.message.as_str()).collect();
        assert_eq!(
            msgs,
            [
                "\"next Tuesday\" is not a date this widget can read; ignored",
                "\"2023/02/21 21:20\" has no time zone; shown as the publisher's local time",
                "\"2023-02-21 21:20 Europe/Oslo\": the time zone is not one this widget knows; only the date 2023-02-21 is kept",
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in [
            "",
            "2024",
            "2024-12-07T",
            "é",
            "2024-12-07Té",
            "ÅÅÅÅ-ÅÅ-ÅÅT1",
            ")",
            "(x)",
        ] {
            let _ = normalize(s);
            let _ = rfc2822_to_rfc3339(s);
        }
    }
}
