//! One photo: a safe `src`, its size, text alternative, caption and credit.

use super::fields_list::fields;
use super::object::{Obj, non_blank};
use crate::model::diagnostics::Diagnostics;
use crate::model::json::Json;
use crate::model::types::Media;
use crate::text::caption_credit::split_credit;
use crate::url::{SafeUrl, SrcSet};

/// Decodes one image; `None` (with a warning) when it has no usable `src`.
pub(crate) fn decode_media(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Media> {
    let o = Obj::new(value, path, fields::MEDIA, d, false)?;
    let src = match o.string("src", d) {
        Some(raw) => match SafeUrl::parse(&raw) {
            Ok(url) => url,
            Err(e) => {
                d.warn(&o.path("src"), format!("{e}; image dropped"));
                return None;
            }
        },
        None => {
            d.warn(path, "image without a src; dropped");
            return None;
        }
    };
    let srcset = o.string("srcset", d).and_then(|raw| {
        SrcSet::parse(&raw)
            .map_err(|e| d.warn(&o.path("srcset"), format!("{e}; srcset ignored")))
            .ok()
    });
    let (caption, credit) = match (o.string("caption", d), o.string("credit", d)) {
        // "… at the town hall. (Jane Roe / Example Daily)" without a credit field.
        (Some(caption), None) => match split_credit(&caption) {
            Some((caption, credit)) => (non_blank(&caption), Some(credit)),
            None => (Some(caption), None),
        },
        other => other,
    };
    Some(Media {
        src,
        width: o.u32("width", d),
        height: o.u32("height", d),
        alt: o.string("alt", d),
        caption,
        credit,
        srcset,
    })
}
