//! A section's cards: rendered progressively when long, appended to by "Load more"
//! (nothing above moves, focus goes to the first new card), and rendered anew when the
//! host changes link options (rare; the impression tracker does not count a card twice).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::card::Card;
use super::card_ref::CardRef;
use super::paging::{LoadMore, PageDone, Paging};
use crate::components::progressive::progressive;
use crate::components::props::Props;
use crate::components::staged::list_steps;
use crate::model::{RelatedItem, SafeUrl};

/// Cards rendered with the article in each section.
const FIRST_CARDS: usize = 24;
/// Cards added per tick after those.
const CHUNK_CARDS: usize = 48;

/// The state of one section's list.
#[derive(Clone, Copy)]
pub struct CardList {
    items: RwSignal<Vec<RelatedItem>>,
    shown: RwSignal<usize>,
    pub next: RwSignal<Option<SafeUrl>>,
    pub paging: RwSignal<Paging>,
    pub node: NodeRef<leptos::html::Ul>,
}

impl CardList {
    /// The list of `items`, with `next` as its next page.
    pub fn new(items: Vec<RelatedItem>, next: Option<SafeUrl>) -> CardList {
        let items = RwSignal::new(items);
        let (first, chunk) = list_steps(FIRST_CARDS, CHUNK_CARDS);
        CardList {
            items,
            shown: progressive(first, chunk, move || items.try_with_untracked(Vec::len)),
            next: RwSignal::new(next),
            paging: RwSignal::new(Paging::Idle),
            node: NodeRef::new(),
        }
    }

    /// Asks `loader` for the next page and appends it.
    pub fn load_next(self, loader: LoadMore) {
        let Some(url) = self.next.get_untracked() else {
            return;
        };
        self.paging.set(Paging::Loading);
        // A plain closure over signals: a reactive callback would be owned by whatever
        // re-rendered last and could be disposed before the page arrives.
        let done: PageDone = Arc::new(move |result| match result {
            Ok(page) => {
                let Some(count) = self.items.try_with_untracked(Vec::len) else {
                    return;
                };
                let added = page.items.len();
                self.items.update(|v| v.extend(page.items));
                self.shown.set(self.items.with_untracked(Vec::len));
                self.next.set(page.next_url);
                self.paging.set(Paging::Added(added));
                focus_card(self.node, count + 1);
            }
            Err(message) => self.paging.set(Paging::Failed(message)),
        });
        loader.run((url, done));
    }

    /// The cards, numbered from 1 within `section`.
    pub fn view(
        self,
        props: Props,
        section: String,
        level: u8,
        lang: Option<String>,
        on_card: Callback<(web_sys::HtmlElement, CardRef)>,
    ) -> impl IntoView {
        let cards = move || {
            let n = self.shown.get();
            self.items
                .get()
                .into_iter()
                .take(n)
                .enumerate()
                .map(|(i, item)| (i + 1, item))
                .collect::<Vec<(usize, RelatedItem)>>()
        };
        let links = props.links;
        move || {
            let (target, noreferrer) =
                links.with(|o| (o.related.target.clone(), o.related.noreferrer));
            let (section, lang) = (section.clone(), lang.clone());
            let card = move |(position, item): (usize, RelatedItem)| {
                let card = CardRef {
                    url: item.url.as_str().to_owned(),
                    section: section.clone(),
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
        }
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
