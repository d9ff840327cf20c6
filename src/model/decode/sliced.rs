//! Decoding a long native document a slice of body blocks at a time.

use super::Decoded;
use super::article::decode_document;
use super::body::decode_block;
use crate::model::diagnostics::Diagnostics;
use crate::model::json::Json;
use crate::model::types::{Block, Document};

/// A native document decoded a slice of body blocks at a time, so the browser can paint
/// and answer input between slices of a very long article. [`decode`] is this run to the
/// end at once: both give the same document and the same problems in the same order.
pub struct SlicedDecode<'a> {
    /// Everything but the body, with the problems found outside it.
    head: Option<Document>,
    diagnostics: Diagnostics,
    /// Where in `diagnostics` the body's problems belong (document order).
    body_at: usize,
    pending: Vec<(String, &'a Json)>,
    next: usize,
    body: Vec<Block>,
    body_diagnostics: Diagnostics,
}

impl<'a> SlicedDecode<'a> {
    /// Decodes everything except the body blocks, which wait for [`Self::step`].
    pub fn new(root: &'a Json) -> Self {
        let mut d = Diagnostics::default();
        let mut slot = None;
        let head = decode_document(root, &mut d, &mut slot);
        let (pending, body_at) = slot.unwrap_or_else(|| (Vec::new(), d.len()));
        SlicedDecode {
            head,
            diagnostics: d,
            body_at,
            pending,
            next: 0,
            body: Vec::new(),
            body_diagnostics: Diagnostics::default(),
        }
    }

    /// Body blocks not decoded yet.
    pub fn remaining(&self) -> usize {
        self.pending.len() - self.next
    }

    /// Decodes up to `blocks` more body blocks; true once the body is complete.
    pub fn step(&mut self, blocks: usize) -> bool {
        let end = self.next.saturating_add(blocks).min(self.pending.len());
        for (path, value) in &self.pending[self.next..end] {
            if let Some(block) = decode_block(value, path, &mut self.body_diagnostics) {
                self.body.push(block);
            }
        }
        self.next = end;
        self.remaining() == 0
    }

    /// Decodes whatever is left and puts the document together.
    pub fn finish(mut self) -> Decoded {
        self.step(usize::MAX);
        let mut d = self.diagnostics;
        d.insert_all(self.body_at, self.body_diagnostics);
        let document = self.head.map(|mut doc| {
            doc.article.body = self.body;
            doc
        });
        Decoded::new(document, d)
    }
}
