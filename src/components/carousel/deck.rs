//! The carousel's state, shared by its parts: which photo is current, what was last
//! announced, and the photos themselves.

use leptos::prelude::*;

use crate::interaction::carousel::Slides;
use crate::model::Media;
use crate::options::CarouselOptions;

/// One carousel's state; `Copy`, so every control and handler can hold it.
#[derive(Debug, Clone, Copy)]
pub struct Deck {
    pub slides: RwSignal<Slides>,
    /// The polite live region's text (user navigation only, as APG asks).
    pub announcement: RwSignal<String>,
    pub media: StoredValue<Vec<Media>>,
    pub total: usize,
    /// Right-to-left: "next" lies to the left.
    pub rtl: bool,
}

impl Deck {
    /// The state of a carousel of `media`, at the host's start photo.
    pub fn new(media: Vec<Media>, rtl: bool, options: &CarouselOptions) -> Deck {
        let total = media.len();
        Deck {
            slides: RwSignal::new(Slides::new(total, options.start, options.looping)),
            announcement: RwSignal::new(String::new()),
            media: StoredValue::new(media),
            total,
            rtl,
        }
    }

    /// Moves as the reader asked and announces the new photo.
    pub fn navigate(&self, f: impl Fn(Slides) -> Slides) {
        let before = self.slides.get_untracked();
        let after = f(before);
        if after == before {
            return;
        }
        self.slides.set(after);
        if let Some(i) = after.current() {
            let text = self
                .media
                .with_value(|m| m.get(i).map(announce_text).unwrap_or_default());
            self.announcement
                .set(format!("Photo {} of {}: {text}", i + 1, self.total));
        }
    }

    /// The current photo's index (tracked).
    pub fn current(&self) -> usize {
        self.slides.get().current().unwrap_or(0)
    }
}

/// "Caption. Photo: credit", as read out after navigation.
pub fn announce_text(m: &Media) -> String {
    let caption = m.caption.as_deref().unwrap_or(m.alt_text());
    match m.credit.as_deref() {
        Some(credit) => format!("{caption} Photo: {credit}"),
        None => caption.to_owned(),
    }
}
