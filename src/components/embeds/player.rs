//! Video and audio files in the browser's own controls: nothing loads before the reader
//! presses play (`preload="none"`), nothing plays by itself, and the box of a video is
//! reserved from its size so nothing shifts.

use leptos::prelude::*;

use crate::components::text_content::with_text;
use crate::components::texts::texts;
use crate::model::{Audio, Source, Video};

/// A video with its poster, captions track, caption and credit.
pub fn video_view(v: Video) -> AnyView {
    let name = v.title.clone().unwrap_or_else(|| texts().get("video"));
    let track = v.captions.map(|track| {
        let lang = track.lang.clone();
        view! { <track kind="captions" src=track.src.as_str().to_owned() srclang=lang.clone() label=lang default=true /> }
    });
    view! {
        <figure class="rw-video" part="video">
            <video
                class="rw-video__player"
                controls=true
                preload="none"
                playsinline=true
                poster=v.poster.map(|p| p.as_str().to_owned())
                width=v.width
                height=v.height
                aria-label=name
            >
                {sources(v.sources)}
                {track}
            </video>
            {notes(v.caption, v.credit)}
        </figure>
    }
    .into_any()
}

/// An audio with its title, caption and credit.
pub fn audio_view(a: Audio) -> AnyView {
    let name = a.title.clone().unwrap_or_else(|| texts().get("audio"));
    view! {
        <figure class="rw-audio" part="audio">
            {a.title.map(|s| with_text(view! { <p class="rw-audio__title" dir="auto"></p> }, s))}
            <audio class="rw-audio__player" controls=true preload="none" aria-label=name>
                {sources(a.sources)}
            </audio>
            {notes(a.caption, a.credit)}
        </figure>
    }
    .into_any()
}

fn sources(sources: Vec<Source>) -> impl IntoView {
    sources
        .into_iter()
        .map(|s| view! { <source src=s.src.as_str().to_owned() type=s.mime /> })
        .collect_view()
}

/// The caption and the credit under a player.
fn notes(caption: Option<String>, credit: Option<String>) -> impl IntoView {
    (caption.is_some() || credit.is_some()).then(|| {
        view! {
            <figcaption class="rw-video__caption">
                {caption.map(|c| with_text(view! { <span></span> }, c))}
                " "
                {credit.map(|c| with_text(view! { <span class="rw-video__credit"></span> }, c))}
            </figcaption>
        }
    })
}
