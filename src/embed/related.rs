//! Related stories from the host: the `related` property, a `related-src` fetched with
//! the document's timeout, and further pages for "Load more". Problems are warnings:
//! the article always stays.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::announce::report_diagnostics;
use super::fetch::{fetch_related, fetch_related_page};
use super::instance::Shared;
use super::source::{adapt_related, value_to_text};
use crate::adapters::{Step, convert_related_native};
use crate::components::PageDone;
use crate::model::json;
use crate::model::{Diagnostic, Diagnostics, RelatedSection, SafeUrl};

impl Shared {
    /// The `related` property: a native `related` list or section, a JSON Feed or a
    /// WordPress collection, as a JS object.
    pub(crate) fn set_related_value(&self, value: &JsValue) {
        let (generation, _) = self.0.borrow_mut().related_load.begin(false);
        let read = value_to_text(value).and_then(|text| {
            json::parse(&text).map(|json| (convert_related_native(&json, None), text))
        });
        match read {
            Ok((Step::Done((sections, d)), _)) => self.show_related(sections, d.items()),
            Ok((Step::Adapt(format), text)) => {
                let this = self.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = adapt_related(&text, format).await;
                    if this.unmounted() || !this.0.borrow().related_load.is_current(generation) {
                        return;
                    }
                    match result {
                        Ok((sections, d)) => this.show_related(sections, d.items()),
                        Err(message) => this.warn_related(message),
                    }
                });
            }
            Err(message) => self.warn_related(message),
        }
    }

    /// Fetches `related-src` and shows its sections; a failure keeps the article and warns.
    pub(crate) fn load_related_src(&self, url: String) {
        if self.unmounted() {
            return;
        }
        let (generation, controller, timeout) = {
            let mut inst = self.0.borrow_mut();
            let (generation, controller) = inst.related_load.begin(true);
            (generation, controller, inst.options.source.timeout_ms)
        };
        let this = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = fetch_related(&url, controller.as_ref(), timeout).await;
            if this.unmounted() || !this.0.borrow().related_load.is_current(generation) {
                return;
            }
            this.0.borrow_mut().related_load.fetched();
            match result {
                Ok((sections, d)) => this.show_related(sections, d.items()),
                Err(message) => this.warn_related(format!("\"{url}\": {message}")),
            }
        });
    }

    /// Replaces the related sections and shows them (the article, if on screen, stays
    /// as it is).
    fn show_related(&self, sections: Vec<RelatedSection>, diagnostics: &[Diagnostic]) {
        let host = {
            let mut inst = self.0.borrow_mut();
            inst.related_override = Some(sections.clone());
            inst.related.try_set(sections);
            inst.host.clone()
        };
        report_diagnostics(&host, diagnostics);
    }

    fn warn_related(&self, message: String) {
        let mut d = Diagnostics::default();
        d.warn(
            "related-src",
            format!("{message}; related stories not shown"),
        );
        report_diagnostics(&self.host(), d.items());
    }
}

/// "Load more" for related sections: fetches the page in the embed layer, reports what
/// it dropped on the host (console and `reader:warning`, like any document), and hands
/// the cards back to the section that asked.
pub(crate) fn load_page(shared: &Shared, url: SafeUrl, done: PageDone) {
    let shared = shared.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let result = fetch_related_page(url.as_str()).await.map(|(section, d)| {
            let in_page: Vec<Diagnostic> = d
                .into_vec()
                .into_iter()
                .map(|mut p| {
                    p.message = format!("{} (in the page \"{url}\")", p.message);
                    p
                })
                .collect();
            report_diagnostics(&shared.host(), &in_page);
            section
        });
        done(result);
    });
}
