//! Tests of [`super`], kept in their own file.

use super::*;

#[test]
fn parses_offsets_to_the_same_instant() {
    let a = Timestamp::parse("2026-03-04T10:15:00Z").unwrap();
    let b = Timestamp::parse("2026-03-04T13:15:00+03:00").unwrap();
    let c = Timestamp::parse("2026-03-04 05:15:00.250-05:00").unwrap();
    assert_eq!(a.epoch_ms(), b.epoch_ms());
    assert_eq!(a.epoch_ms() + 250.0, c.epoch_ms());
    assert_eq!(a.epoch_ms(), 1_772_619_300_000.0);
    assert!(!a.is_date_only());
}

#[test]
fn accepts_bare_dates_as_utc_days() {
    let d = Timestamp::parse("1970-01-02").unwrap();
    assert!(d.is_date_only());
    assert_eq!(d.epoch_ms(), 86_400_000.0);
}

#[test]
fn keeps_zone_less_times_as_the_publishers_wall_clock() {
    let local = Timestamp::parse("2023-02-21T21:20:00").unwrap();
    assert!(local.is_local() && !local.is_date_only());
    // Placed as if UTC, so formatting in UTC shows 21:20 whatever the reader's zone.
    assert_eq!(
        local.epoch_ms(),
        Timestamp::parse("2023-02-21T21:20:00Z").unwrap().epoch_ms()
    );
    assert!(!Timestamp::parse("2023-02-21T21:20:00Z").unwrap().is_local());
}

#[test]
fn refuses_impossible_and_malformed_dates() {
    for bad in [
        "2026-02-29T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-04-31",
        "2026-01-01T24:00:00Z",
        "2026-01-01T10:00Z",
        "yesterday",
        "",
        "2026-01-01T10:00:00.Z",
        "2026-01-01T10:00:00+5:00",
    ] {
        assert!(Timestamp::parse(bad).is_err(), "{bad}");
    }
    assert!(Timestamp::parse("2024-02-29T00:00:00Z").is_ok());
}

#[test]
fn only_a_time_more_than_a_minute_after_publishing_is_an_update() {
    let t = |s: &str| Timestamp::parse(s).unwrap();
    let published = t("2026-03-04T09:00:00.250Z");
    // The CMS's first save: milliseconds apart, in the wrong order, within a minute.
    assert!(!t("2026-03-04T09:00:00.251Z").is_update_of(&published));
    assert!(!t("2026-03-04T08:59:59Z").is_update_of(&published));
    assert!(!t("2026-03-04T10:00:30+01:00").is_update_of(&published));
    assert!(!t("2026-03-04").is_update_of(&published));
    // Real updates, in any zone.
    assert!(t("2026-03-04T09:01:01Z").is_update_of(&published));
    assert!(t("2026-03-04T06:30:00-03:00").is_update_of(&published));
    assert!(t("2026-03-05").is_update_of(&published));
}
