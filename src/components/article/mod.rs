//! The story: section label, headline, deck, bylines and times, lead photos, body and
//! the contributors note.

mod body;
mod meta;

use std::sync::Arc;

use leptos::prelude::*;

use super::carousel::Carousel;
use super::heading::heading;
use crate::components::props::Props;
use crate::components::staged::{BODY, PHOTOS, staged};
use crate::components::text_content::{Content, with_text};
use crate::components::texts::{names_line, texts};
use crate::model::{Article, Contributors};
use body::{Embeds, body};
use meta::meta;

/// Renders one article; `level` is the headline's level (body headings sit one below),
/// `lang` the language dates are written in.
#[component]
pub fn ArticleView(
    article: Arc<Article>,
    level: u8,
    lang: Option<String>,
    /// The article reads right to left (its `dir`, or its language).
    rtl: bool,
    props: Props,
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
        body: blocks,
        contributors,
        ..
    } = Arc::unwrap_or_clone(article);
    let title = headline.clone();
    let embeds = Embeds {
        frames: props.article.with_untracked(|o| o.article.frames),
        lang: lang.clone(),
    };
    // An "update" at (or before) the time of publishing is the CMS's first save.
    let updated = updated.filter(|u| published.as_ref().is_none_or(|p| u.is_update_of(p)));
    let has_meta = !bylines.is_empty() || published.is_some() || updated.is_some();
    view! {
        <article class="rw-article" part="article">
            <header class="rw-article__header">
                {section.map(|s| with_text(view! { <p class="rw-article__section" part="section"></p> }, s))}
                {heading(level, 0, "rw-article__headline", "headline", None, Content::Text(headline))}
                {deck.map(|d| with_text(view! { <p class="rw-article__deck" part="deck"></p> }, d))}
                {has_meta.then(|| meta(bylines, published, updated, lang))}
            </header>
            {staged(PHOTOS, move || view! { <Carousel media=media rtl=rtl title=title options=props.carousel /> })}
            {staged(BODY, move || view! {
                {body(blocks, dateline, level, embeds)}
                {contributors.map(|c| view! {
                    <footer class="rw-article__contributors" part="contributors">
                        <p>{contributors_line(c)}</p>
                    </footer>
                })}
            })}
        </article>
    }
}

/// The publisher's note as written, or names introduced in the reader's language.
fn contributors_line(contributors: Contributors) -> AnyView {
    match contributors {
        Contributors::Note(note) => note.into_any(),
        Contributors::Names(names) => {
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            names_line(texts(), "contributors", &refs, &|i| {
                let name = names[i].clone();
                with_text(view! { <span dir="auto"></span> }, name).into_any()
            })
            .into_any()
        }
    }
}
