//! Leptos components, one family per folder (article, carousel, related cards), one
//! component per file. Props are model types and option signals; nothing here fetches or
//! touches the page outside its own nodes (that is `embed`'s job), and browser-only work
//! (timers, observers, `Intl`) goes through [`crate::browser`].

pub mod article;
pub mod carousel;
pub mod embeds;
pub mod error_panel;
pub mod heading;
pub mod optional;
pub mod progressive;
pub mod props;
pub mod related;
pub mod rich_text;
pub mod staged;
pub mod styles;
pub mod text_content;
pub mod texts;
pub mod widget;

/// True where the components render HTML for a server (every native build): what they
/// write is shown before any script runs, so every photo stays reachable and controls
/// that need script keep their place without working yet.
pub const SERVER: bool = cfg!(server_render);

pub use error_panel::Failure;
pub use props::Props;
pub use related::paging::{LoadMore, PageDone};
pub use staged::Stages;
pub use widget::{Widget, WidgetState};
