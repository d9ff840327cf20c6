//! The native format's field names, in one list the decoder and the JSON Schema test
//! both read.

/// The field names the decoder reads, per object; any other key is reported as
/// unknown. Public so the JSON Schema can be checked against them.
pub mod fields {
    /// Top level.
    pub const DOCUMENT: &[&str] = &["version", "article", "related"];
    /// `article`.
    pub const ARTICLE: &[&str] = &[
        "headline",
        "deck",
        "section",
        "url",
        "lang",
        "dir",
        "bylines",
        "published",
        "updated",
        "dateline",
        "media",
        "body",
        "contributors",
    ];
    /// `article.bylines[]` (when not a bare string).
    pub const BYLINE: &[&str] = &["name", "role", "url"];
    /// `article.media[]` and card images.
    pub const MEDIA: &[&str] = &[
        "src", "width", "height", "alt", "caption", "credit", "srcset",
    ];
    /// Body blocks by `type`.
    pub const BLOCKS: &[(&str, &[&str])] = &[
        ("paragraph", &["type", "text", "html"]),
        ("heading", &["type", "text"]),
        ("quote", &["type", "text", "cite"]),
        ("list", &["type", "ordered", "items"]),
        ("separator", &["type"]),
        (
            "embed",
            &[
                "type",
                "provider",
                "url",
                "title",
                "caption",
                "author",
                "text",
                "published",
                "thumbnail",
                "width",
                "height",
            ],
        ),
        (
            "video",
            &[
                "type", "src", "mime", "sources", "poster", "width", "height", "title", "caption",
                "credit", "captions",
            ],
        ),
        (
            "audio",
            &[
                "type", "src", "mime", "sources", "title", "caption", "credit", "duration",
            ],
        ),
    ];
    /// A file of a video or audio (`sources[]`).
    pub const SOURCE: &[&str] = &["src", "type"];
    /// A video's captions track.
    pub const TRACK: &[&str] = &["src", "lang"];
    /// A list item given as an object (not a bare string).
    pub const LIST_ITEM: &[&str] = &["text", "html", "list"];
    /// A list nested under an item.
    pub const NESTED_LIST: &[&str] = &["ordered", "items"];
    /// `related[]`.
    pub const SECTION: &[&str] = &["title", "items", "next_url"];
    /// `related[].items[]`.
    pub const ITEM: &[&str] = &["url", "title", "teaser", "image", "published", "section"];
}
