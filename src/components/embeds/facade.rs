//! A video on YouTube or Vimeo before the reader plays it: the document's own picture (or
//! a neutral poster of ours), its title and platform, and a play button. The click
//! builds the player's frame from the validated id and moves focus into it.

use leptos::prelude::*;

use super::markup::{Markup, el};
use crate::components::SERVER;
use crate::components::texts::texts;
use crate::model::embeds::{is_provider_host, video_id};
use crate::model::{Embed, Provider};

/// What a player frame may do: play, go full screen, nothing more.
const ALLOW: &str = "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen";

/// The facade of one video; `player` is the frame's address, built from the video id.
pub fn facade(embed: Embed, player: String) -> AnyView {
    let t = texts();
    let provider = embed.provider.label();
    let title = embed.title.clone().unwrap_or_else(|| t.get("video"));
    let label = t.fill("play_video", &[("title", &title), ("provider", provider)]);
    // A picture on the platform's own servers would be a request before the click.
    let poster = embed
        .thumbnail
        .as_ref()
        .filter(|m| !is_provider_host(&m.src))
        .map(|m| {
            el("img")
                .at("class", "rw-embed__poster")
                .at("src", m.src.as_str())
                .at("alt", "")
                .at("loading", "lazy")
                .at("decoding", "async")
        });
    let frame = el("iframe")
        .at("class", "rw-embed__frame")
        .at("src", &player)
        .at("title", &title)
        .at("allow", ALLOW)
        .at("allowfullscreen", "")
        .at("referrerpolicy", "strict-origin-when-cross-origin");
    // With JavaScript off (a server's rendering) the facade is a link to the video's
    // page; in the browser a button that a click or Enter turns into the player.
    let start = if SERVER {
        el("a").at("href", &page_url(&embed))
    } else {
        el("button").at("type", "button").becomes(frame)
    };
    let start = start
        .at("class", "rw-embed__play")
        .at("part", "embed-play")
        .at("aria-label", &label)
        .maybe_kid(poster)
        .kid(
            el("span")
                .at("class", "rw-embed__title")
                .at("dir", "auto")
                .text(&title),
        )
        // A space between the title and the platform: the visible words, read as one
        // text, are then part of the button's name (not "paradeYouTube").
        .text(" ")
        .kid(el("span").at("class", "rw-embed__provider").text(provider))
        .kid(
            el("span")
                .at("class", "rw-embed__icon")
                .at("aria-hidden", "true"),
        );
    let caption = embed
        .caption
        .as_deref()
        .map(|c| el("figcaption").at("class", "rw-embed__caption").text(c));
    let figure = el("figure")
        .at("class", "rw-embed")
        .at("part", "embed")
        .kid(el("div").at("class", "rw-embed__box").kid(start))
        .maybe_kid(caption);
    Markup(figure).into_any()
}

/// The video's own page on its platform, from the validated id (`youtu.be/<id>` and a
/// player address alike become `https://www.youtube.com/watch?v=<id>`).
fn page_url(embed: &Embed) -> String {
    match (embed.provider, video_id(embed.provider, &embed.url)) {
        (Provider::YouTube, Some(id)) => format!("https://www.youtube.com/watch?v={id}"),
        (Provider::Vimeo, Some(id)) => format!("https://vimeo.com/{id}"),
        _ => embed.url.as_str().to_owned(),
    }
}
