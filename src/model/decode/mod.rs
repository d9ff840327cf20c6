//! JSON → [`Document`], collecting every problem with its path.
//!
//! Fatal (nothing renders, the error panel lists them): the text is not JSON, the top
//! level is not an object, `version` is not 1, `article` is missing or not an object,
//! `headline` is missing, empty or not a string.
//!
//! Everything else drops only what is wrong and warns: a field of the wrong type or an
//! unsafe URL is ignored; a media item without a usable `src`, a byline without a name, a
//! body block of unknown type or without text, a card without a safe `url` or a title is
//! dropped; lists longer than [`MAX_LIST_ITEMS`] are cut; unknown fields are reported and
//! ignored; a missing `version` is read as 1.
//!
//! A caption that ends in a parenthesised credit ("… (Jane Roe / Example Daily)") with
//! no `credit` field is split into caption and credit (rule in
//! [`crate::text::caption_credit`]).
//!
//! Card titles and teasers come from CMS feeds that often leave HTML entities in plain
//! text: they are decoded (`&#8217;` → ’), and a teaser's trailing "Continue reading"
//! boilerplate is removed (the card title is already the link).

mod article;
mod body;
mod decoded;
mod embed;
mod fields_list;
mod media;
mod object;
mod related;
mod sliced;

pub use article::is_language_tag;
pub use decoded::Decoded;
pub use fields_list::fields;
pub use related::decode_related_page;
pub use sliced::SlicedDecode;

use super::json::Json;

/// Decodes a parsed JSON value of the native format.
pub fn decode(root: &Json) -> Decoded {
    SlicedDecode::new(root).finish()
}

/// Parses and decodes JSON text; a parse failure is one fatal diagnostic (for native
/// callers: the converter, a server; the browser parses in slices instead).
#[cfg(not(target_arch = "wasm32"))]
pub fn decode_str(text: &str) -> Decoded {
    match super::json::parse(text) {
        Ok(json) => decode(&json),
        Err(message) => Decoded::fatal("", message),
    }
}
