//! Where a card sits, as the host page's analytics hear it.

use wasm_bindgen::prelude::*;

use crate::browser::events::{detail, number};

/// A card's place, reported in `reader:cardclick` and `reader:impression`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRef {
    pub url: String,
    /// The section's title.
    pub section: String,
    /// 1-based position within its section.
    pub position: usize,
}

impl CardRef {
    /// The event detail `{ url, section, position }`.
    pub fn to_js(&self) -> JsValue {
        detail(&[
            ("url", self.url.as_str().into()),
            ("section", self.section.as_str().into()),
            ("position", number(self.position)),
        ])
    }
}
