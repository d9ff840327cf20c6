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
use super::staged::{RELATED, staged};
use super::texts::provide;
use crate::components::text_content::with_text;
use crate::i18n::{Texts, is_rtl};
use crate::model::{Article, RelatedSection, TextDir};
use crate::options::ArticleOptions;
use crate::text::direction::first_strong_rtl;

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
    move || {
        let options = props.article.with(|o| o.article.clone());
        match state.get() {
            WidgetState::Loading => {
                let t = provide(Texts::new(options.language(None), &options.strings));
                view! {
                    <div class="rw-root rw-root--loading" part="root" aria-busy="true" lang=t.lang() dir=dir_of(&t.lang())>
                        {with_text(view! { <p class="rw-loading" role="status"></p> }, t.get("loading"))}
                    </div>
                }
                .into_any()
            }
            WidgetState::Failed(failure) => {
                let t = provide(Texts::new(options.language(None), &options.strings));
                view! {
                    <div class="rw-root" part="root" lang=t.lang() dir=dir_of(&t.lang())>
                        <ErrorPanel failure=failure on_retry=on_retry />
                    </div>
                }
                .into_any()
            }
            // Language and headline level shape every text and heading: a change of
            // either renders the article again (both are rare, unlike carousel or card
            // options, which apply in place).
            WidgetState::Ready(article) => {
                let lang = options.language(article.lang.as_deref()).map(str::to_owned);
                provide(Texts::new(lang.as_deref(), &options.strings));
                let rtl = reads_rtl(&article, &options);
                let level = options.heading_level.clamp(1, 5);
                let (root_lang, cards_lang) = (lang.clone(), lang.clone());
                let title = article.headline.clone();
                view! {
                    <div class="rw-root" part="root" lang=root_lang dir=direction(rtl)>
                        <ArticleView article=article level=level lang=lang rtl=rtl props=props />
                        {staged(RELATED, move || view! {
                            <Related
                                sections=related
                                level=level
                                lang=cards_lang
                                title=title
                                props=props
                                load_more=load_more
                            />
                        })}
                    </div>
                }
                .into_any()
            }
        }
    }
}

/// Whether the article reads right to left: its `dir`, else its language (the host's
/// `lang`, else the article's own), else its text (the headline's first letter, as
/// `dir="auto"` reads it: a story in Arabic sent without a language), else the page's
/// language.
fn reads_rtl(article: &Article, options: &ArticleOptions) -> bool {
    if let Some(dir) = article.dir {
        return dir == TextDir::Rtl;
    }
    match options.lang.as_deref().or(article.lang.as_deref()) {
        Some(lang) => is_rtl(lang),
        None => first_strong_rtl(&article.headline)
            .unwrap_or_else(|| options.page_lang.as_deref().is_some_and(is_rtl)),
    }
}

/// The `dir` of a root in a language (loading and error states have no article to ask).
fn dir_of(lang: &str) -> &'static str {
    direction(is_rtl(lang))
}

fn direction(rtl: bool) -> &'static str {
    if rtl { "rtl" } else { "ltr" }
}
