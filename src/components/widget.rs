//! The root of one widget: picks loading, article or error panel from the state the
//! embed layer sets, and carries the language and direction for everything inside.

use std::sync::Arc;

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use super::article::ArticleView;
use super::error_panel::{ErrorPanel, Failure};
use super::props::Props;
use super::related::Related;
use super::related::paging::LoadMore;
use crate::model::{Article, RelatedSection};

/// Where one widget is in its life.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetState {
    /// Waiting for data (a fetch is under way, or nothing was given yet).
    Loading,
    Ready(Arc<Article>),
    Failed(Failure),
}

/// Renders the current state. A new state (or language, or headline level) rebuilds the
/// tree; a change of carousel or card options, or of the related sections, only updates
/// the parts that show them.
#[component]
pub fn Widget(
    state: RwSignal<WidgetState>,
    props: Props,
    /// The related sections shown below the article (the document's, or the host's).
    related: RwSignal<Vec<RelatedSection>>,
    /// Fetches further pages of related cards (from the embed layer).
    #[prop(optional)]
    load_more: Option<LoadMore>,
    /// Reloads the document after a failed request (from the embed layer).
    #[prop(optional)]
    on_retry: Option<UnsyncCallback<()>>,
) -> impl IntoView {
    move || match state.get() {
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
        WidgetState::Ready(article) => {
            // Language and headline level shape every text and heading: a change of
            // either renders the article again (both are rare, unlike carousel or card
            // options, which apply in place).
            let (level, host_lang) = props
                .article
                .with(|o| (o.article.heading_level.clamp(1, 5), o.article.lang.clone()));
            let lang = host_lang.or_else(|| article.lang.clone());
            let dir = article.dir.map(|d| d.as_str());
            let (root_lang, cards_lang) = (lang.clone(), lang.clone());
            view! {
                <div class="rw-root" part="root" lang=root_lang dir=dir>
                    <ArticleView article=article level=level lang=lang carousel=props.carousel />
                    <Related
                        sections=related
                        level=level
                        lang=cards_lang
                        props=props
                        load_more=load_more
                    />
                </div>
            }
            .into_any()
        }
    }
}
