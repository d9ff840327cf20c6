//! The host's options as the components read them: one signal per component's option
//! group, so changing `loop` touches the carousel alone and `layout` the cards alone,
//! and nothing rebuilds what it does not change.

use leptos::prelude::*;

use crate::options::{ArticleOptions, CarouselOptions, RelatedOptions, WidgetOptions};

/// Signals of one widget's options, set by the embed layer.
#[derive(Debug, Clone, Copy)]
pub struct Props {
    pub article: RwSignal<ArticleOptions>,
    pub carousel: RwSignal<CarouselOptions>,
    pub related: RwSignal<RelatedOptions>,
}

impl Props {
    /// Signals holding `options` (created in the current reactive owner).
    pub fn new(options: &WidgetOptions) -> Props {
        Props {
            article: RwSignal::new(options.article.clone()),
            carousel: RwSignal::new(options.carousel),
            related: RwSignal::new(options.related.clone()),
        }
    }

    /// Applies new options; a group whose value did not change notifies nobody.
    pub fn set(&self, options: &WidgetOptions) {
        set_if_changed(self.article, &options.article);
        set_if_changed(self.carousel, &options.carousel);
        set_if_changed(self.related, &options.related);
    }

    /// The headline's level, as its own memo (a language change leaves headings alone).
    pub fn heading_level(&self) -> Memo<u8> {
        let article = self.article;
        Memo::new(move |_| article.with(|a| a.heading_level.clamp(1, 5)))
    }

    /// The host's language override, as its own memo.
    pub fn lang(&self) -> Memo<Option<String>> {
        let article = self.article;
        Memo::new(move |_| article.with(|a| a.lang.clone()))
    }
}

fn set_if_changed<T: Clone + PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: &T) {
    if signal.try_with_untracked(|v| v != value).unwrap_or(false) {
        signal.try_set(value.clone());
    }
}
