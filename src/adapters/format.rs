//! The formats the widget reads, by name.

/// The source formats the widget reads; chosen by name or detected from content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The widget's own format (version 1).
    Native,
    /// schema.org Article/NewsArticle/BlogPosting JSON-LD.
    JsonLd,
    /// WordPress REST API v2 posts (and attachments).
    WordPress,
    /// JSON Feed 1.0/1.1.
    JsonFeed,
    /// Arc XP's ANS (Washington Post and papers on Arc): stories and galleries.
    Ans,
    /// Apple News Format (`article.json`).
    Anf,
}

impl Format {
    /// Reads a format name as written in an attribute or a command line.
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "native" => Some(Format::Native),
            "jsonld" | "json-ld" | "schema.org" => Some(Format::JsonLd),
            "wordpress" | "wp" => Some(Format::WordPress),
            "jsonfeed" | "json-feed" => Some(Format::JsonFeed),
            "ans" | "arc" => Some(Format::Ans),
            "anf" | "apple-news" => Some(Format::Anf),
            _ => None,
        }
    }

    /// The canonical name, accepted back by [`Format::from_name`] (the converter's
    /// messages, and what the widget tells the formats module).
    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "native",
            Format::JsonLd => "jsonld",
            Format::WordPress => "wordpress",
            Format::JsonFeed => "jsonfeed",
            Format::Ans => "ans",
            Format::Anf => "anf",
        }
    }
}
