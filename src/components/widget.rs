//! The root of one widget: picks loading, article or error panel from the state the
//! embed layer sets, and carries the language and direction for everything inside.

use std::sync::Arc;

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::article::ArticleView;
use super::error_panel::{ErrorPanel, Failure};
use super::related::{Related, RelatedOptions};
use super::related_section::LoadMore;
use crate::logic::carousel::CarouselOptions;
use crate::model::Document;

/// Where one widget is in its life.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetState {
    /// Waiting for data (a fetch is under way, or nothing was given yet).
    Loading,
    Ready(Arc<Document>),
    Failed(Failure),
}

/// Presentation choices made by the host page.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetOptions {
    /// Level of the headline (`h1` by default); section titles and body headings follow.
    pub heading_level: u8,
    /// Overrides the article's language (for dates and `lang`).
    pub lang: Option<String>,
    /// Loop, autoplay and start slide of the photo carousel.
    pub carousel: CarouselOptions,
    /// Layout and link behaviour of the related cards.
    pub related: RelatedOptions,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        WidgetOptions {
            heading_level: 1,
            lang: None,
            carousel: CarouselOptions::default(),
            related: RelatedOptions::default(),
        }
    }
}

/// Renders the current state; re-renders when the state or options change.
#[component]
pub fn Widget(
    state: RwSignal<WidgetState>,
    options: RwSignal<WidgetOptions>,
    /// Fetches further pages of related cards (from the embed layer).
    #[prop(optional)]
    load_more: Option<LoadMore>,
    /// Reloads the document after a failed request (from the embed layer).
    #[prop(optional)]
    on_retry: Option<UnsyncCallback<()>>,
) -> impl IntoView {
    move || {
        let opts = options.get();
        match state.get() {
            WidgetState::Loading => view! {
                <div class="rw-root rw-root--loading" part="root" aria-busy="true">
                    <p class="rw-loading" role="status">"Loading article…"</p>
                </div>
            }
            .into_any(),
            WidgetState::Failed(failure) => view! {
                <div class="rw-root" part="root">
                    <ErrorPanel failure=failure on_retry=on_retry />
                </div>
            }
            .into_any(),
            WidgetState::Ready(doc) => {
                let mut doc = Arc::unwrap_or_clone(doc);
                let lang = opts.lang.clone().or_else(|| doc.article.lang.clone());
                doc.article.lang = lang.clone();
                let root_lang = lang.clone();
                let dir = doc.article.dir.map(|d| d.as_str());
                let level = opts.heading_level.clamp(1, 5);
                view! {
                    <div class="rw-root" part="root" lang=root_lang dir=dir>
                        <ArticleView article=doc.article heading_level=level carousel=opts.carousel />
                        <Related
                            sections=doc.related
                            heading_level=level + 1
                            lang=lang
                            options=opts.related.clone()
                            load_more=load_more
                        />
                    </div>
                }
                .into_any()
            }
        }
    }
}
