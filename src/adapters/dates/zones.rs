//! Time zones as dates spell them: offsets in their several forms, and the names feeds
//! use.

/// `Z`, `+01:00`, `+0100`, `+01`, or a zone name ([`named_zone`]) → the RFC 3339
/// spelling.
pub(super) fn offset(zone: &str) -> Option<String> {
    if let Some(named) = named_zone(zone) {
        return Some(named.to_owned());
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

/// The offsets of the zone names feeds use (RFC 2822's and Europe's).
fn named_zone(name: &str) -> Option<&'static str> {
    Some(match name.to_ascii_uppercase().as_str() {
        "Z" | "GMT" | "UT" | "UTC" | "WET" => "Z",
        "BST" | "CET" | "WEST" => "+01:00",
        "CEST" | "EET" => "+02:00",
        "EEST" => "+03:00",
        "EDT" => "-04:00",
        "EST" | "CDT" => "-05:00",
        "CST" | "MDT" => "-06:00",
        "MST" | "PDT" => "-07:00",
        "PST" => "-08:00",
        _ => return None,
    })
}

pub(super) fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}
