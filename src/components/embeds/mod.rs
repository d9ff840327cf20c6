//! Embedded items of the body: a video on YouTube or Vimeo is a light facade that loads
//! the platform's player only when the reader asks (never before: no script, frame,
//! thumbnail or font from a platform until the click); a post, or any embed when frames
//! are off, is a card linking to it; video and audio files play in the browser's own
//! controls. On a server every one of them is a link or a player that works with
//! JavaScript off.

mod facade;
mod markup;
mod player;
mod post;

use leptos::prelude::*;

use crate::model::Embed;
pub use facade::facade;
pub use player::{audio_view, video_view};
pub use post::post_card;

/// An embed as a facade (a video the widget may frame) or a card (everything else).
pub fn embed_view(embed: Embed, frames: bool, lang: Option<String>) -> AnyView {
    match embed.player_url().filter(|_| frames) {
        Some(player) => facade(embed, player),
        None => post_card(embed, lang),
    }
}
