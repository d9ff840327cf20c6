//! The public JSON format (version 1): typed model, parsing and validation with JSON
//! paths. Pure Rust so every rule is tested natively.

pub mod decode;
pub mod diagnostics;
pub mod embeds;
pub mod json;
pub mod limits;
pub mod time;
pub mod types;

pub use crate::html::{List, ListItem};
pub use crate::url::{SafeUrl, SrcSet, UrlError};
#[cfg(not(target_arch = "wasm32"))]
pub use decode::decode_str;
pub use decode::{Decoded, SlicedDecode, decode};
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use json::Json;
pub use time::Timestamp;
pub use types::*;
