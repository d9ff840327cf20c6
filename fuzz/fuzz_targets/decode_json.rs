//! Bytes → UTF-8 → both JSON parsers (serde_json natively, `model::json` in the browser),
//! which must agree → native decoder.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader_widget::model::decode;
use reader_widget::model::json::parse as parse_str;
use reader_widget::model::json;
use reader_widget_fuzz::{assert_parsers_agree, assert_safe_document};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let native = parse_str(text);
    assert_parsers_agree(text, &native, &json::parse(text));
    if let Ok(json) = native
        && let Some(doc) = decode(&json).document
    {
        assert_safe_document(&doc);
    }
});
