//! Related-news sections ("More in News", "Most Read"): one titled list per section,
//! laid out by the widget's own width, with analytics events a publisher can measure
//! (card clicks and impressions) and no tracker. Layout and link options apply in place.

mod card;
mod card_ref;
mod impressions;
mod list;
mod pager;
pub mod paging;
mod section;

use leptos::prelude::*;

use crate::components::props::Props;
use crate::model::RelatedSection;
use card_ref::CardRef;
use impressions::Tracker;
use paging::LoadMore;
use section::SectionView;

/// Renders every non-empty section; an empty one leaves no orphan heading. `level` is
/// the headline's level: section titles sit one below it.
#[component]
pub fn Related(
    sections: RwSignal<Vec<RelatedSection>>,
    level: u8,
    lang: Option<String>,
    /// The article's headline (regions are named after it, to be unique on the page).
    title: String,
    props: Props,
    /// Fetches a section's next page ("Load more"); without it there is no button.
    #[prop(default = None)]
    load_more: Option<LoadMore>,
) -> impl IntoView {
    move || {
        // Each new set of sections starts counting impressions afresh.
        let tracker = Tracker::start();
        let on_card = Callback::new(move |(el, card): (web_sys::HtmlElement, CardRef)| {
            tracker.with_value(|t| t.observe(&el, card));
        });
        sections
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, s)| !s.items.is_empty())
            .map(|(n, section)| {
                view! {
                    <SectionView
                        index=n
                        section=section
                        level=level
                        lang=lang.clone()
                        headline=title.clone()
                        props=props
                        load_more=load_more
                        on_card=on_card
                    />
                }
            })
            .collect_view()
    }
}
