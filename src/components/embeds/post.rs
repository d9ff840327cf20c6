//! A post on a social platform (or any embed the widget does not frame) as a card: the
//! author, the post's text where the CMS saved it, its date, and a link to it. No
//! platform script, ever.

use leptos::prelude::*;

use crate::browser::intl::format_card_date;
use crate::components::text_content::with_text;
use crate::components::texts::texts;
use crate::model::{Embed, Provider};

/// The card of one embed; dates are written in `lang`.
pub fn post_card(embed: Embed, lang: Option<String>) -> AnyView {
    let t = texts();
    // A platform's name only on a link to that platform's own pages.
    let link = match embed.provider {
        p if p != Provider::Other && p.hosts(&embed.url) => {
            t.fill("view_on", &[("provider", p.label())])
        }
        _ => t.get("open_original"),
    };
    let date = embed.published.map(|ts| {
        with_text(
            view! { <time class="rw-post__date" datetime=ts.as_str().to_owned()></time> },
            format_card_date(&ts, lang.as_deref()),
        )
    });
    view! {
        <figure class="rw-post" part="embed">
            {embed.title.map(|s| with_text(view! { <p class="rw-post__title" dir="auto"></p> }, s))}
            {embed.text.map(|s| view! { <blockquote class="rw-post__text">{with_text(view! { <p dir="auto"></p> }, s)}</blockquote> })}
            <figcaption class="rw-post__meta">
                {embed.author.map(|s| with_text(view! { <span class="rw-post__author" dir="auto"></span> }, s))}
                {date}
                {with_text(view! { <a class="rw-post__link rw-link" href=embed.url.as_str().to_owned() rel="noopener"></a> }, link)}
            </figcaption>
            {embed.caption.map(|s| with_text(view! { <p class="rw-post__caption"></p> }, s))}
        </figure>
    }
    .into_any()
}
