//! Fetching the language files of the widget's texts that are not built in (everything
//! but English), once per page and only when a widget speaks the language.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::store::{add, missing};

#[wasm_bindgen(module = "/src/browser/tables.js")]
extern "C" {
    #[wasm_bindgen(js_name = importTable)]
    fn import_table(tag: &str) -> js_sys::Promise;
}

/// Whether `lang`'s texts are all held (nothing to wait for).
pub fn ready(lang: Option<&str>) -> bool {
    missing(lang).is_empty()
}

/// Fetches the files `lang`'s texts need. One that cannot be had leaves its keys to the
/// next language of the chain (English at the end), with a console warning.
pub async fn load(lang: Option<&str>) {
    for tag in missing(lang) {
        let text = JsFuture::from(import_table(tag)).await;
        let added = match text.map(|t| t.as_string()) {
            Ok(Some(text)) => add(&text),
            Ok(None) => Err("not a text".to_owned()),
            Err(e) => Err(format!("{e:?}")),
        };
        if let Err(why) = added {
            web_sys::console::warn_1(
                &format!("[reader-widget] the {tag} texts could not be loaded ({why}); English is shown instead").into(),
            );
        }
    }
}
