//! A video on YouTube or Vimeo before the reader plays it: the document's own picture (or
//! a neutral poster of ours), its title and platform, and a play button. The click
//! builds the player's frame from the validated id and moves focus into it.

use leptos::prelude::*;

use crate::components::SERVER;
use crate::components::text_content::with_text;
use crate::components::texts::texts;
use crate::model::embeds::{is_provider_host, video_id};
use crate::model::{Embed, Provider};

/// The facade of one video; `player` is the frame's address, built from the video id.
#[component]
pub fn Facade(embed: Embed, player: String) -> impl IntoView {
    let t = texts();
    let provider = embed.provider.label();
    let title = embed.title.clone().unwrap_or_else(|| t.get("video"));
    let label = t.fill("play_video", &[("title", &title), ("provider", provider)]);
    let page = page_url(&embed);
    // A picture on the platform's own servers would be a request before the click.
    let poster = embed
        .thumbnail
        .filter(|m| !is_provider_host(&m.src))
        .map(|m| {
            view! { <img class="rw-embed__poster" src=m.src.as_str().to_owned() alt="" loading="lazy" decoding="async" /> }
        });
    let face = view! {
        {poster}
        {with_text(view! { <span class="rw-embed__title" dir="auto"></span> }, title.clone())}
        // A space between the title and the platform: the visible words, read as one
        // text, are then part of the button's name (not "paradeYouTube").
        " "
        {with_text(view! { <span class="rw-embed__provider"></span> }, provider.to_owned())}
        <span class="rw-embed__icon" aria-hidden="true"></span>
    };
    let playing = RwSignal::new(false);
    let frame = NodeRef::<leptos::html::Iframe>::new();
    frame.on_load(|el| {
        let _ = el.focus();
    });
    let control = move || {
        if playing.get() {
            view! {
                <iframe
                    class="rw-embed__frame"
                    src=player.clone()
                    title=title.clone()
                    allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
                    allowfullscreen=true
                    referrerpolicy="strict-origin-when-cross-origin"
                    node_ref=frame
                ></iframe>
            }
            .into_any()
        } else {
            ().into_any()
        }
    };
    // With JavaScript off (a server's rendering) the facade is a link to the video's page.
    let start = if SERVER {
        view! { <a class="rw-embed__play" part="embed-play" href=page aria-label=label>{face}</a> }
            .into_any()
    } else {
        view! {
            <button type="button" class="rw-embed__play" part="embed-play" aria-label=label hidden=move || playing.get() on:click=move |_| playing.set(true)>
                {face}
            </button>
        }
        .into_any()
    };
    view! {
        <figure class="rw-embed" part="embed">
            <div class="rw-embed__box">{start}{control}</div>
            {embed.caption.map(|c| with_text(view! { <figcaption class="rw-embed__caption"></figcaption> }, c))}
        </figure>
    }
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
