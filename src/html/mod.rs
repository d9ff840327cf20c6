//! Everything the widget does with HTML, in one place: a forgiving tokenizer, character
//! references, the allowlist that turns markup into inline nodes, the block reader that
//! turns publishers' article HTML into paragraphs, headings, quotes, lists and images,
//! and the escaping writer for the converter's output. Nothing here hands a string to an
//! HTML parser of the browser: components render the node tree node by node.

mod attrs;
mod blocks;
mod entities;
mod inline;
mod nodes;
mod plain;
mod tokenizer;
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
mod write;

pub use attrs::Attrs;
pub use blocks::{Block, Captioned, Embedded, FoundTrack, Fragment, Img, Reader, read_blocks};
pub use entities::{decode_entities, decode_text};
pub use inline::{DROP_WITH_CONTENT, MAX_MARKUP_DEPTH, parse_inline};
pub use nodes::{Inline, List, ListItem, MAX_LIST_DEPTH, Mark, text_of};
pub use plain::{clean_text, links_in, looks_like_html, plain_text};
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
pub use write::{escape, to_html};
