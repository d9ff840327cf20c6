//! The carousel's state, shared by its parts: which photo is current, what was last
//! announced, and the photos themselves.

use leptos::prelude::*;

use crate::components::texts::Tr;
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
    /// The widget's words, for labels and announcements.
    pub t: Tr,
}

impl Deck {
    /// The state of a carousel of `media`, at the host's start photo.
    pub fn new(media: Vec<Media>, rtl: bool, options: &CarouselOptions, t: Tr) -> Deck {
        let total = media.len();
        Deck {
            slides: RwSignal::new(Slides::new(total, options.start, options.looping)),
            announcement: RwSignal::new(String::new()),
            media: StoredValue::new(media),
            total,
            rtl,
            t,
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
            let t = self.t;
            let text = self
                .media
                .with_value(|m| m.get(i).map(|m| announce_text(m, t)).unwrap_or_default());
            let (n, total) = (t.number(i + 1), t.number(self.total));
            self.announcement.set(t.fill(
                "photo_announcement",
                &[("n", &n), ("total", &total), ("caption", &text)],
            ));
        }
    }

    /// "2 / 5" in the reader's digits (tracked).
    pub fn counter(&self) -> String {
        let n = self.t.number(self.current() + 1);
        let total = self.t.number(self.total);
        self.t.fill("counter", &[("n", &n), ("total", &total)])
    }

    /// The current photo's index (tracked).
    pub fn current(&self) -> usize {
        self.slides.get().current().unwrap_or(0)
    }
}

/// "Caption. Photo: credit", as read out after navigation.
pub fn announce_text(m: &Media, t: Tr) -> String {
    let caption = m.caption.as_deref().unwrap_or(m.alt_text());
    match m.credit.as_deref() {
        Some(credit) => format!(
            "{caption} {}",
            t.fill("photo_credit", &[("credit", credit)])
        ),
        None => caption.to_owned(),
    }
}
