//! The steps every adapter ends with, kept in one place so the three formats agree on
//! credits, duplicate photos, repeated decks, teaser length and card requirements.

use std::collections::HashSet;

use super::pictures::merge_variants;
use crate::html::Inline;
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Block, Diagnostics, Media, SafeUrl};
use crate::text::boilerplate::{
    is_glyph_only, is_placeholder, strip_newsletter_plug, strip_trailing_glyph,
};
use crate::text::teaser::clean_teaser;
use crate::text::words::mark_cut;

use crate::text::caption_credit::{credit_only, split_credit};
use crate::text::page_chrome::is_page_chrome;
use crate::text::sentences::split_wall;
use crate::text::words::{collapse_whitespace, truncate_words};

/// Longest card teaser, in characters.
pub(crate) const TEASER_CHARS: usize = 200;

/// Longest headline or card title made from other text when the title is missing.
pub(crate) const TITLE_CHARS: usize = 120;

/// Splits credits out of captions, drops photos whose `src` was already seen (each with
/// a warning at the path it came from), and merges the variants of one picture (sizes,
/// crops: see [`merge_variants`]) into one; the list is capped like the native one.
pub(crate) fn finish_media(items: Vec<(String, Media)>, d: &mut Diagnostics) -> Vec<Media> {
    let mut out: Vec<(String, Media)> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for (path, m) in items {
        if !seen.insert(m.src.as_str().to_owned()) {
            d.warn(
                &path,
                format!("same image as an earlier one ({}); dropped", m.src),
            );
            continue;
        }
        if out.len() == MAX_LIST_ITEMS {
            d.warn(
                &path,
                format!("more than {MAX_LIST_ITEMS} images; the rest are dropped"),
            );
            break;
        }
        out.push((path, with_credit(m)));
    }
    merge_variants(out, false)
        .into_iter()
        .map(|(_, m)| m)
        .collect()
}

/// Moves a credit typed into the caption to the credit field (see
/// [`crate::text::caption_credit`]); a photo that has a credit is left alone.
pub(crate) fn with_credit(mut m: Media) -> Media {
    if m.credit.is_some() {
        return m;
    }
    let Some(caption) = m.caption.take() else {
        return m;
    };
    if let Some((rest, credit)) = split_credit(&caption) {
        m.caption = Some(rest).filter(|c| !c.is_empty());
        m.credit = Some(credit);
    } else if let Some(credit) = credit_only(&caption) {
        m.credit = Some(credit);
    } else {
        m.caption = Some(caption);
    }
    m
}

/// A photo known only by its URL.
pub(crate) fn bare_media(src: SafeUrl) -> Media {
    Media {
        src,
        width: None,
        height: None,
        alt: None,
        caption: None,
        credit: None,
        srcset: None,
    }
}

/// Drops a deck that only repeats the headline or the opening of the body (CMS
/// excerpts are often the first paragraph), reporting it at `path`; a newsletter plug at
/// its end goes, and a deck the source cut mid-word ends in "…".
pub(crate) fn distinct_deck(
    deck: Option<String>,
    headline: &str,
    body: &[Block],
    path: &str,
    d: &mut Diagnostics,
) -> Option<String> {
    let deck = mark_cut(&strip_newsletter_plug(&deck?));
    let core = deck.trim_end_matches(['…', '.', ' ']);
    if core.is_empty() {
        return None;
    }
    if collapse_whitespace(headline).trim_end_matches(['…', '.', ' ']) == core {
        d.warn(path, "repeats the headline; not used as the deck");
        return None;
    }
    let opening = body.iter().find_map(block_text).unwrap_or_default();
    if collapse_whitespace(&opening).starts_with(core) {
        d.warn(path, "repeats the start of the body; not used as the deck");
        return None;
    }
    Some(deck)
}

/// The readable text of a text block.
fn block_text(block: &Block) -> Option<String> {
    match block {
        Block::Paragraph { content } => Some(crate::html::text_of(content)),
        Block::Heading { text } | Block::Quote { text, .. } => Some(text.clone()),
        Block::List { .. }
        | Block::Separator
        | Block::Embed(_)
        | Block::Video(_)
        | Block::Audio(_) => None,
    }
}

/// Plain text (schema.org `articleBody`, JSON Feed `content_text`) → one paragraph per
/// line, blank lines and page furniture dropped; a long text with no line break at all
/// is cut into paragraphs at sentence ends ([`split_wall`]).
pub(crate) fn text_paragraphs(text: &str) -> Vec<Block> {
    let lines = split_wall(text).unwrap_or_else(|| text.lines().map(str::to_owned).collect());
    lines
        .iter()
        .map(|line| collapse_whitespace(line))
        .filter(|line| {
            !line.is_empty()
                && !is_placeholder(line)
                && !is_glyph_only(line)
                && !is_page_chrome(line)
        })
        .take(MAX_LIST_ITEMS)
        .map(|line| Block::Paragraph {
            content: vec![Inline::text(line)],
        })
        .collect()
}

/// A card teaser: boilerplate removed (read-more labels, a trailing permalink glyph, a
/// newsletter plug), cut at a word near [`TEASER_CHARS`].
pub(crate) fn teaser(text: &str) -> Option<String> {
    let t = strip_newsletter_plug(&strip_trailing_glyph(&clean_teaser(text)));
    let t = truncate_words(&t, TEASER_CHARS);
    Some(t).filter(|t| !t.is_empty())
}

/// Whether a paragraph is boilerplate a reader would not miss: a placeholder of an
/// embed that did not load (reported at `path`), a lone permalink glyph, or page
/// furniture ("Advertisement", "Supported by", a consent banner).
pub(crate) fn is_boilerplate(text: &str, path: &str, d: &mut Diagnostics) -> bool {
    if is_placeholder(text) {
        d.warn(
            path,
            format!(
                "placeholder \"{}\" of embedded content dropped",
                text.trim()
            ),
        );
        return true;
    }
    is_glyph_only(text) || is_page_chrome(text)
}

/// A card needs a safe URL and a title; a missing one drops it with a warning.
pub(crate) fn card_parts(
    url: Option<SafeUrl>,
    title: Option<String>,
    path: &str,
    d: &mut Diagnostics,
) -> Option<(SafeUrl, String)> {
    match (url, title) {
        (Some(url), Some(title)) => Some((url, title)),
        (None, _) => {
            d.warn(path, "card without a safe url; dropped");
            None
        }
        (Some(_), None) => {
            d.warn(path, "card without a title; dropped");
            None
        }
    }
}
