//! ANF pictures: `photo`/`figure`/`portrait`/`image`/`logo` components, `gallery` and
//! `mosaic` items, and image fills (`style.fill` of a header, section or container,
//! inline or named in `componentStyles`).
//!
//! `bundle://name.jpg` is a file inside the publisher's Apple News bundle: it has no
//! address on the web, so such a picture is dropped with one warning per file name.

use std::collections::{HashMap, HashSet};

use super::text::caption_text;
use crate::adapters::finish::{bare_media, finish_media};
use crate::adapters::node::Node;
use crate::adapters::pictures::fill_in;
use crate::model::{Diagnostics, Media, SafeUrl};

/// Photos in reading order, a repeat of the same URL folded into its first appearance
/// (filling in what the first lacked), plus the bundle files already reported.
#[derive(Debug, Default)]
pub(super) struct Photos {
    items: Vec<(String, Media)>,
    by_src: HashMap<String, usize>,
    bundles: HashSet<String>,
}

impl Photos {
    /// Adds a photo found at `path`; returns its position (an earlier copy's, if any).
    pub fn push(&mut self, path: String, m: Media, d: &mut Diagnostics) -> usize {
        if let Some(&i) = self.by_src.get(m.src.as_str()) {
            let (first_path, first) = &mut self.items[i];
            d.warn(
                &path,
                format!("same image as {first_path} ({}); shown once", first.src),
            );
            fill_in(first, m);
            return i;
        }
        self.by_src
            .insert(m.src.as_str().to_owned(), self.items.len());
        self.items.push((path, m));
        self.items.len() - 1
    }

    /// True when the photo at `i` has a caption.
    pub fn has_caption(&self, i: usize) -> bool {
        self.items.get(i).is_some_and(|(_, m)| m.caption.is_some())
    }

    /// Gives the photo at `i` a caption (a credit at its end is split off).
    pub fn set_caption(&mut self, i: usize, caption: String) {
        if let Some((_, m)) = self.items.get_mut(i) {
            set_caption(m, caption);
        }
    }

    /// The photos for the article, `lead` (the document's thumbnail) first unless it is
    /// one of them already.
    pub fn finish(mut self, lead: Option<(String, SafeUrl)>, d: &mut Diagnostics) -> Vec<Media> {
        if let Some((path, src)) = lead
            && !self.by_src.contains_key(src.as_str())
        {
            self.items.insert(0, (path, bare_media(src)));
        }
        finish_media(self.items, d)
    }

    /// The URL of an image field: `bundle://` files and unsafe URLs are reported (a
    /// bundle file once) and give `None`.
    pub fn url(&mut self, node: &Node, d: &mut Diagnostics) -> Option<SafeUrl> {
        let raw = node.string(d)?;
        if raw
            .get(..9)
            .is_some_and(|s| s.eq_ignore_ascii_case("bundle://"))
        {
            if self.bundles.insert(raw.clone()) {
                d.warn(
                    &node.path,
                    format!(
                        "{raw} is a file of the publisher's Apple News bundle and cannot be \
                         fetched from the web; image dropped"
                    ),
                );
            }
            return None;
        }
        SafeUrl::parse(&raw)
            .map_err(|e| d.warn(&node.path, format!("{e}; image dropped")))
            .ok()
    }

    /// A photo component or gallery item: `URL`, `caption` (text or a caption
    /// descriptor), `accessibilityCaption` as alt text. `None` if it cannot be shown.
    pub fn photo(&mut self, node: &Node, d: &mut Diagnostics) -> Option<Media> {
        let Some(url) = node.get("URL") else {
            d.warn(&node.key_path("URL"), "image without a URL; dropped");
            return None;
        };
        let src = self.url(&url, d)?;
        let mut m = bare_media(src);
        m.alt = node
            .get("accessibilityCaption")
            .and_then(|a| caption_text(&a, d));
        if let Some(caption) = node.get("caption").and_then(|c| caption_text(&c, d)) {
            set_caption(&mut m, caption);
        }
        Some(m)
    }

    /// The image fill of a component (`style.fill`, or the fill of the named
    /// `componentStyles` entry): `None` without one, `Some(None)` for a fill that
    /// cannot be shown, else its position among the photos.
    pub fn fill(
        &mut self,
        component: &Node,
        styles: Option<&Node>,
        d: &mut Diagnostics,
    ) -> Option<Option<usize>> {
        let style = component.get("style")?;
        let style = match style.as_str() {
            Some(name) => styles?.get(name)?,
            None => style,
        };
        let fill = style.get("fill")?;
        if fill.get("type").and_then(|t| t.as_str()) != Some("image") {
            return None;
        }
        let Some(url) = fill.get("URL") else {
            d.warn(&fill.key_path("URL"), "image fill without a URL; dropped");
            return Some(None);
        };
        let Some(src) = self.url(&url, d) else {
            return Some(None);
        };
        Some(Some(self.push(fill.path.clone(), bare_media(src), d)))
    }
}

/// Sets a caption, moving an Apple-style credit at its end ("…   PHOTO: A. NAME") to
/// the credit.
fn set_caption(m: &mut Media, caption: String) {
    match split_photo_credit(&caption) {
        Some((rest, credit)) => {
            m.caption = Some(rest).filter(|c| !c.is_empty());
            if m.credit.is_none() {
                m.credit = Some(credit);
            }
        }
        None => m.caption = Some(caption),
    }
}

/// Labels that open a credit at the end of a caption (compared case-insensitively).
const CREDIT_LABELS: &[&str] = &[
    "photograph:",
    "photos:",
    "photo:",
    "photo by ",
    "photos by ",
    "credit:",
    "image:",
];

/// Longest credit split off a caption, in characters.
const MAX_CREDIT_CHARS: usize = 80;

/// "Moonrise over the river.   PHOTO: L. ZHAN" → ("Moonrise over the river.",
/// "L. ZHAN"): a credit label at a word start, followed by a short credit that ends the
/// caption.
pub(super) fn split_photo_credit(caption: &str) -> Option<(String, String)> {
    let lower = caption.to_ascii_lowercase();
    let (at, label) = CREDIT_LABELS
        .iter()
        .filter_map(|label| {
            lower
                .match_indices(label)
                .map(|(at, _)| at)
                .filter(|&at| {
                    caption[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| c.is_whitespace() || "(|—–-/".contains(c))
                })
                .last()
                .map(|at| (at, label.len()))
        })
        .max_by_key(|(at, _)| *at)?;
    let in_parens = caption[..at].trim_end().ends_with('(');
    let credit = caption[at + label..].trim();
    let credit = if in_parens {
        credit.strip_suffix(')')?.trim()
    } else {
        credit
    };
    if credit.is_empty()
        || credit.chars().count() > MAX_CREDIT_CHARS
        || credit.split_whitespace().count() > 8
    {
        return None;
    }
    let rest = caption[..at]
        .trim_end()
        .trim_end_matches(['(', '|', '—', '–', '-', '/'])
        .trim_end();
    Some((rest.to_owned(), credit.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apple_credits_are_split() {
        assert_eq!(
            split_photo_credit("Moonrise over Changan Ave.   PHOTO: L. ZHAN"),
            Some(("Moonrise over Changan Ave.".into(), "L. ZHAN".into()))
        );
        assert_eq!(
            split_photo_credit("PHOTO: L. ZHAN"),
            Some((String::new(), "L. ZHAN".into()))
        );
        assert_eq!(
            split_photo_credit("Harbour (Photo: Jane Roe)"),
            Some(("Harbour".into(), "Jane Roe".into()))
        );
        let long = "A photo: of nothing in particular at all, said the man who stood there";
        assert_eq!(split_photo_credit(long), None);
        assert_eq!(split_photo_credit("Microphoto: x"), None);
    }
}
