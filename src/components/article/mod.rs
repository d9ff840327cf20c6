//! The story: section label, headline, deck, bylines and times, lead photos, body and
//! the contributors note.

mod body;
mod meta;

use std::sync::Arc;

use leptos::prelude::*;

use super::carousel::Carousel;
use super::heading::heading;
use crate::model::Article;
use crate::options::CarouselOptions;
use body::Body;
use meta::Meta;

/// Renders one article; `level` is the headline's level (body headings sit one below),
/// `lang` the language dates are written in.
#[component]
pub fn ArticleView(
    article: Arc<Article>,
    level: Memo<u8>,
    lang: Memo<Option<String>>,
    carousel: RwSignal<CarouselOptions>,
) -> impl IntoView {
    let Article {
        headline,
        deck,
        section,
        bylines,
        published,
        updated,
        dateline,
        media,
        body,
        contributors,
        dir,
        ..
    } = Arc::unwrap_or_clone(article);
    let rtl = dir.is_some_and(|d| d.as_str() == "rtl");
    let has_meta = !bylines.is_empty() || published.is_some() || updated.is_some();
    view! {
        <article class="rw-article" part="article">
            <header class="rw-article__header">
                {section.map(|s| view! { <p class="rw-article__section" part="section">{s}</p> })}
                {heading(level, 0, "rw-article__headline", "headline", None, move || headline.clone().into_any())}
                {deck.map(|d| view! { <p class="rw-article__deck" part="deck">{d}</p> })}
                {has_meta.then(|| view! {
                    <Meta bylines=bylines published=published updated=updated lang=lang />
                })}
            </header>
            <Carousel media=media rtl=rtl options=carousel />
            <Body blocks=body dateline=dateline level=level />
            {contributors.map(|c| view! {
                <footer class="rw-article__contributors" part="contributors">
                    <p>{c}</p>
                </footer>
            })}
        </article>
    }
}
