//! Leptos components, one per file. Props are model types; nothing here fetches or
//! touches the page outside its own nodes (that is `embed`'s job).

pub mod article;
pub mod carousel;
pub mod dom_event;
pub mod error_panel;
pub mod format;
pub mod heading;
pub mod lightbox;
pub mod related;
pub mod rich_text;
pub mod styles;
pub mod widget;

pub use error_panel::Failure;
pub use widget::{Widget, WidgetOptions, WidgetState};
