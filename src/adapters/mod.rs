//! Other publishing formats → the native [`crate::model`], so a publisher can point the
//! widget at what their CMS already serves. The native format itself is decoded by
//! [`crate::model::decode`]; schema.org JSON-LD, the WordPress REST API and JSON Feed
//! are read here, one file per format, each producing the same validated model with
//! diagnostics whose paths point into the source document.
//!
//! Detection ([`detect`]), in this order:
//! - JSON Feed: an object whose `version` is a string starting with
//!   `https://jsonfeed.org/version/`;
//! - native: an object with `article` or `related`, or a numeric `version`;
//! - JSON-LD: an object with `@context`, `@type` or `@graph`, or an array in which any
//!   object has one of them;
//! - WordPress: an object (or the first element of an array) whose `title` has
//!   `rendered` and whose `content` has `rendered` (a post) or that has a `source_url`
//!   string (an attachment from `/wp/v2/media`).

pub mod dates;
pub mod envelope;
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
pub mod native_out;

mod anf;
mod ans;
mod bylines;
mod detect;
mod embeds;
mod finish;
mod format;
mod html_body;
mod html_embeds;
mod html_media;
mod jetpack;
mod jsonfeed;
mod jsonld;
mod node;
mod pictures;
mod resolve;
mod wordpress;

use crate::model::{Decoded, Diagnostics, Json, RelatedSection, decode};

pub use dates::rfc2822_to_rfc3339;
pub use format::Format;
pub use html_body::{HtmlBody, html_to_blocks};
#[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
pub use native_out::to_native_json;

/// Tells the format from the content (rules in the module notes); the error names the
/// accepted formats and what was found instead.
pub fn detect(json: &Json) -> Result<Format, String> {
    detect::detect(json)
}

/// Why the formats module refuses a native document (the widget never sends one).
const NATIVE_IN_CORE: &str =
    "the native format is read by the widget itself, not by the formats module";

/// How far the widget's core gets with a document on its own: the native format (and a
/// document of no known format) is done; any other format names the adapter it needs,
/// which lives in the formats module. Nothing here reaches an adapter, so a build that
/// only calls these carries none.
#[derive(Debug)]
pub enum Step<T> {
    /// Decoded, or failed, without an adapter.
    Done(T),
    /// In this format: to be converted by its adapter.
    Adapt(Format),
}

/// The core's part of [`convert`]: detection and the native decoder.
pub fn convert_native(json: &Json, format: Option<Format>) -> Step<Decoded> {
    match format.map_or_else(|| detect(json), Ok) {
        Ok(Format::Native) => Step::Done(decode(json)),
        Ok(format) => Step::Adapt(format),
        Err(message) => Step::Done(Decoded::fatal("", message)),
    }
}

/// Converts a document for `src`: the given format, or the detected one. An
/// undetectable document is one fatal diagnostic at the document itself.
pub fn convert(json: &Json, format: Option<Format>) -> Decoded {
    match convert_native(json, format) {
        Step::Done(decoded) => decoded,
        Step::Adapt(format) => adapt(json, format),
    }
}

/// The formats module's part of [`convert`]: the adapter for `format`. The native format
/// is the core's to decode, so it is refused here and the module carries no decoder.
pub fn adapt(json: &Json, format: Format) -> Decoded {
    let mut decoded = match format {
        Format::Native => return Decoded::fatal("", NATIVE_IN_CORE),
        Format::JsonLd => jsonld::convert(json),
        Format::WordPress => wordpress::convert(json),
        Format::JsonFeed => jsonfeed::convert(json),
        Format::Ans => ans::convert(json),
        Format::Anf => anf::convert(json),
    };
    if let Some(doc) = decoded.document.as_mut() {
        resolve::resolve_urls(doc);
    }
    decoded
}

/// The core's part of [`convert_related`]: a bare section object, a native document's
/// `related`, or a detection failure; any other format needs its adapter.
pub fn convert_related_native(
    json: &Json,
    format: Option<Format>,
) -> Step<(Vec<RelatedSection>, Diagnostics)> {
    // A bare section object (`{ "items": [...], "next_url": ... }`) is the native way to
    // give one list of cards or serve its next page.
    if format.is_none_or(|f| f == Format::Native)
        && json.get("items").is_some()
        && json.get("version").is_none()
    {
        let (section, d) = crate::model::decode::decode_related_page(json);
        return Step::Done((section.into_iter().collect(), d));
    }
    match format.map_or_else(|| detect(json), Ok) {
        Ok(Format::Native) => Step::Done(native_related(json)),
        Ok(format) => Step::Adapt(format),
        Err(message) => {
            let mut d = Diagnostics::default();
            d.fatal("", message);
            Step::Done((Vec::new(), d))
        }
    }
}

/// Converts a document for `related-src` into sections of cards: a native section
/// object is that section, a JSON Feed is one section, a WordPress collection one
/// section of its posts, a native document its `related`, JSON-LD its ItemLists (or its
/// articles).
pub fn convert_related(json: &Json, format: Option<Format>) -> (Vec<RelatedSection>, Diagnostics) {
    match convert_related_native(json, format) {
        Step::Done(done) => done,
        Step::Adapt(format) => adapt_related(json, format),
    }
}

/// The formats module's part of [`convert_related`] (the native format is refused, as in
/// [`adapt`]).
pub fn adapt_related(json: &Json, format: Format) -> (Vec<RelatedSection>, Diagnostics) {
    match format {
        Format::Native => {
            let mut d = Diagnostics::default();
            d.fatal("", NATIVE_IN_CORE);
            (Vec::new(), d)
        }
        Format::JsonLd => jsonld::related(json),
        Format::WordPress => wordpress::related(json),
        Format::JsonFeed => jsonfeed::related(json),
        Format::Ans => ans::related(json),
        Format::Anf => anf::related(json),
    }
}

/// The `related` of a native document, decoded by the native decoder itself: the
/// sections are placed in a minimal document (same `version`, a placeholder article)
/// so every rule and path (`related[0].items[2].url`) is exactly the native one, and a
/// `related-src` document need not carry an article.
fn native_related(json: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    let Some(related) = json.get("related") else {
        let mut d = Diagnostics::default();
        match json {
            Json::Object(_) => d.warn("related", "missing: no related stories"),
            other => d.fatal("", format!("expected an object, found {}", other.kind())),
        }
        return (Vec::new(), d);
    };
    let mut fields = Vec::new();
    if let Some(version) = json.get("version") {
        fields.push(("version".to_owned(), version.clone()));
    }
    fields.push((
        "article".to_owned(),
        Json::Object(vec![(
            "headline".to_owned(),
            Json::String("related".to_owned()),
        )]),
    ));
    fields.push(("related".to_owned(), related.clone()));
    let decoded = decode(&Json::Object(fields));
    // The placeholder has no version warning to give: report only what concerns `related`
    // and the version.
    let mut d = Diagnostics::default();
    for item in decoded.diagnostics.items() {
        let wanted = item.path.starts_with("related") || item.path == "version";
        let invented = json.get("version").is_none() && item.path == "version";
        if wanted && !invented {
            match item.severity {
                crate::model::Severity::Fatal => d.fatal(&item.path, item.message.clone()),
                crate::model::Severity::Warning => d.warn(&item.path, item.message.clone()),
            }
        }
    }
    let sections = decoded.document.map(|doc| doc.related).unwrap_or_default();
    (sections, d)
}
