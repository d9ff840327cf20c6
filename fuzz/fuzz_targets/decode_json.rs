//! Bytes → UTF-8 → our JSON parser and serde_json as the reference, which must agree →
//! native decoder.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader_widget::model::decode;
use reader_widget::model::json;
use reader_widget_fuzz::{assert_parsers_agree, assert_safe, reference};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let native = reference(text);
    assert_parsers_agree(text, &native, &json::parse(text));
    if let Ok(json) = native
        && let Some(doc) = decode(&json).document
    {
        assert_safe(|page| page.document(&doc));
    }
});
