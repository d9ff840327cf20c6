//! A post on a social platform (or any embed the widget does not frame) as a card: the
//! author, the post's text where the CMS saved it, its date, and a link to it. No
//! platform script, ever.

use leptos::prelude::*;

use super::markup::{Markup, el};
use crate::browser::intl::format_card_date;
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
    let date = embed.published.as_ref().map(|ts| {
        el("time")
            .at("class", "rw-post__date")
            .at("datetime", ts.as_str())
            .text(&format_card_date(ts, lang.as_deref()))
    });
    let author = embed.author.as_deref().map(|a| {
        el("span")
            .at("class", "rw-post__author")
            .at("dir", "auto")
            .text(a)
    });
    let meta = el("figcaption")
        .at("class", "rw-post__meta")
        .maybe_kid(author)
        .maybe_kid(date)
        .kid(
            el("a")
                .at("class", "rw-post__link rw-link")
                .at("href", embed.url.as_str())
                .at("rel", "noopener")
                .text(&link),
        );
    let title = embed.title.as_deref().map(|s| {
        el("p")
            .at("class", "rw-post__title")
            .at("dir", "auto")
            .text(s)
    });
    let text = embed.text.as_deref().map(|s| {
        el("blockquote")
            .at("class", "rw-post__text")
            .kid(el("p").at("dir", "auto").text(s))
    });
    let caption = embed
        .caption
        .as_deref()
        .map(|s| el("p").at("class", "rw-post__caption").text(s));
    let card = el("figure")
        .at("class", "rw-post")
        .at("part", "embed")
        .maybe_kid(title)
        .maybe_kid(text)
        .kid(meta)
        .maybe_kid(caption);
    Markup(card).into_any()
}
