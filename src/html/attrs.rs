//! An element's attributes as the tokenizer read them, looked up the way a browser
//! does: the value the element ends up with, trimmed.

/// The attributes of one start tag, in source order (duplicates kept).
#[derive(Debug, Clone, Copy)]
pub struct Attrs<'a>(pub(crate) &'a [(String, String)]);

impl<'a> Attrs<'a> {
    /// The last value of `key`, trimmed; empty counts as absent.
    pub fn get(&self, key: &str) -> Option<&'a str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.get("class")
            .is_some_and(|c| c.split_whitespace().any(|x| x == class))
    }
}
