//! Bytes → UTF-8 → `SafeUrl::parse` and `SrcSet::parse`: whatever is accepted is http(s)
//! or relative as a browser reads it, and reads back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader_widget::model::{SafeUrl, SrcSet};
use reader_widget_fuzz::{assert_safe, assert_safe_url};

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(url) = SafeUrl::parse(raw) {
        assert_safe_url(url.as_str());
    }
    if let Ok(set) = SrcSet::parse(raw) {
        assert_safe(|page| page.srcset("srcset", &set));
    }
});
