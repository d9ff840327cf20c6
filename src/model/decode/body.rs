//! One body block: paragraph (plain or allowlisted HTML), heading, quote, list, separator.

use super::fields_list::fields;
use super::object::{Obj, expected, non_blank};
use crate::html::{Inline, parse_inline, text_of};
use crate::model::diagnostics::{Diagnostics, field};
use crate::model::json::Json;
use crate::model::types::Block;

pub(super) fn decode_block(value: &Json, path: &str, d: &mut Diagnostics) -> Option<Block> {
    let Json::Object(_) = value else {
        // A bare string is read as a plain paragraph, the most common hand-written slip.
        if let Json::String(s) = value {
            return non_blank(s).map(|text| Block::Paragraph {
                content: vec![Inline::text(text)],
            });
        }
        d.warn(
            path,
            format!("expected an object, found {}; dropped", value.kind()),
        );
        return None;
    };
    let kind = match value.get("type") {
        Some(Json::String(t)) => t.as_str(),
        Some(other) => {
            d.warn(
                &field(path, "type"),
                format!("expected a string, found {}; block dropped", other.kind()),
            );
            return None;
        }
        None => {
            d.warn(path, "block without a type; dropped");
            return None;
        }
    };
    let Some(&(_, keys)) = fields::BLOCKS.iter().find(|(name, _)| *name == kind) else {
        d.warn(
            &field(path, "type"),
            format!("unknown block type \"{kind}\" (expected paragraph, heading, quote, list or separator); block dropped"),
        );
        return None;
    };
    let o = Obj::new(value, path, keys, d, false)?;
    let required_text = |d: &mut Diagnostics| {
        let text = o.string("text", d);
        if text.is_none() {
            d.warn(path, format!("{kind} without text; dropped"));
        }
        text
    };
    match kind {
        "paragraph" => {
            let content = match (o.string("html", d), o.get("text")) {
                (Some(html), _) => parse_inline(&html),
                (None, _) => vec![Inline::text(o.string("text", d).unwrap_or_default())],
            };
            if text_of(&content).trim().is_empty() {
                d.warn(path, "paragraph without text; dropped");
                return None;
            }
            Some(Block::Paragraph { content })
        }
        "heading" => required_text(d).map(|text| Block::Heading { text }),
        "quote" => required_text(d).map(|text| Block::Quote {
            text,
            cite: o.string("cite", d),
        }),
        "list" => {
            let items: Vec<String> = o
                .array("items", d)
                .into_iter()
                .filter_map(|(p, v)| match v {
                    Json::String(s) => non_blank(s),
                    other => {
                        d.warn(&p, expected("a string", other));
                        None
                    }
                })
                .collect();
            if items.is_empty() {
                d.warn(path, "list without items; dropped");
                return None;
            }
            Some(Block::List {
                ordered: o.bool("ordered", d).unwrap_or(false),
                items,
            })
        }
        _ => Some(Block::Separator),
    }
}
