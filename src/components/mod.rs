//! Leptos components, one per file. Props are model types; nothing here fetches or
//! touches the page outside its own nodes (that is `embed`'s job).

pub mod article;
pub mod card;
pub mod carousel;
pub mod dom;
pub mod error_panel;
pub mod format;
pub mod heading;
pub mod impressions;
pub mod lightbox;
pub mod related;
pub mod related_section;
pub mod rich_text;
pub mod styles;
pub mod widget;

pub use error_panel::Failure;
pub use related::{Layout, RelatedOptions};
pub use related_section::LoadMore;
pub use widget::{Widget, WidgetOptions, WidgetState};
