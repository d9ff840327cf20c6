//! Leptos components, one family per folder (article, carousel, related cards), one
//! component per file. Props are model types and option signals; nothing here fetches or
//! touches the page outside its own nodes (that is `embed`'s job), and browser-only work
//! (timers, observers, `Intl`) goes through [`crate::browser`].

pub mod article;
pub mod carousel;
pub mod error_panel;
pub mod heading;
pub mod progressive;
pub mod props;
pub mod related;
pub mod rich_text;
pub mod styles;
pub mod texts;
pub mod widget;

pub use error_panel::Failure;
pub use props::Props;
pub use related::paging::{LoadMore, PageDone};
pub use widget::{Widget, WidgetState};
