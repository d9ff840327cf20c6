//! Dates as other formats write them, turned into the RFC 3339 the model accepts.
//!
//! Repairs are made only where nothing is guessed:
//! - a time without seconds (`2024-12-07T10:00Z`) gets `:00`;
//! - an offset without a colon (`+0100`) or hours only (`+01`) is written `+01:00`;
//! - an RFC 2822 date (`Fri, 31 May 2019 12:17:58 -0700`, RSS-style, seen in JSON
//!   Feeds) is rewritten as RFC 3339 with the same instant;
//! - a date-time with no time zone (`2024-12-07T10:00:00`) is local time somewhere: the
//!   time cannot be placed, so only its date is kept, with a warning.
//!
//! WordPress's `*_gmt` fields are UTC by definition and have their `Z` added by the
//! WordPress adapter before they get here.

use crate::model::{Diagnostics, Timestamp};

use super::node::Node;

/// Reads a date field, repairing what can be repaired; anything else is reported and
/// ignored.
pub(crate) fn timestamp(node: &Node, d: &mut Diagnostics) -> Option<Timestamp> {
    let raw = node.string(d)?;
    read(&raw, &node.path, d)
}

/// Like [`timestamp`] for text that did not come straight from a JSON string.
pub(crate) fn read(raw: &str, path: &str, d: &mut Diagnostics) -> Option<Timestamp> {
    let error = match Timestamp::parse(raw) {
        Ok(t) => return Some(t),
        Err(e) => e,
    };
    let repaired = normalize_iso(raw)
        .or_else(|| rfc2822_to_rfc3339(raw).map(|s| (s, false)))
        .and_then(|(text, date_only)| Some((Timestamp::parse(&text).ok()?, date_only)));
    match repaired {
        Some((t, true)) => {
            d.warn(
                path,
                format!(
                    "\"{}\" has no time zone; only the date {} is kept",
                    raw.trim(),
                    t.as_str()
                ),
            );
            Some(t)
        }
        Some((t, false)) => Some(t),
        None => {
            d.warn(path, format!("{error}; ignored"));
            None
        }
    }
}

/// Rewrites near-RFC 3339 text (see the module notes); the flag says only the date was
/// kept because the time had no zone.
fn normalize_iso(raw: &str) -> Option<(String, bool)> {
    let s = raw.trim();
    let date = s.get(..10)?;
    let b = s.as_bytes();
    if !(date.len() == 10 && b[4] == b'-' && b[7] == b'-') {
        return None;
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let rest = &s[11..];
    // HH:MM, then optional :SS and fraction.
    let hm = rest.get(..5)?;
    if !(hm.as_bytes()[2] == b':' && digits(&hm[..2]) && digits(&hm[3..])) {
        return None;
    }
    let mut i = 5;
    let mut seconds = ":00".to_owned();
    if rest.as_bytes().get(i) == Some(&b':') {
        let ss = rest.get(i + 1..i + 3)?;
        if !digits(ss) {
            return None;
        }
        seconds = format!(":{ss}");
        i += 3;
        if rest.as_bytes().get(i) == Some(&b'.') {
            let frac_len = rest[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
            if frac_len == 0 {
                return None;
            }
            seconds.push_str(&rest[i..i + 1 + frac_len]);
            i += 1 + frac_len;
        }
    }
    let zone = &rest[i..];
    if zone.is_empty() {
        return Some((date.to_owned(), true));
    }
    let zone = normalize_offset(zone)?;
    Some((format!("{date}T{hm}{seconds}{zone}"), false))
}

/// `Z`, `+01:00`, `+0100`, `+01` → the RFC 3339 spelling.
fn normalize_offset(zone: &str) -> Option<String> {
    if zone.eq_ignore_ascii_case("z") {
        return Some("Z".to_owned());
    }
    let sign = zone.chars().next().filter(|c| matches!(c, '+' | '-'))?;
    let body = &zone[1..];
    let bytes = body.as_bytes();
    // Every byte is checked to be an ASCII digit (or the colon) before slicing.
    let (h, m) = match bytes.len() {
        2 if digits(body) => (body, "00"),
        4 if digits(body) => (&body[..2], &body[2..]),
        5 if bytes[2] == b':' && bytes[..2].iter().chain(&bytes[3..]).all(u8::is_ascii_digit) => {
            (&body[..2], &body[3..])
        }
        _ => return None,
    };
    Some(format!("{sign}{h}:{m}"))
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Rewrites an RFC 2822 date (`Fri, 31 May 2019 12:17:58 -0700`) as RFC 3339
/// (`2019-05-31T12:17:58-07:00`), keeping the instant; the weekday is optional and not
/// checked, seconds may be missing, and `GMT`/`UT`/`UTC` and the North American zone
/// names of RFC 2822 are understood. Returns `None` for anything else.
pub fn rfc2822_to_rfc3339(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    // A trailing comment such as "(PDT)".
    if s.ends_with(')') {
        s = s[..s.rfind('(')?].trim_end();
    }
    if let Some((weekday, rest)) = s.split_once(',') {
        if !weekday.trim().chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        s = rest;
    }
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [day, month, year, time, zone] = parts.as_slice() else {
        return None;
    };
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = month_number(month)?;
    let year: u32 = match year.len() {
        4 if digits(year) => year.parse().ok()?,
        // RFC 2822 §4.3: two-digit years below 50 are 20xx, the rest 19xx.
        2 if digits(year) => {
            let y: u32 = year.parse().ok()?;
            if y < 50 { 2000 + y } else { 1900 + y }
        }
        _ => return None,
    };
    let time_parts: Vec<&str> = time.split(':').collect();
    let (hh, mm, ss) = match time_parts.as_slice() {
        [h, m] => (*h, *m, "00"),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    if ![hh, mm, ss].iter().all(|p| p.len() == 2 && digits(p)) {
        return None;
    }
    let offset = zone_offset(zone)?;
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{hh}:{mm}:{ss}{offset}"
    ))
}

fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    let key = lower.get(..3)?;
    let full_ok = lower.len() == 3
        || [
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "sept",
        ]
        .contains(&lower.as_str());
    let n = MONTHS.iter().position(|m| *m == key)?;
    full_ok.then_some(n as u32 + 1)
}

fn zone_offset(zone: &str) -> Option<String> {
    let named = match zone.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => Some("Z"),
        "EDT" => Some("-04:00"),
        "EST" | "CDT" => Some("-05:00"),
        "CST" | "MDT" => Some("-06:00"),
        "MST" | "PDT" => Some("-07:00"),
        "PST" => Some("-08:00"),
        _ => None,
    };
    if let Some(z) = named {
        return Some(z.to_owned());
    }
    let b = zone.as_bytes();
    if b.len() == 5 && matches!(b[0], b'+' | b'-') && digits(&zone[1..]) {
        return Some(format!("{}:{}", &zone[..3], &zone[3..]));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_missing_seconds_and_colonless_offsets() {
        assert_eq!(
            normalize_iso("2024-12-07T10:00Z"),
            Some(("2024-12-07T10:00:00Z".into(), false))
        );
        assert_eq!(
            normalize_iso("2024-12-07T10:00:30.5+0100"),
            Some(("2024-12-07T10:00:30.5+01:00".into(), false))
        );
        assert_eq!(
            normalize_iso("2024-12-07 10:00:30+01"),
            Some(("2024-12-07T10:00:30+01:00".into(), false))
        );
        assert_eq!(
            normalize_iso("2024-12-07T10:00"),
            Some(("2024-12-07".into(), true))
        );
        assert_eq!(normalize_iso("2024-12-07T10"), None);
        assert_eq!(normalize_iso("2024-12-07T10:00 PST"), None);
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
            let _ = normalize_iso(s);
            let _ = rfc2822_to_rfc3339(s);
        }
    }
}
