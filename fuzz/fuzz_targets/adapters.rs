//! Bytes → UTF-8 → JSON → every adapter (each format forced, then detection), for `src`
//! and for `related-src`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader_widget::adapters::{Format, convert, convert_related};
use reader_widget::model::json::parse as parse_str;
use reader_widget_fuzz::assert_safe;

const FORMATS: [Option<Format>; 5] = [
    Some(Format::Native),
    Some(Format::JsonLd),
    Some(Format::WordPress),
    Some(Format::JsonFeed),
    None,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(json) = parse_str(text) else {
        return;
    };
    for format in FORMATS {
        if let Some(doc) = convert(&json, format).document {
            assert_safe(|page| page.document(&doc));
        }
        assert_safe(|page| page.sections("related", &convert_related(&json, format).0));
    }
});
