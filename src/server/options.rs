//! What a publisher's server asks of a render.

use crate::options::contract::attribute;

/// How the shadow root gets the widget's stylesheet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Stylesheet {
    /// A `<style>` element: applies before first paint. Under a CSP, allow it with the
    /// hash [`crate::server::markup::style_hash`] gives (`style-src 'sha256-…'`).
    #[default]
    Inline,
    /// A `<link rel="stylesheet">` to the package's `reader-widget.css`, for a CSP of
    /// `style-src 'self'`; the shadow content is unstyled until it loads.
    Link(String),
}

/// A server render's settings.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// The element's attributes (`lang`, `layout`, `loop` …) as a host writes them; they
    /// shape the render and are written on the element, so the browser's widget reads
    /// the same. Names outside the element's contract are left out.
    pub attributes: Vec<(String, String)>,
    /// The publisher's own wording (message key, text), as the `strings` property.
    pub strings: Vec<(String, String)>,
    /// Inline `<style>` (default) or a `<link>`, whichever the page's CSP allows.
    pub stylesheet: Stylesheet,
}

impl RenderOptions {
    /// Adds an attribute of the element, as a host would write it. Refuses a name outside
    /// the element's contract (it would be written as is) and `src` / `related-src`: a
    /// rendered element carries its document inline, and a URL would make the browser
    /// fetch it again instead of taking the rendering over.
    pub fn add_attribute(&mut self, name: &str, value: &str) -> Result<(), String> {
        if !writable(name) {
            return Err(format!("unknown attribute \"{name}\""));
        }
        self.attributes.push((name.to_owned(), value.to_owned()));
        Ok(())
    }

    /// The value of attribute `name`, if given.
    pub fn attribute(&self, name: &str) -> Option<String> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }
}

/// Whether `name` may be written on a rendered element (see [`RenderOptions::add_attribute`]).
pub fn writable(name: &str) -> bool {
    attribute(name).is_some() && !matches!(name, "src" | "related-src")
}
