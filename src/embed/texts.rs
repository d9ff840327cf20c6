//! The widget's words arrive before it speaks: a document, error panel or option change
//! in a language whose file is not held yet waits for that file (English stands in for
//! a file that cannot be had).

use leptos::prelude::*;

use super::instance::Shared;
use crate::browser::tables;
use crate::components::WidgetState;
use crate::model::Decoded;
use crate::options::WidgetOptions;

/// The language `decoded` would be shown in: the host's, the article's, the page's.
pub(crate) fn language_for(options: &WidgetOptions, decoded: &Decoded) -> Option<String> {
    let article = decoded
        .document
        .as_ref()
        .and_then(|d| d.article.lang.as_deref());
    options.article.language(article).map(str::to_owned)
}

impl Shared {
    /// The language the widget speaks now, for what it shows now.
    fn language_now(&self) -> Option<String> {
        let inst = self.0.borrow();
        let article = inst
            .state
            .try_with_untracked(|s| match s {
                WidgetState::Ready(a) => a.lang.clone(),
                _ => None,
            })
            .flatten();
        inst.options
            .article
            .language(article.as_deref())
            .map(str::to_owned)
    }

    /// Fetches the language files the widget needs now, if any are missing, and then
    /// renders its words again (until then, the chain's next language shows).
    pub(crate) fn ensure_texts(&self) {
        let lang = self.language_now();
        if tables::ready(lang.as_deref()) {
            return;
        }
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            tables::load(lang.as_deref()).await;
            if this.unmounted() {
                return;
            }
            let props = this.0.borrow().props;
            props.article.notify();
        });
    }
}
