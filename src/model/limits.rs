//! Resource bounds: hostile or runaway documents end in a clear error or a reported
//! truncation instead of a frozen tab or a blown stack.

/// Largest JSON text accepted, in bytes (a real article is well under 1 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 4 * 1024 * 1024;

/// Deepest nesting of arrays/objects accepted while parsing; bounds recursion.
pub const MAX_JSON_DEPTH: usize = 64;

/// Most entries kept from any one list (body blocks, media, cards); the rest are dropped
/// with a warning.
pub const MAX_LIST_ITEMS: usize = 10_000;

/// Deepest inline markup nesting kept by the rich-text parser (it lives with the parser).
pub use crate::html::MAX_MARKUP_DEPTH;
