//! The language files the widget holds: English always (built in), the others once a
//! widget on the page needs them (the embed layer fetches them and [`add`]s them). Native
//! builds hold every file, for tests and tools.

use std::sync::RwLock;

use super::chain::chain;
use super::table::{Block, parse};

/// Every language there is a file for (`messages/<tag>.txt`), English first.
pub const TAGS: &[&str] = &[
    "en", "es", "fr", "de", "it", "pt", "pt-PT", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru",
    "uk", "tr", "el", "ar", "he", "fa", "hi", "id", "ja", "ko", "zh-Hans", "zh-Hant",
];

/// The files compiled in: English in the browser, without its comments (`build.rs`; the
/// rest cost about 7 KB brotli, so they are fetched when needed), all of them natively.
#[cfg(not(server_render))]
const BUILT_IN: &[&str] = &[include_str!(concat!(env!("OUT_DIR"), "/en.txt"))];
#[cfg(server_render)]
const BUILT_IN: &[&str] = &[
    include_str!("messages/en.txt"),
    include_str!("messages/es.txt"),
    include_str!("messages/fr.txt"),
    include_str!("messages/de.txt"),
    include_str!("messages/it.txt"),
    include_str!("messages/pt.txt"),
    include_str!("messages/pt-PT.txt"),
    include_str!("messages/nl.txt"),
    include_str!("messages/sv.txt"),
    include_str!("messages/da.txt"),
    include_str!("messages/nb.txt"),
    include_str!("messages/fi.txt"),
    include_str!("messages/pl.txt"),
    include_str!("messages/cs.txt"),
    include_str!("messages/ru.txt"),
    include_str!("messages/uk.txt"),
    include_str!("messages/tr.txt"),
    include_str!("messages/el.txt"),
    include_str!("messages/ar.txt"),
    include_str!("messages/he.txt"),
    include_str!("messages/fa.txt"),
    include_str!("messages/hi.txt"),
    include_str!("messages/id.txt"),
    include_str!("messages/ja.txt"),
    include_str!("messages/ko.txt"),
    include_str!("messages/zh-Hans.txt"),
    include_str!("messages/zh-Hant.txt"),
];

/// Blocks live for the page: a handful, read by every render.
static LOADED: RwLock<Vec<&'static Block>> = RwLock::new(Vec::new());

/// Runs `f` on the blocks held, the built-in files parsed first on first use (whichever
/// comes first, a read or an [`add`]). A built-in file that does not parse is left out (a
/// test parses them all), so its keys fall back to English.
fn with_held<R>(f: impl FnOnce(&mut Vec<&'static Block>) -> R) -> Option<R> {
    let mut held = LOADED.write().ok()?;
    if held.is_empty() {
        for block in BUILT_IN
            .iter()
            .filter_map(|text| parse(text).ok())
            .flatten()
        {
            held.push(Box::leak(Box::new(block)));
        }
    }
    Some(f(&mut held))
}

/// The blocks held now.
pub fn loaded() -> Vec<&'static Block> {
    with_held(|held| held.clone()).unwrap_or_default()
}

/// Adds a language file's text (fetched by the embed layer). Only files of [`TAGS`] are
/// taken, each once.
pub fn add(text: &str) -> Result<(), String> {
    let blocks = parse(text)?;
    with_held(|held| {
        for block in blocks {
            if !TAGS.contains(&block.tag.as_str()) {
                return Err(format!("[{}] is not a language of the widget", block.tag));
            }
            if !held.iter().any(|b| b.tag == block.tag) {
                held.push(Box::leak(Box::new(block)));
            }
        }
        Ok(())
    })
    .unwrap_or_else(|| Err("the message store is poisoned".to_owned()))
}

/// The language files `tag`'s texts need that are not held yet (to fetch them first).
pub fn missing(tag: Option<&str>) -> Vec<&'static str> {
    let held = loaded();
    chain(tag, TAGS)
        .into_iter()
        .filter(|t| !held.iter().any(|b| &b.tag == t))
        .filter_map(|t| TAGS.iter().copied().find(|k| *k == t))
        .collect()
}
