//! Bytes → UTF-8 → the rich-text parser (native `html` paragraphs) and the block reader
//! (WordPress `content.rendered`, JSON Feed `content_html`, JSON-LD `articleBody`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use reader_widget::adapters::html_to_blocks;
use reader_widget::model::Diagnostics;
use reader_widget::html::{parse_inline, plain_text};
use reader_widget_fuzz::assert_safe;

fuzz_target!(|data: &[u8]| {
    let Ok(html) = std::str::from_utf8(data) else {
        return;
    };
    assert_safe(|page| page.inlines("rich text", &parse_inline(html)));
    let _ = plain_text(html);
    let mut d = Diagnostics::default();
    let body = html_to_blocks(html, "content", &mut d);
    assert_safe(|page| {
        page.blocks("body", &body.blocks);
        for m in &body.media {
            page.media("media", m);
        }
    });
});
