//! Everything the widget writes itself (labels, announcements, the error panel's title),
//! in the reader's language: one message file per language (`messages/<tag>.txt`, English
//! built in, the rest fetched when a widget needs them), the BCP 47 fallback chain, the
//! host's own wording on top. Grammar that differs by language (joining
//! names, plurals, digits) is left to the browser's `Intl` (see `browser::intl`).
//! Developers' messages (warnings, problem lists) stay English.

pub mod chain;
pub mod store;
pub mod table;
mod texts;

pub use chain::is_rtl;
pub use texts::{Texts, around, blocks, fill, known_key};
