//! The option groups, one per part of the widget, with their defaults.

/// How long a fetch may take before it is abandoned with an error (`timeout`).
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// Time each photo stays up while rotating (`autoplay-interval`).
pub const DEFAULT_INTERVAL_MS: u32 = 6000;

/// Everything a host chose for one widget.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WidgetOptions {
    pub source: SourceOptions,
    pub article: ArticleOptions,
    pub carousel: CarouselOptions,
    pub related: RelatedOptions,
}

/// How documents are fetched and read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceOptions {
    /// The `format` name as given (the embed layer knows the formats).
    pub format: Option<String>,
    /// How long a fetch may take.
    pub timeout_ms: u32,
}

impl Default for SourceOptions {
    fn default() -> Self {
        SourceOptions {
            format: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }
}

/// How the article sits in the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleOptions {
    /// Level of the headline (`h1` by default); section titles and body headings follow.
    pub heading_level: u8,
    /// Overrides the article's language (dates, `lang`, the widget's own words).
    pub lang: Option<String>,
    /// The host page's language (`<html lang>`), the last choice before English.
    pub page_lang: Option<String>,
    /// The host's own wording for the widget's texts, by message key (`strings`).
    pub strings: Vec<(String, String)>,
    /// Embedded videos play in a frame after a click (`embeds="click"`, the default), or
    /// are only ever links (`embeds="link"`).
    pub frames: bool,
}

impl ArticleOptions {
    /// The language of the widget's texts and dates: the host's `lang`, else the
    /// article's, else the page's.
    pub fn language<'a>(&'a self, article: Option<&'a str>) -> Option<&'a str> {
        self.lang
            .as_deref()
            .or(article)
            .or(self.page_lang.as_deref())
    }
}

impl Default for ArticleOptions {
    fn default() -> Self {
        ArticleOptions {
            heading_level: 1,
            lang: None,
            page_lang: None,
            strings: Vec::new(),
            frames: true,
        }
    }
}

/// Host-chosen behaviour of the carousel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CarouselOptions {
    /// Wrap from the last slide to the first (off by default).
    pub looping: bool,
    /// Rotate automatically (off by default; never under reduced motion).
    pub autoplay: bool,
    /// Slide shown first (0-based here; the attribute counts from 1).
    pub start: usize,
    /// Time each slide stays up while rotating.
    pub interval_ms: u32,
}

impl Default for CarouselOptions {
    fn default() -> Self {
        CarouselOptions {
            looping: false,
            autoplay: false,
            start: 0,
            interval_ms: DEFAULT_INTERVAL_MS,
        }
    }
}

/// How cards are laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Layout {
    /// Responsive columns of image cards (1 → 2 → 3 → 4 as the widget widens).
    #[default]
    Grid,
    /// Compact rows with a small thumbnail.
    List,
}

/// Host choices for the cards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RelatedOptions {
    pub layout: Layout,
    /// `target` of card links (e.g. `_blank`); `rel` always has `noopener`.
    pub target: Option<String>,
    /// Add `noreferrer` to card links.
    pub noreferrer: bool,
}
