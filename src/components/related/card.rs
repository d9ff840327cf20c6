//! One related-story card. The title is the card's single link, stretched over the card
//! by CSS so the whole card is clickable without nested interactive elements.

use leptos::prelude::*;

use super::card_ref::CardRef;
use crate::browser::events::dispatch;
use crate::browser::intl::format_card_date;
use crate::components::heading::heading;
use crate::components::optional::maybe_then;
use crate::components::text_content::{Content, with_text};
use crate::components::texts::{Tr, credit_line, texts};
use crate::model::{Media, RelatedItem};

/// Renders a card; `card` says where it sits (for analytics events), `level` is the
/// headline's level (card titles sit two below it).
#[component]
pub fn Card(
    item: RelatedItem,
    card: CardRef,
    /// `target` of the card link (`link-target`).
    target: Option<String>,
    /// Whether the link also has `noreferrer`.
    noreferrer: bool,
    level: u8,
    lang: Option<String>,
    /// Called with the card's element once it is in the DOM (impression tracking).
    on_mount: Callback<(web_sys::HtmlElement, CardRef)>,
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
    let clicked = card.clone();
    let link = view! {
        <a
            class="rw-card__link"
            part="card-link"
            href=url.as_str().to_owned()
            target=target
            rel=if noreferrer { "noopener noreferrer" } else { "noopener" }
            on:click=move |ev: leptos::ev::MouseEvent| {
                if let Some(target) = ev.current_target() {
                    dispatch(&target, "reader:cardclick", &clicked.to_js());
                }
            }
        ></a>
    };
    let link = with_text(link, title);
    let date = published.map(|t| {
        let datetime = t.as_str().to_owned();
        with_text(
            view! { <time class="rw-card__date" datetime={datetime}></time> },
            format_card_date(&t, lang.as_deref()),
        )
    });
    let section = section.map(|s| with_text(view! { <span class="rw-card__section"></span> }, s));
    let meta = (section.is_some() || date.is_some())
        .then(|| view! { <p class="rw-card__meta">{maybe_then(section, date)}</p> });
    let body = view! {
        <div class="rw-card__body">
            {meta}
            {heading(level, 2, "rw-card__title", "card-title", None, Content::Nodes(link.into_any()))}
            {teaser.map(|t| with_text(view! { <p class="rw-card__teaser" part="card-teaser"></p> }, t))}
        </div>
    };
    let node = NodeRef::<leptos::html::Li>::new();
    let position = card.position;
    node.on_load(move |el| on_mount.run((el.into(), card)));
    view! {
        <li class="rw-card" class:rw-card--text=!has_image part="card" node_ref=node data-position=position>
            {maybe_then(image.map(|m| image_view(m, texts())), body)}
        </li>
    }
}

/// The card's picture box (reserved from its size, 16:9 when unknown), loaded lazily.
fn image_view(m: Media, t: Tr) -> impl IntoView {
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
            {m.credit.map(|c| view! { <figcaption class="rw-card__credit" part="credit">{credit_line(t, c)}</figcaption> })}
        </figure>
    }
}
