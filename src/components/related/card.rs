//! One related-story card. The title is the card's single link, stretched over the card
//! by CSS so the whole card is clickable without nested interactive elements.

use leptos::prelude::*;

use super::format::format_card_date;
use super::heading::heading;
use super::related::{CardRef, RelatedOptions};
use crate::model::RelatedItem;

/// Renders a card; `card` says where it sits (for analytics events).
#[component]
pub fn Card(
    item: RelatedItem,
    card: CardRef,
    options: RelatedOptions,
    level: u8,
    #[prop(default = None)] lang: Option<String>,
    /// Called with the card's element once it is in the DOM (impression tracking).
    #[prop(optional)]
    on_mount: Option<Callback<(web_sys::HtmlElement, CardRef)>>,
) -> impl IntoView {
    let RelatedItem {
        url,
        title,
        teaser,
        image,
        published,
        section,
    } = item;
    let has_image = image.is_some();
    let rel = if options.noreferrer {
        "noopener noreferrer"
    } else {
        "noopener"
    };
    let on_click = {
        let card = card.clone();
        move |ev: leptos::ev::MouseEvent| {
            if let Some(target) = ev.current_target() {
                super::dom::dispatch(&target, "reader:cardclick", &card.to_js());
            }
        }
    };
    let link = view! {
        <a
            class="rw-card__link"
            part="card-link"
            href=url.as_str().to_owned()
            target=options.target.clone()
            rel=rel
            on:click=on_click
        >
            {title}
        </a>
    };
    let date = published.map(|t| {
        let text = format_card_date(&t, lang.as_deref());
        view! { <time class="rw-card__date" datetime=t.as_str().to_owned()>{text}</time> }
    });
    let node = NodeRef::<leptos::html::Li>::new();
    if let Some(cb) = on_mount {
        let card = card.clone();
        node.on_load(move |el| {
            let el: web_sys::HtmlElement = el.into();
            cb.run((el, card));
        });
    }
    view! {
        <li
            class="rw-card"
            class:rw-card--text=!has_image
            part="card"
            node_ref=node
            data-position=card.position
        >
            {image.map(|m| {
                let sized = m.width.is_some() && m.height.is_some();
                view! {
                    <figure class="rw-card__media" class:rw-card__media--unsized=!sized>
                        <img
                            class="rw-card__image"
                            part="card-image"
                            src=m.src.as_str().to_owned()
                            srcset=m.srcset.as_ref().map(|s| s.as_str().to_owned())
                            sizes=m.srcset.as_ref().map(|_| "(max-width: 30rem) 100vw, 20rem")
                            width=m.width
                            height=m.height
                            alt=""
                            loading="lazy"
                            decoding="async"
                        />
                        {m.credit.map(|c| view! { <figcaption class="rw-card__credit" part="credit">"Photo: "{c}</figcaption> })}
                    </figure>
                }
            })}
            <div class="rw-card__body">
                {(section.is_some() || date.is_some()).then(|| view! {
                    <p class="rw-card__meta">
                        {section.map(|s| view! { <span class="rw-card__section">{s}</span> })}
                        {date}
                    </p>
                })}
                {heading(level, "rw-card__title", "card-title", None, link.into_any())}
                {teaser.map(|t| view! { <p class="rw-card__teaser" part="card-teaser">{t}</p> })}
            </div>
        </li>
    }
}
