use super::*;

fn joined(count: usize, lang: &str) -> String {
    join_plain(count, lang)
        .into_iter()
        .map(|p| match p {
            Piece::Name(i) => ["A", "B", "C"][i].to_owned(),
            Piece::Between(s) => s,
        })
        .collect()
}

#[test]
fn lists_join_as_intl_does_in_english_and_neutrally_elsewhere() {
    assert_eq!(joined(1, "en"), "A");
    assert_eq!(joined(2, "en-GB"), "A and B");
    assert_eq!(joined(3, "en"), "A, B, and C");
    assert_eq!(joined(3, "ja"), "A、B、C");
    assert_eq!(joined(3, "de"), "A, B, C");
}

#[test]
fn plural_categories_follow_cldr_where_they_differ() {
    assert_eq!(plural_plain(1, "en"), "one");
    assert_eq!(plural_plain(0, "fr"), "one");
    assert_eq!(plural_plain(1, "ja"), "other");
    assert_eq!(plural_plain(2, "ar"), "two");
    assert_eq!(plural_plain(11, "ar"), "many");
    assert_eq!(plural_plain(2, "he"), "two");
}

#[test]
fn numbers_group_in_english_and_use_arabic_digits_in_arabic() {
    assert_eq!(number_plain(4000, "en"), "4,000");
    assert_eq!(number_plain(4000, "ar"), "٤٬٠٠٠");
    assert_eq!(number_plain(4000, "de"), "4000");
    assert_eq!(number_plain(12, "en"), "12");
}

#[test]
fn dates_read_as_written_in_the_publishers_zone() {
    assert_eq!(
        written_date("2026-11-24T19:05:00-05:00", "en", false),
        "November 24, 2026 at 7:05 PM"
    );
    assert_eq!(
        written_date("2026-11-24", "en-US", false),
        "November 24, 2026"
    );
    assert_eq!(
        written_date("2026-01-03T00:10:00Z", "en", true),
        "Jan 3, 2026"
    );
    assert_eq!(
        written_date("2026-11-24T07:30:00Z", "ja", false),
        "2026-11-24 07:30"
    );
    assert_eq!(written_date("yesterday", "en", false), "yesterday");
}

/// What Chromium 156's `Intl` wrote for these regions (dateStyle long + timeStyle short,
/// dateStyle medium, ListFormat), so a server render reads as the live widget will.
#[test]
fn english_regions_write_dates_and_lists_as_chromium_does() {
    let cases = [
        (
            "en-US",
            "September 4, 2026 at 9:05 AM",
            "Sep 4, 2026",
            "A, B, and C",
        ),
        (
            "en-GB",
            "4 September 2026 at 09:05",
            "4 Sept 2026",
            "A, B and C",
        ),
        (
            "en-AU",
            "4 September 2026 at 9:05 am",
            "4 Sept 2026",
            "A, B and C",
        ),
        (
            "en-IE",
            "4 September 2026 at 09:05",
            "4 Sept 2026",
            "A, B and C",
        ),
        (
            "en-IN",
            "4 September 2026 at 9:05 am",
            "4 Sept 2026",
            "A, B and C",
        ),
        (
            "en-CA",
            "September 4, 2026 at 9:05 a.m.",
            "Sep 4, 2026",
            "A, B and C",
        ),
        (
            "en-ZA",
            "04 September 2026 at 09:05",
            "04 Sept 2026",
            "A, B and C",
        ),
        (
            "en-PH",
            "September 4, 2026 at 9:05 AM",
            "Sep 4, 2026",
            "A, B, and C",
        ),
    ];
    for (lang, long, medium, list) in cases {
        assert_eq!(
            written_date("2026-09-04T09:05:00Z", lang, false),
            long,
            "{lang}"
        );
        assert_eq!(
            written_date("2026-09-04T09:05:00Z", lang, true),
            medium,
            "{lang}"
        );
        assert_eq!(joined(3, lang), list, "{lang}");
    }
    assert_eq!(
        written_date("2026-06-01T00:30:00Z", "en-AU", true),
        "1 June 2026"
    );
    assert_eq!(
        written_date("2026-06-01T00:30:00Z", "en-GB", false),
        "1 June 2026 at 00:30"
    );
    assert_eq!(
        written_date("2026-06-01T00:30:00Z", "en-US", false),
        "June 1, 2026 at 12:30 AM"
    );
}
