//! What a publisher chooses for one widget, read from attributes or `mount()` options
//! by the one table of [`contract`], in typed groups so each part of the widget sees,
//! and reacts to, only its own.

pub mod contract;

mod groups;
mod read;

pub use groups::{
    ArticleOptions, CarouselOptions, DEFAULT_INTERVAL_MS, DEFAULT_TIMEOUT_MS, Layout,
    RelatedOptions, SourceOptions, WidgetOptions,
};
pub use read::read_options;
