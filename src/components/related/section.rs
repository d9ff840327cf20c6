//! One titled list of cards, rendered progressively when long, with "Load more" paging
//! when the section has a `next_url`: new cards are appended below (nothing above
//! moves) and focus goes to the first new card.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::card_ref::CardRef;
use super::pager::pager;
use super::paging::{LoadMore, PageDone, Paging};
use crate::components::heading::heading;
use crate::components::progressive::progressive;
use crate::components::props::Props;
use crate::model::{RelatedItem, RelatedSection};
use crate::options::Layout;

/// Cards rendered with the article in each section.
const FIRST_CARDS: usize = 24;
/// Cards added per tick after those.
const CHUNK_CARDS: usize = 48;

/// A section: heading, card list, and the paging controls.
#[component]
pub fn SectionView(
    index: usize,
    section: RelatedSection,
    level: u8,
    lang: Option<String>,
    props: Props,
    load_more: Option<LoadMore>,
    on_card: Callback<(web_sys::HtmlElement, CardRef)>,
) -> impl IntoView {
    let id = format!("rw-related-{index}");
    let list_id = format!("rw-related-{index}-list");
    let title = section.title.unwrap_or_else(|| "Related".to_owned());
    let items = RwSignal::new(section.items);
    let shown = progressive(FIRST_CARDS, CHUNK_CARDS, move || {
        items.try_with_untracked(Vec::len)
    });
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
    // The list is rendered anew when the host changes link options (rare, and the
    // tracker does not count a card twice); layout is a class on the section.
    let links = props.links;
    let section_name = title.clone();
    let list_view = move || {
        let (target, noreferrer) = links.with(|o| (o.related.target.clone(), o.related.noreferrer));
        let (section_name, lang) = (section_name.clone(), lang.clone());
        let card = move |(position, item): (usize, RelatedItem)| {
            let card = CardRef {
                url: item.url.as_str().to_owned(),
                section: section_name.clone(),
                position,
            };
            view! {
                <Card
                    item=item
                    card=card
                    target=target.clone()
                    noreferrer=noreferrer
                    level=level
                    lang=lang.clone()
                    on_mount=on_card
                />
            }
        };
        view! { <For each=cards key=|(position, item)| (*position, item.url.as_str().to_owned()) children=card /> }
    };
    view! {
        <section
            class="rw-related"
            class:rw-related--list=move || props.related.with(|o| o.related.layout == Layout::List)
            part="related"
            aria-labelledby=id.clone()
        >
            {heading(level, 1, "rw-related__title", "related-title", Some(id.clone()), title.into_any())}
            <ul class="rw-related__list" part="related-list" id=list_id.clone() node_ref=list>
                {list_view}
            </ul>
            {load_more.map(|_| pager(list_id, next, paging, fetch_next))}
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
