//! The body: paragraphs (with the dateline before the first), headings, quotes, lists,
//! separators and embedded items, rendered progressively when long.

use leptos::prelude::*;

use super::super::heading::heading;
use super::super::progressive::progressive;
use super::super::rich_text::{inline_content, render_inlines};
use super::super::staged::list_steps;
use super::super::text_content::{Content, with_text};
use crate::components::embeds::{audio_view, embed_view, video_view};
use crate::model::{Block, List};

/// Blocks rendered with the article itself.
const FIRST_BLOCKS: usize = 120;
/// Blocks added per tick after the first ones.
const CHUNK_BLOCKS: usize = 400;

/// How embedded items show: whether videos may play in a frame (`embeds`), and the
/// language their dates are written in.
#[derive(Clone)]
pub struct Embeds {
    /// Videos may become a player's frame after a click (`embeds="click"`).
    pub frames: bool,
    /// The language of posts' dates.
    pub lang: Option<String>,
}

/// The body blocks; `level` is the headline's level (body headings sit one below).
pub fn body(
    blocks: Vec<Block>,
    dateline: Option<String>,
    level: u8,
    embeds: Embeds,
) -> impl IntoView {
    let mut dateline = dateline;
    let mut first = blocks;
    let (first_blocks, per_tick) = list_steps(FIRST_BLOCKS, CHUNK_BLOCKS);
    let rest = if first.len() > first_blocks {
        first.split_off(first_blocks)
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
        out.push(block_view(block, level, lead, &embeds));
    }
    let later = (!rest.is_empty()).then(|| {
        let total = rest.len();
        let shown = progressive(0, per_tick, move || Some(total));
        let chunks = StoredValue::new(rest);
        view! {
            <For
                each=move || 0..shown.get().div_ceil(per_tick)
                key=|chunk| *chunk
                children=move |chunk| {
                    chunks
                        .with_value(|c| c.chunks(per_tick).nth(chunk).map(<[Block]>::to_vec))
                        .unwrap_or_default()
                        .into_iter()
                        .map(|b| block_view(b, level, None, &embeds))
                        .collect_view()
                }
            />
        }
    });
    view! {
        <div class="rw-article__body" part="body">
            {out}
            {later}
        </div>
    }
}

/// One body block; `lead` is the dateline, for the first paragraph.
fn block_view(block: Block, level: u8, lead: Option<String>, embeds: &Embeds) -> AnyView {
    match block {
        // Only the first paragraph has a lead: an absent one would still cost a comment
        // marker in every paragraph.
        Block::Paragraph { content } => match lead {
            Some(lead) => {
                view! { <p>{dateline_view(lead)}{render_inlines(content)}</p> }.into_any()
            }
            None => inline_content(content).fill(view! { <p></p> }).into_any(),
        },
        Block::Heading { text } => heading(
            level,
            1,
            "rw-article__subhead",
            "subhead",
            None,
            Content::Text(text),
        ),
        Block::Quote { text, cite } => view! {
            <figure class="rw-quote" part="quote">
                <blockquote class="rw-quote__text">{with_text(view! { <p></p> }, text)}</blockquote>
                {cite.map(|c| with_text(view! { <figcaption class="rw-quote__cite"></figcaption> }, c))}
            </figure>
        }
        .into_any(),
        Block::List(list) => list_view(list),
        Block::Separator => view! { <hr class="rw-article__separator" /> }.into_any(),
        Block::Embed(e) => embed_view(e, embeds.frames, embeds.lang.clone()),
        Block::Video(v) => video_view(v),
        Block::Audio(a) => audio_view(a),
    }
}

/// A list; items keep their links and emphasis, and nested lists (bounded by the
/// decoder's depth cap) nest.
fn list_view(list: List) -> AnyView {
    let items = list
        .items
        .into_iter()
        .map(|item| view! { <li>{render_inlines(item.content)}{item.list.map(list_view)}</li> })
        .collect_view();
    if list.ordered {
        view! { <ol class="rw-article__list">{items}</ol> }.into_any()
    } else {
        view! { <ul class="rw-article__list">{items}</ul> }.into_any()
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
