//! Video and audio files in the browser's own controls: nothing loads before the reader
//! presses play (`preload="none"`), nothing plays by itself, and the box of a video is
//! reserved from its size so nothing shifts.

use leptos::prelude::*;

use super::markup::{El, Markup, el};
use crate::components::texts::texts;
use crate::model::{Audio, Source, Video};

/// A video with its poster, captions track, caption and credit.
pub fn video_view(v: Video) -> AnyView {
    let name = v.title.clone().unwrap_or_else(|| texts().get("video"));
    let track = v.captions.map(|track| {
        el("track")
            .at("kind", "captions")
            .at("src", track.src.as_str())
            .maybe("srclang", track.lang.as_deref())
            .maybe("label", track.lang.as_deref())
            .at("default", "")
    });
    let player = with_sources(
        el("video")
            .at("class", "rw-video__player")
            .at("controls", "")
            .at("preload", "none")
            .at("playsinline", "")
            .maybe("poster", v.poster.as_ref().map(|p| p.as_str()))
            .maybe("width", v.width.map(|w| w.to_string()).as_deref())
            .maybe("height", v.height.map(|h| h.to_string()).as_deref())
            .at("aria-label", &name),
        &v.sources,
    )
    .maybe_kid(track);
    let figure = el("figure")
        .at("class", "rw-video")
        .at("part", "video")
        .kid(player)
        .maybe_kid(notes(v.caption.as_deref(), v.credit.as_deref()));
    Markup(figure).into_any()
}

/// An audio with its title, caption and credit.
pub fn audio_view(a: Audio) -> AnyView {
    let name = a.title.clone().unwrap_or_else(|| texts().get("audio"));
    let player = with_sources(
        el("audio")
            .at("class", "rw-audio__player")
            .at("controls", "")
            .at("preload", "none")
            .at("aria-label", &name),
        &a.sources,
    );
    let title = a.title.as_deref().map(|s| {
        el("p")
            .at("class", "rw-audio__title")
            .at("dir", "auto")
            .text(s)
    });
    let figure = el("figure")
        .at("class", "rw-audio")
        .at("part", "audio")
        .maybe_kid(title)
        .kid(player)
        .maybe_kid(notes(a.caption.as_deref(), a.credit.as_deref()));
    Markup(figure).into_any()
}

fn with_sources(player: El, sources: &[Source]) -> El {
    sources.iter().fold(player, |p, s| {
        p.kid(
            el("source")
                .at("src", s.src.as_str())
                .maybe("type", s.mime.as_deref()),
        )
    })
}

/// The caption and the credit under a player.
fn notes(caption: Option<&str>, credit: Option<&str>) -> Option<El> {
    (caption.is_some() || credit.is_some()).then(|| {
        let mut note = el("figcaption").at("class", "rw-video__caption");
        if let Some(c) = caption {
            note = note.kid(el("span").text(c)).text(" ");
        }
        note.maybe_kid(credit.map(|c| el("span").at("class", "rw-video__credit").text(c)))
    })
}
