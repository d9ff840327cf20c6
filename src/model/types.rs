//! The validated document the components render. Every value here has passed
//! [`super::decode`] (or an adapter): URLs are safe, dates real, text non-empty.

use serde::Serialize;

use super::time::Timestamp;
use crate::html::{Inline, List};
use crate::url::{SafeUrl, SrcSet};

/// The only format version this build understands.
pub const FORMAT_VERSION: u32 = 1;

/// A whole widget's content: one article and its recirculation sections.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    pub article: Article,
    pub related: Vec<RelatedSection>,
}

/// The story itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub headline: String,
    pub deck: Option<String>,
    pub section: Option<String>,
    pub url: Option<SafeUrl>,
    /// BCP 47 tag; drives `lang` and date formatting.
    pub lang: Option<String>,
    pub dir: Option<TextDir>,
    pub bylines: Vec<Byline>,
    pub published: Option<Timestamp>,
    pub updated: Option<Timestamp>,
    /// Place line shown before the first paragraph ("MOSCOW —").
    pub dateline: Option<String>,
    pub media: Vec<Media>,
    pub body: Vec<Block>,
    /// Credits for reporting/research, shown set apart after the body.
    pub contributors: Option<Contributors>,
}

/// Who else worked on the story: the publisher's own sentence, or bare names that the
/// widget introduces in the reader's language ("Contributors: A, B and C").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Contributors {
    Note(String),
    Names(Vec<String>),
}

impl Contributors {
    /// The note as written (`None` for names, which the widget introduces itself).
    pub fn note(&self) -> Option<&str> {
        match self {
            Contributors::Note(note) => Some(note),
            Contributors::Names(_) => None,
        }
    }

    /// Every string it holds, for checks that must see all text a reader sees.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Contributors::Note(note) => vec![note],
            Contributors::Names(names) => names.iter().map(String::as_str).collect(),
        }
    }
}

/// Writing direction, for right-to-left languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDir {
    Ltr,
    Rtl,
}

impl TextDir {
    /// Value for the `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            TextDir::Ltr => "ltr",
            TextDir::Rtl => "rtl",
        }
    }
}

/// One author credit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Byline {
    pub name: String,
    pub role: Option<String>,
    pub url: Option<SafeUrl>,
}

/// A photo with its caption and credit (carousel slide or card image).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Media {
    pub src: SafeUrl,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub alt: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub srcset: Option<SrcSet>,
}

impl Media {
    /// Text alternative: `alt`, else the caption, so an image is never announced as nothing.
    pub fn alt_text(&self) -> &str {
        self.alt
            .as_deref()
            .or(self.caption.as_deref())
            .unwrap_or_default()
    }
}

/// One body element in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// Plain or allowlisted rich text, already parsed into nodes.
    Paragraph {
        content: Vec<Inline>,
    },
    Heading {
        text: String,
    },
    Quote {
        text: String,
        cite: Option<String>,
    },
    /// Items may carry links and emphasis, and a list nested under them.
    List(List),
    Separator,
    /// A video or social post hosted by a platform: a facade or a card, never the
    /// platform's own script.
    Embed(Embed),
    /// A video file played by the browser.
    Video(Video),
    /// An audio file played by the browser.
    Audio(Audio),
}

/// A titled list of related stories ("More in News", "Most Read").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelatedSection {
    pub title: Option<String>,
    pub items: Vec<RelatedItem>,
    /// Next page of this list (JSON Feed style), for "Load more".
    pub next_url: Option<SafeUrl>,
}

/// One related-story card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RelatedItem {
    pub url: SafeUrl,
    pub title: String,
    pub teaser: Option<String>,
    pub image: Option<Media>,
    pub published: Option<Timestamp>,
    pub section: Option<String>,
}

/// Who hosts an embedded item; anything unknown is `Other` (shown as a link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Provider {
    YouTube,
    Vimeo,
    X,
    Instagram,
    TikTok,
    Facebook,
    Bluesky,
    Spotify,
    SoundCloud,
    Other,
}

/// An item hosted by a video or social platform.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Embed {
    pub provider: Provider,
    /// The item's canonical address (a link that works with JavaScript off).
    pub url: SafeUrl,
    pub title: Option<String>,
    pub caption: Option<String>,
    /// Author or handle of a social post.
    pub author: Option<String>,
    /// The post's text, where the CMS saved it.
    pub text: Option<String>,
    pub published: Option<Timestamp>,
    /// The document's own picture of the item (never fetched from the provider).
    pub thumbnail: Option<Media>,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// One file of a video or audio, with its MIME type when known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    pub src: SafeUrl,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
}

/// A captions file (WebVTT) for a video.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Track {
    pub src: SafeUrl,
    pub lang: Option<String>,
}

/// A video file the browser plays itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Video {
    pub sources: Vec<Source>,
    pub poster: Option<SafeUrl>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub title: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub captions: Option<Track>,
}

/// An audio file (a podcast episode, a recording) the browser plays itself.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Audio {
    pub sources: Vec<Source>,
    pub title: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// Length in seconds.
    pub duration: Option<u32>,
}
