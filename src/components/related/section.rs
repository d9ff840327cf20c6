//! One titled list of cards, with "Load more" paging when the section has a `next_url`.

use leptos::prelude::*;

use super::card_ref::CardRef;
use super::list::CardList;
use super::pager::pager;
use super::paging::LoadMore;
use crate::components::heading::heading;
use crate::components::props::Props;
use crate::components::text_content::Content;
use crate::components::texts::texts;
use crate::model::RelatedSection;
use crate::options::Layout;

/// A section: heading, card list, and the paging controls.
#[component]
pub fn SectionView(
    index: usize,
    section: RelatedSection,
    level: u8,
    lang: Option<String>,
    /// The article's headline, for a region name unique on the page.
    headline: String,
    props: Props,
    load_more: Option<LoadMore>,
    on_card: Callback<(web_sys::HtmlElement, CardRef)>,
) -> impl IntoView {
    let id = format!("rw-related-{index}");
    let list_id = format!("rw-related-{index}-list");
    let t = texts();
    let title = section.title.unwrap_or_else(|| t.get("related"));
    // Each widget's regions get names of their own: the section's and the headline.
    let label = t.fill(
        "related_label",
        &[("section", &title), ("title", &headline)],
    );
    let list = CardList::new(section.items, section.next_url);
    let cards = list.view(props, title.clone(), level, lang, on_card);
    view! {
        <section
            class="rw-related"
            class:rw-related--list=move || props.related.with(|o| o.related.layout == Layout::List)
            part="related"
            aria-label=label
        >
            {heading(level, 1, "rw-related__title", "related-title", Some(id.clone()), Content::Text(title))}
            <ul class="rw-related__list" part="related-list" id=list_id.clone() node_ref=list.node>
                {cards}
            </ul>
            {load_more.map(|loader| pager(list_id, list.next, list.paging, move || list.load_next(loader)))}
        </section>
    }
}
