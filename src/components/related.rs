//! Related-news sections ("More in News", "Most Read"): one titled list per section,
//! laid out by the widget's own width, with analytics events a publisher can measure
//! (card clicks and impressions) and no tracker.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use super::impressions::Tracker;
use super::related_section::{LoadMore, SectionView};
use crate::model::RelatedSection;

/// How cards are laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// Responsive columns of image cards (1 → 2 → 3 → 4 as the widget widens).
    #[default]
    Grid,
    /// Compact rows with a small thumbnail.
    List,
}

impl Layout {
    /// `layout="list"` → `List`; anything else is the default grid.
    pub fn from_name(name: Option<&str>) -> Layout {
        match name.map(str::trim) {
            Some(n) if n.eq_ignore_ascii_case("list") => Layout::List,
            _ => Layout::Grid,
        }
    }
}

/// Host choices for the cards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelatedOptions {
    pub layout: Layout,
    /// `target` of card links (e.g. `_blank`); `rel` always has `noopener`.
    pub target: Option<String>,
    /// Add `noreferrer` to card links.
    pub noreferrer: bool,
}

/// Where a card sits, as reported in `reader:cardclick` and `reader:impression`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRef {
    pub url: String,
    /// The section's title.
    pub section: String,
    /// 1-based position within its section.
    pub position: usize,
}

impl CardRef {
    /// The event detail `{ url, section, position }`.
    pub fn to_js(&self) -> JsValue {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"url".into(), &self.url.as_str().into());
        let _ = js_sys::Reflect::set(&o, &"section".into(), &self.section.as_str().into());
        let _ = js_sys::Reflect::set(&o, &"position".into(), &(self.position as f64).into());
        o.into()
    }
}

/// Renders every non-empty section; an empty one leaves no orphan heading.
#[component]
pub fn Related(
    sections: Vec<RelatedSection>,
    #[prop(default = 2)] heading_level: u8,
    #[prop(default = None)] lang: Option<String>,
    #[prop(optional)] options: RelatedOptions,
    /// Fetches a section's next page ("Load more"); without it there is no button.
    #[prop(default = None)]
    load_more: Option<LoadMore>,
) -> impl IntoView {
    let tracker = Tracker::start();
    let on_card = Callback::new(move |(el, card): (web_sys::HtmlElement, CardRef)| {
        tracker.with_value(|t| t.observe(&el, card));
    });
    sections
        .into_iter()
        .enumerate()
        .filter(|(_, s)| !s.items.is_empty())
        .map(|(n, section)| {
            view! {
                <SectionView
                    index=n
                    section=section
                    heading_level=heading_level
                    lang=lang.clone()
                    options=options.clone()
                    load_more=load_more
                    on_card=on_card
                />
            }
        })
        .collect_view()
}
