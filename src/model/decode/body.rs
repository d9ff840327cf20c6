//! One body block: paragraph (plain or allowlisted HTML), heading, quote, list, separator.

use super::embed::decode_embedded;
use super::fields_list::fields;
use super::object::{Obj, non_blank};
use crate::html::{Inline, List, ListItem, MAX_LIST_DEPTH, parse_inline, text_of};
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
            format!("unknown block type \"{kind}\" (expected paragraph, heading, quote, list, separator, embed, video or audio); block dropped"),
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
            let list = decode_list(&o, 1, d);
            if list.items.is_empty() {
                d.warn(path, "list without items; dropped");
                return None;
            }
            Some(Block::List(list))
        }
        "separator" => Some(Block::Separator),
        _ => decode_embedded(kind, &o, d),
    }
}

/// A list's `ordered` and `items` (`depth` 1 for a body list). An item is a string, or
/// an object with `text` or allowlisted `html` and a `list` nested under it; lists
/// nested deeper than [`MAX_LIST_DEPTH`] are dropped with a warning.
fn decode_list(o: &Obj, depth: usize, d: &mut Diagnostics) -> List {
    let items = o
        .array("items", d)
        .into_iter()
        .filter_map(|(path, value)| decode_list_item(value, &path, depth, d))
        .collect();
    List {
        ordered: o.bool("ordered", d).unwrap_or(false),
        items,
    }
}

fn decode_list_item(
    value: &Json,
    path: &str,
    depth: usize,
    d: &mut Diagnostics,
) -> Option<ListItem> {
    match value {
        Json::String(s) => return non_blank(s).map(ListItem::text),
        Json::Object(_) => {}
        other => {
            d.warn(
                path,
                format!(
                    "expected a string or an object, found {}; item dropped",
                    other.kind()
                ),
            );
            return None;
        }
    }
    let o = Obj::new(value, path, fields::LIST_ITEM, d, false)?;
    let content = match (o.string("html", d), o.string("text", d)) {
        (Some(html), _) => parse_inline(&html),
        (None, Some(text)) => vec![Inline::text(text)],
        (None, None) => Vec::new(),
    };
    let list = o.get("list").and_then(|nested| {
        if depth >= MAX_LIST_DEPTH {
            d.warn(
                &o.path("list"),
                format!("lists nested deeper than {MAX_LIST_DEPTH} levels are not shown"),
            );
            return None;
        }
        let nested = Obj::new(nested, &o.path("list"), fields::NESTED_LIST, d, false)?;
        Some(decode_list(&nested, depth + 1, d)).filter(|l| !l.items.is_empty())
    });
    if text_of(&content).trim().is_empty() && list.is_none() {
        d.warn(path, "list item without text; dropped");
        return None;
    }
    Some(ListItem { content, list })
}
