//! What reading a story gathers on the way: body blocks in order, and photos with the
//! ANS `_id` they came with, so the promo image that repeats a body image (same `_id`
//! or same URL) is shown once, keeping what each copy knows.

use std::collections::HashMap;

use crate::adapters::finish::finish_media;
use crate::adapters::pictures::fill_in;
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Block, Diagnostics, Media};

/// Photos in reading order, duplicates folded into their first appearance.
#[derive(Debug, Default)]
pub(super) struct Photos {
    items: Vec<(String, Media)>,
    by_id: HashMap<String, usize>,
    by_src: HashMap<String, usize>,
}

impl Photos {
    /// Adds a photo found at `path`; a repeat of an earlier one (same `_id` or same
    /// URL) only fills in what the earlier copy lacked, with a warning.
    pub fn push(&mut self, path: String, id: Option<String>, m: Media, d: &mut Diagnostics) {
        let id = id.filter(|id| !id.trim().is_empty());
        let earlier = id
            .as_ref()
            .and_then(|id| self.by_id.get(id))
            .or_else(|| self.by_src.get(m.src.as_str()))
            .copied();
        if let Some(i) = earlier {
            let (first_path, first) = &mut self.items[i];
            d.warn(
                &path,
                format!(
                    "same photo as {} ({}); shown once",
                    shown_path(first_path),
                    first.src
                ),
            );
            fill_in(first, m);
            if let Some(id) = id {
                self.by_id.entry(id).or_insert(i);
            }
            return;
        }
        let i = self.items.len();
        if let Some(id) = id {
            self.by_id.insert(id, i);
        }
        self.by_src.insert(m.src.as_str().to_owned(), i);
        self.items.push((path, m));
    }

    /// How many distinct photos were found so far.
    pub fn count(&self) -> usize {
        self.items.len()
    }

    /// The photos for the article: credits split from captions, list capped.
    pub fn finish(self, d: &mut Diagnostics) -> Vec<Media> {
        finish_media(self.items, d)
    }
}

/// A path for a message ("document" for the root).
fn shown_path(path: &str) -> &str {
    if path.is_empty() { "document" } else { path }
}

/// The body blocks and photos of a story, filled while its elements are read.
#[derive(Debug, Default)]
pub(super) struct Out {
    /// Text blocks in reading order.
    pub blocks: Vec<Block>,
    /// Photos in reading order (they leave the text flow).
    pub photos: Photos,
    capped: bool,
}

impl Out {
    /// Adds a block; past the native cap the rest are dropped with one warning.
    pub fn block(&mut self, path: &str, block: Block, d: &mut Diagnostics) {
        if self.blocks.len() < MAX_LIST_ITEMS {
            self.blocks.push(block);
        } else if !self.capped {
            self.capped = true;
            d.warn(
                path,
                format!("more than {MAX_LIST_ITEMS} blocks; the rest are dropped"),
            );
        }
    }
}
