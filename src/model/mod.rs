//! The public JSON format (version 1): typed model, parsing and validation with JSON
//! paths. Pure Rust so every rule is tested natively.

pub mod caption_credit;
pub mod decode;
pub mod diagnostics;
pub mod json;
pub mod json_text;
pub mod limits;
pub mod time;
pub mod types;
pub mod url;

pub use decode::decode_str;
pub use decode::{Decoded, SlicedDecode, decode};
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use json::Json;
pub use time::Timestamp;
pub use types::*;
pub use url::{SafeUrl, SrcSet, UrlError};
