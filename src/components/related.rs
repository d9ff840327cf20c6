//! Related-news cards ("More in News"): one titled list per section; each card's title
//! is its single link, stretched over the card so the whole card is clickable without
//! nesting interactive elements.

use leptos::prelude::*;

use super::format::format_timestamp;
use super::heading::heading;
use crate::model::{RelatedItem, RelatedSection};

/// Renders every non-empty section; an empty one leaves no orphan heading.
#[component]
pub fn Related(
    sections: Vec<RelatedSection>,
    #[prop(default = 2)] heading_level: u8,
    #[prop(default = None)] lang: Option<String>,
) -> impl IntoView {
    sections
        .into_iter()
        .enumerate()
        .filter(|(_, s)| !s.items.is_empty())
        .map(|(n, section)| {
            let id = format!("rw-related-{n}");
            let labelled_by = id.clone();
            let title = section.title.unwrap_or_else(|| "Related".to_owned());
            let lang = lang.clone();
            let cards = section
                .items
                .into_iter()
                .map(|item| card_view(item, heading_level.saturating_add(1), lang.as_deref()))
                .collect_view();
            view! {
                <section class="rw-related" part="related" aria-labelledby=labelled_by>
                    {heading(heading_level, "rw-related__title", Some(id), title.into_any())}
                    <ul class="rw-related__list" part="related-list">{cards}</ul>
                </section>
            }
        })
        .collect_view()
}

fn card_view(item: RelatedItem, level: u8, lang: Option<&str>) -> impl IntoView + use<> {
    let RelatedItem {
        url,
        title,
        teaser,
        image,
        published,
        section,
    } = item;
    let has_image = image.is_some();
    let link = view! {
        <a class="rw-card__link" part="card-link" href=url.as_str().to_owned()>{title}</a>
    };
    let date = published.map(|t| {
        let text = format_timestamp(&t, lang);
        view! { <time class="rw-card__date" datetime=t.as_str().to_owned()>{text}</time> }
    });
    view! {
        <li class="rw-card" class:rw-card--text=!has_image part="card">
            {image.map(|m| view! {
                <figure class="rw-card__media">
                    <img
                        class="rw-card__image"
                        part="card-image"
                        src=m.src.as_str().to_owned()
                        srcset=m.srcset.as_ref().map(|s| s.as_str().to_owned())
                        width=m.width
                        height=m.height
                        alt=""
                        loading="lazy"
                        decoding="async"
                    />
                    {m.credit.map(|c| view! { <figcaption class="rw-card__credit" part="credit">"Photo: "{c}</figcaption> })}
                </figure>
            })}
            <div class="rw-card__body">
                {(section.is_some() || date.is_some()).then(|| view! {
                    <p class="rw-card__meta">
                        {section.map(|s| view! { <span class="rw-card__section">{s}</span> })}
                        {date}
                    </p>
                })}
                {heading(level, "rw-card__title", None, link.into_any())}
                {teaser.map(|t| view! { <p class="rw-card__teaser" part="card-teaser">{t}</p> })}
            </div>
        </li>
    }
}
