//! Article HTML of other formats → body blocks and photos of the model: the HTML module
//! reads the structure, and this side decides which images are photos, which elements
//! are embedded posts and what an embedded item becomes ([`super::html_embeds`]), and
//! reports, at the field's path, what was dropped.

use super::finish::is_boilerplate;
use super::html_embeds::{is_embed, model_block};
use super::html_media::{clip, photo};
use crate::html::{self, Attrs, Captioned, Img, Reader, text_of};
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{Block, Diagnostics, Media};

/// The blocks and photos of an HTML fragment, each in reading order.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct HtmlBody {
    /// The text blocks, for the article body.
    pub blocks: Vec<Block>,
    /// The photos, for the carousel (they leave the text flow).
    pub media: Vec<Media>,
}

impl Captioned for Media {
    fn caption(&self) -> Option<&str> {
        self.caption.as_deref()
    }

    fn set_caption(&mut self, caption: String) {
        self.caption = Some(caption);
    }
}

/// Keeps the photos and reports drops at the path of the field holding the HTML.
struct Photos<'a> {
    path: &'a str,
    d: &'a mut Diagnostics,
}

impl Reader for Photos<'_> {
    type Image = Media;

    fn image(&mut self, img: Img) -> Option<Media> {
        photo(img, self.path, self.d)
    }

    fn dropped(&mut self, element: &str, src: Option<&str>) {
        let src = src.map(|s| format!(" ({})", clip(s))).unwrap_or_default();
        self.d.warn(
            self.path,
            format!("embedded <{element}>{src} cannot be shown; dropped"),
        );
    }

    fn is_embed(&self, element: &str, attrs: Attrs) -> bool {
        is_embed(element, attrs)
    }
}

/// Converts an HTML fragment; problems are reported at `path` (the field holding it).
pub fn html_to_blocks(html: &str, path: &str, d: &mut Diagnostics) -> HtmlBody {
    let fragment = html::read_blocks(html, &mut Photos { path, d }, MAX_LIST_ITEMS);
    if fragment.capped {
        d.warn(
            path,
            format!("more than {MAX_LIST_ITEMS} blocks; the rest are dropped"),
        );
    }
    let blocks: Vec<Block> = fragment
        .blocks
        .into_iter()
        .filter_map(|b| model_block(b, path, d))
        .collect();
    let blocks = blocks
        .into_iter()
        .filter(|b| match b {
            Block::Paragraph { content } => !is_boilerplate(&text_of(content), path, d),
            Block::Heading { text } => !is_boilerplate(text, path, d),
            _ => true,
        })
        .collect();
    HtmlBody {
        blocks,
        media: fragment.images,
    }
}
