//! "Load more": the section asks the embed layer for the next page and hears back, so
//! the component itself does no I/O.

use std::sync::Arc;

use leptos::callback::UnsyncCallback;

use crate::model::{RelatedSection, SafeUrl};

/// Receives a fetched page (or why it failed); safe to call after the section is gone.
pub type PageDone = Arc<dyn Fn(Result<RelatedSection, String>) + Send + Sync>;

/// Asks the embed layer for the page at a URL; the answer comes back through the
/// [`PageDone`] it is given.
pub type LoadMore = UnsyncCallback<(SafeUrl, PageDone)>;

/// Where a section's paging is.
#[derive(Debug, Clone, PartialEq)]
pub enum Paging {
    Idle,
    Loading,
    /// A page came in with this many stories (announced: focus alone does not say it).
    Added(usize),
    Failed(String),
}
