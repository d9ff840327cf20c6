//! The story: section label, headline, deck, bylines and times, lead photos, body and
//! the contributors note.

use leptos::prelude::*;

use super::carousel::Carousel;
use super::dom::run_in_ticks;
use super::format::format_timestamp;
use super::heading::heading;
use super::rich_text::render_inlines;
use crate::logic::byline::{Part, join_names};
use crate::logic::carousel::CarouselOptions;
use crate::model::{Article, Block, Byline, Timestamp};

/// Renders one article; `heading_level` is the headline's level, body headings sit one
/// below it.
#[component]
pub fn ArticleView(
    article: Article,
    #[prop(default = 1)] heading_level: u8,
    #[prop(optional)] carousel: CarouselOptions,
) -> impl IntoView {
    let lang = article.lang.clone();
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
    } = article;
    let rtl = dir.is_some_and(|d| d.as_str() == "rtl");
    let has_meta = !bylines.is_empty() || published.is_some() || updated.is_some();
    view! {
        <article class="rw-article" part="article">
            <header class="rw-article__header">
                {section.map(|s| view! { <p class="rw-article__section" part="section">{s}</p> })}
                {heading(heading_level, "rw-article__headline", "headline", None, headline.into_any())}
                {deck.map(|d| view! { <p class="rw-article__deck" part="deck">{d}</p> })}
                {has_meta.then(|| view! {
                    <div class="rw-article__meta" part="meta">
                        {(!bylines.is_empty()).then(|| byline_view(&bylines))}
                        {published.map(|t| time_view("rw-article__published", None, &t, lang.as_deref()))}
                        {updated.map(|t| time_view("rw-article__updated", Some("Updated"), &t, lang.as_deref()))}
                    </div>
                })}
            </header>
            <Carousel media=media rtl=rtl options=carousel />
            <div class="rw-article__body" part="body">
                {body_view(body, dateline, heading_level.saturating_add(1))}
            </div>
            {contributors.map(|c| view! {
                <footer class="rw-article__contributors" part="contributors">
                    <p>{c}</p>
                </footer>
            })}
        </article>
    }
}

fn byline_view(bylines: &[Byline]) -> impl IntoView + use<> {
    let names: Vec<&str> = bylines.iter().map(|b| b.name.as_str()).collect();
    let parts: Vec<AnyView> = join_names(&names)
        .into_iter()
        .map(|p| match p {
            Part::Sep(s) => s.into_any(),
            Part::Name(i, name) => {
                let name = name.to_owned();
                match bylines[i].url.as_ref() {
                    Some(url) => view! {
                        <a class="rw-article__author rw-link" rel="author" href=url.as_str().to_owned()>{name}</a>
                    }
                    .into_any(),
                    None => view! { <span class="rw-article__author">{name}</span> }.into_any(),
                }
            }
        })
        .collect();
    view! { <p class="rw-article__byline" part="byline">"By "{parts}</p> }
}

fn time_view(
    class: &'static str,
    label: Option<&'static str>,
    ts: &Timestamp,
    lang: Option<&str>,
) -> impl IntoView + use<> {
    let text = format_timestamp(ts, lang);
    let datetime = ts.as_str().to_owned();
    view! {
        <p class=class>
            {label.map(|l| format!("{l} "))}
            <time datetime=datetime>{text}</time>
        </p>
    }
}

/// Blocks rendered with the article itself; longer bodies follow in chunks, one per
/// tick, so even 10,000 paragraphs never block the page for long (each rendered block
/// is real DOM: find-in-page and screen readers see it as soon as it is there).
const FIRST_BLOCKS: usize = 120;
/// Blocks added per tick after the first ones.
const CHUNK_BLOCKS: usize = 400;

fn body_view(body: Vec<Block>, dateline: Option<String>, level: u8) -> AnyView {
    let mut dateline = dateline;
    let mut first = body;
    let rest = if first.len() > FIRST_BLOCKS {
        first.split_off(FIRST_BLOCKS)
    } else {
        Vec::new()
    };
    let mut out = Vec::with_capacity(first.len() + 1);
    if !matches!(first.first(), Some(Block::Paragraph { .. }))
        && let Some(d) = dateline.take()
    {
        out.push(view! { <p>{dateline_view(d)}</p> }.into_any());
    }
    for block in first {
        let lead = match block {
            Block::Paragraph { .. } => dateline.take(),
            _ => None,
        };
        out.push(block_view(block, level, lead));
    }
    if rest.is_empty() {
        return out.into_any();
    }
    let chunks: Vec<Vec<Block>> = rest.chunks(CHUNK_BLOCKS).map(<[Block]>::to_vec).collect();
    let total = chunks.len();
    let chunks = StoredValue::new(chunks);
    let shown = RwSignal::new(0usize);
    run_in_ticks(move || match shown.try_get_untracked() {
        Some(n) if n < total => {
            shown.set(n + 1);
            n + 1 < total
        }
        _ => false,
    });
    view! {
        {out}
        <For
            each=move || 0..shown.get()
            key=|chunk| *chunk
            children=move |chunk| {
                chunks
                    .with_value(|c| c.get(chunk).cloned().unwrap_or_default())
                    .into_iter()
                    .map(|b| block_view(b, level, None))
                    .collect_view()
            }
        />
    }
    .into_any()
}

/// One body block; `lead` is the dateline, for the first paragraph.
fn block_view(block: Block, level: u8, lead: Option<String>) -> AnyView {
    match block {
        Block::Paragraph { content } => {
            let lead = lead.map(dateline_view);
            view! { <p>{lead}{render_inlines(content)}</p> }.into_any()
        }
        Block::Heading { text } => heading(
            level,
            "rw-article__subhead",
            "subhead",
            None,
            text.into_any(),
        ),
        Block::Quote { text, cite } => view! {
            <figure class="rw-quote" part="quote">
                <blockquote class="rw-quote__text"><p>{text}</p></blockquote>
                {cite.map(|c| view! { <figcaption class="rw-quote__cite">{c}</figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List { ordered, items } => {
            let items = items
                .into_iter()
                .map(|i| view! { <li>{i}</li> })
                .collect_view();
            if ordered {
                view! { <ol class="rw-article__list">{items}</ol> }.into_any()
            } else {
                view! { <ul class="rw-article__list">{items}</ul> }.into_any()
            }
        }
        Block::Separator => view! { <hr class="rw-article__separator" /> }.into_any(),
    }
}

/// "ASHFORD VALE — " before the first paragraph; a dash already given is not doubled.
fn dateline_view(d: String) -> impl IntoView {
    let place = d
        .trim()
        .trim_end_matches(['—', '–', '-'])
        .trim_end()
        .to_owned();
    view! { <span class="rw-article__dateline">{place}" — "</span> }
}
