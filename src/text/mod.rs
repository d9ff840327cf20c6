//! Text rules: how the widget reads and trims the words publishers send (teasers,
//! credits inside captions, quote attributions, bylines, "3 hours ago"). Plain string
//! functions, tested natively, with no knowledge of HTML or of the format.

pub mod attribution;
pub mod boilerplate;
pub mod byline;
pub mod caption_credit;
pub mod direction;
pub mod number;
pub mod page_chrome;
pub mod relative_time;
pub mod sentences;
pub mod server_locale;
pub mod teaser;
pub mod words;
