//! RFC 3339 timestamps, checked natively so an impossible date (`2026-02-30`) is a
//! warning with a path rather than "Invalid Date" on the page. Besides instants (with a
//! zone), a bare date and a local date-time (no zone: the publisher's wall clock, shown
//! as written and never shifted into the reader's zone) are kept.

use serde::Serialize;

/// A validated point in time; keeps the publisher's text for `<time datetime>`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Timestamp {
    text: String,
    #[serde(skip)]
    epoch_ms: f64,
    #[serde(skip)]
    kind: Kind,
}

/// How much later than the published time an update must be to be shown as one.
const UPDATE_MIN_MS: f64 = 60_000.0;

/// What a timestamp pins down.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Kind {
    /// A point in time (with `Z` or an offset).
    #[default]
    Instant,
    /// A calendar day.
    Date,
    /// A wall-clock time in the publisher's (unknown) zone.
    Local,
}

impl Timestamp {
    /// Accepts `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` (also `t`/space separators and `z`),
    /// a bare `YYYY-MM-DD`, which many CMSs emit and which we read as that day in UTC,
    /// and `YYYY-MM-DDTHH:MM:SS` with no zone, read as the publisher's local time.
    pub fn parse(raw: &str) -> Result<Timestamp, String> {
        let s = raw.trim();
        let b = s.as_bytes();
        let bad = || format!("\"{}\" is not an RFC 3339 date-time", clip(s));
        let num = |from: usize, len: usize| -> Option<u32> {
            let part = b.get(from..from + len)?;
            part.iter().all(u8::is_ascii_digit).then(|| {
                part.iter()
                    .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
            })
        };
        let (year, month, day) = match (num(0, 4), b.get(4), num(5, 2), b.get(7), num(8, 2)) {
            (Some(y), Some(b'-'), Some(m), Some(b'-'), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("\"{}\" is not a real calendar date", clip(s)));
        }
        let days = days_from_civil(year, month, day);
        if b.len() == 10 {
            return Ok(Timestamp {
                text: s.to_owned(),
                epoch_ms: days as f64 * 86_400_000.0,
                kind: Kind::Date,
            });
        }
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
            return Err(bad());
        }
        let (hour, minute, second) =
            match (num(11, 2), b.get(13), num(14, 2), b.get(16), num(17, 2)) {
                (Some(h), Some(b':'), Some(m), Some(b':'), Some(s)) => (h, m, s),
                _ => return Err(bad()),
            };
        if hour > 23 || minute > 59 || second > 60 {
            return Err(format!("\"{}\" has an impossible time of day", clip(s)));
        }
        let mut i = 19;
        let mut millis = 0.0;
        if b.get(i) == Some(&b'.') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return Err(bad());
            }
            let frac: f64 = s[start - 1..i].parse::<f64>().map_err(|_| bad())?;
            millis = (frac * 1000.0).floor();
        }
        let mut kind = Kind::Instant;
        let offset_min: i64 = match b.get(i) {
            None => {
                // No zone: placed as if UTC, so it is shown as written.
                kind = Kind::Local;
                0
            }
            Some(b'Z' | b'z') if b.len() == i + 1 => 0,
            Some(sign @ (b'+' | b'-')) if b.len() == i + 6 && b[i + 3] == b':' => {
                let (Some(oh), Some(om)) = (num(i + 1, 2), num(i + 4, 2)) else {
                    return Err(bad());
                };
                if oh > 23 || om > 59 {
                    return Err(bad());
                }
                let m = i64::from(oh * 60 + om);
                if *sign == b'-' { -m } else { m }
            }
            _ => return Err(bad()),
        };
        let secs =
            days * 86_400 + i64::from(hour * 3600 + minute * 60 + second.min(59)) - offset_min * 60;
        Ok(Timestamp {
            text: s.to_owned(),
            epoch_ms: secs as f64 * 1000.0 + millis,
            kind,
        })
    }

    /// The publisher's text, for the `datetime` attribute.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Milliseconds since 1970-01-01T00:00Z, for `new Date(ms)` and "3 hours ago".
    pub fn epoch_ms(&self) -> f64 {
        self.epoch_ms
    }

    /// Whether this time, given as a story's update, says something the published time
    /// does not: CMSs write both on the first save, sometimes a few milliseconds apart
    /// or in the wrong order, so only a time more than a minute after `published`
    /// counts as an update.
    pub fn is_update_of(&self, published: &Timestamp) -> bool {
        self.epoch_ms - published.epoch_ms > UPDATE_MIN_MS
    }

    /// True for a bare date, which must be formatted without a time and in UTC.
    pub fn is_date_only(&self) -> bool {
        self.kind == Kind::Date
    }

    /// True for a wall-clock time with no zone, which must be formatted in UTC (where
    /// [`Self::epoch_ms`] places it) so that it reads as written, and never as "ago".
    pub fn is_local(&self) -> bool {
        self.kind == Kind::Local
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        let head: String = s.chars().take(40).collect();
        format!("{head}…")
    } else {
        s.to_owned()
    }
}

fn is_leap(y: u32) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, inverted).
fn days_from_civil(y: u32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
#[path = "time_tests.rs"]
mod tests;
