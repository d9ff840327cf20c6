//! RFC 2822 dates (`Tue, 21 Feb 2023 21:20:00 +0900`), as RSS-minded feeds write them.

use super::zones::{digits, offset};

/// Rewrites an RFC 2822 date (`Fri, 31 May 2019 12:17:58 -0700`) as RFC 3339
/// (`2019-05-31T12:17:58-07:00`), keeping the instant; the weekday is optional and not
/// checked, the month may come before the day (`Mon, Jan 7 2019 15:37:00 EST`), seconds
/// and the leading zero of day and hour may be missing, and the zone names of
/// [`super::zones`] are understood. Returns `None` for anything else.
pub fn rfc2822_to_rfc3339(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    // A trailing comment such as "(PDT)".
    if s.ends_with(')') {
        s = s[..s.rfind('(')?].trim_end();
    }
    if let Some((weekday, rest)) = s.split_once(',')
        && weekday.trim().chars().all(|c| c.is_ascii_alphabetic())
    {
        s = rest;
    }
    let parts: Vec<&str> = s.split_whitespace().collect();
    let [first, second, year, time, zone] = parts.as_slice() else {
        return None;
    };
    // Day first as the RFC has it, or the month first as US sites write it
    // ("Jan 7 2019"); a comma after the day ("Jan 7, 2019") is read as a space.
    let (day, month) = match month_number(first) {
        Some(month) => (second.trim_end_matches(','), month),
        None => (*first, month_number(second)?),
    };
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
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
    let hh = match hh.len() {
        1 if digits(hh) => format!("0{hh}"),
        2 if digits(hh) => (*hh).to_owned(),
        _ => return None,
    };
    if ![mm, ss].iter().all(|p| p.len() == 2 && digits(p)) {
        return None;
    }
    let offset = offset(zone)?;
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{hh}:{mm}:{ss}{offset}"
    ))
}

/// The number of an English month name ("Jan", "January", "Sept").
pub(super) fn month_number(name: &str) -> Option<u32> {
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
