//! Server rendering: the widget's own components rendered to HTML on a publisher's
//! server or in a static build (`render_html`, the CLI's `render`), so the story is on
//! screen before any wasm loads. The markup is a `<reader-widget>` with a declarative
//! shadow root and its document inline; the browser's widget takes it over when it loads.

pub mod input;
pub mod jsonld;
pub mod markup;
pub mod options;
pub mod script;

pub use input::{Input, read_input};
pub use jsonld::{jsonld_script, news_article};
pub use markup::{render_html, style_hash};
pub use options::{RenderOptions, Stylesheet};
