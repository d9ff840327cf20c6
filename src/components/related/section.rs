//! One titled list of cards, with "Load more" paging when the section has a `next_url`:
//! new cards are appended below (nothing above moves), focus goes to the first new card,
//! and a failed page shows an inline error with a retry.

use std::sync::Arc;

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::dom::run_in_ticks;
use super::heading::heading;
use super::related::{CardRef, Layout, RelatedOptions};
use crate::model::{RelatedItem, RelatedSection, SafeUrl};

/// Receives a fetched page (or why it failed); safe to call after the section is gone.
pub type PageDone = Arc<dyn Fn(Result<RelatedSection, String>) + Send + Sync>;

/// Asks the embed layer for the page at a URL; the answer comes back through the
/// [`PageDone`] it is given (the component does no I/O itself).
pub type LoadMore = UnsyncCallback<(SafeUrl, PageDone)>;

/// Cards rendered with the article in each section.
const FIRST_CARDS: usize = 24;
/// Cards added per tick after those.
const CHUNK_CARDS: usize = 48;

#[derive(Debug, Clone, PartialEq)]
enum Paging {
    Idle,
    Loading,
    Failed(String),
}

/// A section: heading, card list, and the paging controls.
#[component]
pub fn SectionView(
    index: usize,
    section: RelatedSection,
    heading_level: u8,
    lang: Option<String>,
    options: RelatedOptions,
    load_more: Option<LoadMore>,
    on_card: Callback<(web_sys::HtmlElement, CardRef)>,
) -> impl IntoView {
    let id = format!("rw-related-{index}");
    let labelled_by = id.clone();
    let list_class = options.layout == Layout::List;
    let list_id = format!("rw-related-{index}-list");
    let title = section.title.unwrap_or_else(|| "Related".to_owned());
    // Long lists render progressively: the first cards with the article, the rest a
    // chunk per tick, so 1,000 cards never block the page.
    let first = section.items.len().min(FIRST_CARDS);
    let items = RwSignal::new(section.items);
    let shown = RwSignal::new(first);
    let more_to_show = items.with_untracked(Vec::len) > first;
    if more_to_show {
        run_in_ticks(move || {
            let (Some(n), Some(len)) = (
                shown.try_get_untracked(),
                items.try_with_untracked(Vec::len),
            ) else {
                return false;
            };
            if n >= len {
                return false;
            }
            shown.set((n + CHUNK_CARDS).min(len));
            n + CHUNK_CARDS < len
        });
    }
    let next = RwSignal::new(section.next_url);
    let paging = RwSignal::new(Paging::Idle);
    let list = NodeRef::<leptos::html::Ul>::new();

    let fetch_next = move || {
        let (Some(loader), Some(url)) = (load_more, next.get_untracked()) else {
            return;
        };
        paging.set(Paging::Loading);
        // A plain closure over signals: a reactive callback would be owned by whatever
        // re-rendered last and could be disposed before the page arrives.
        let done: PageDone = Arc::new(move |result| match result {
            Ok(page) => {
                let Some(count) = items.try_with_untracked(Vec::len) else {
                    return;
                };
                items.update(|v| v.extend(page.items));
                shown.set(items.with_untracked(Vec::len));
                next.set(page.next_url);
                paging.set(Paging::Idle);
                focus_card(list, count + 1);
            }
            Err(message) => paging.set(Paging::Failed(message)),
        });
        loader.run((url, done));
    };

    let level = heading_level.saturating_add(1);
    let section_name = title.clone();
    let card_lang = lang.clone();
    let cards = move || {
        let n = shown.get();
        items
            .get()
            .into_iter()
            .take(n)
            .enumerate()
            .map(|(i, item)| (i + 1, item))
            .collect::<Vec<(usize, RelatedItem)>>()
    };
    let pager = load_more.map(|_| {
        view! {
            <div class="rw-related__more" part="related-more">
                {move || match paging.get() {
                    Paging::Failed(message) => Some(view! {
                        <p class="rw-related__error" role="alert">
                            "More stories could not be loaded: "{message}" "
                            <button type="button" class="rw-related__button" on:click=move |_| fetch_next()>
                                "Retry"
                            </button>
                        </p>
                    }),
                    _ => None,
                }}
                {move || (next.get().is_some() && !matches!(paging.get(), Paging::Failed(_))).then(|| view! {
                    <button
                        type="button"
                        class="rw-related__button"
                        part="related-load-more"
                        aria-controls=list_id.clone()
                        aria-busy=move || (paging.get() == Paging::Loading).to_string()
                        disabled=move || paging.get() == Paging::Loading
                        on:click=move |_| fetch_next()
                    >
                        {move || if paging.get() == Paging::Loading { "Loading…" } else { "Load more" }}
                    </button>
                })}
            </div>
        }
    });
    view! {
        <section
            class="rw-related"
            class:rw-related--list=list_class
            part="related"
            aria-labelledby=labelled_by
        >
            {heading(heading_level, "rw-related__title", "related-title", Some(id), title.into_any())}
            <ul class="rw-related__list" part="related-list" id=format!("rw-related-{index}-list") node_ref=list>
                <For
                    each=cards
                    key=|(position, item)| (*position, item.url.as_str().to_owned())
                    children=move |(position, item)| {
                        let card = CardRef {
                            url: item.url.as_str().to_owned(),
                            section: section_name.clone(),
                            position,
                        };
                        view! {
                            <Card
                                item=item
                                card=card
                                options=options.clone()
                                level=level
                                lang=card_lang.clone()
                                on_mount=on_card
                            />
                        }
                    }
                />
            </ul>
            {pager}
        </section>
    }
}

/// Moves focus to the link of the card at `position` once it has rendered.
fn focus_card(list: NodeRef<leptos::html::Ul>, position: usize) {
    request_animation_frame(move || {
        let link = list.get_untracked().and_then(|ul| {
            ul.query_selector(&format!("[data-position=\"{position}\"] a"))
                .ok()
                .flatten()
        });
        if let Some(link) = link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = link.focus();
        }
    });
}
