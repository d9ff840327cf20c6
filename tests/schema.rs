#![cfg(not(target_arch = "wasm32"))]
//! The JSON Schema in `schema/` and the decoder describe the same format: the same
//! properties on every object, and the same required fields. (The e2e suite validates
//! the demo data and the converter's output against the schema with a real validator.)

use std::collections::BTreeSet;

use reader_widget::model::decode::fields;
use serde_json::Value;

fn schema() -> Value {
    let text = std::fs::read_to_string("schema/reader-widget.v1.schema.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

fn keys(v: &Value) -> BTreeSet<String> {
    v["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no properties in {v}"))
        .keys()
        .cloned()
        .collect()
}

fn set(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

fn required(v: &Value) -> BTreeSet<String> {
    v["required"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn every_object_has_the_same_fields_in_the_schema_and_the_decoder() {
    let s = schema();
    let defs = &s["$defs"];
    assert_eq!(keys(&s), set(fields::DOCUMENT));
    assert_eq!(keys(&defs["article"]), set(fields::ARTICLE));
    assert_eq!(keys(&defs["media"]), set(fields::MEDIA));
    assert_eq!(keys(&defs["section"]), set(fields::SECTION));
    assert_eq!(keys(&defs["item"]), set(fields::ITEM));
    let list_item = defs["listItem"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["type"] == "object")
        .unwrap();
    assert_eq!(keys(list_item), set(fields::LIST_ITEM));
    assert_eq!(keys(&defs["nestedList"]), set(fields::NESTED_LIST));
    let byline = defs["byline"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["type"] == "object")
        .unwrap();
    assert_eq!(keys(byline), set(fields::BYLINE));
    let blocks: Vec<(String, BTreeSet<String>)> = defs["block"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["type"] == "object")
        .map(|v| {
            (
                v["properties"]["type"]["const"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                keys(v),
            )
        })
        .collect();
    let expected: Vec<(String, BTreeSet<String>)> = fields::BLOCKS
        .iter()
        .map(|(name, keys)| ((*name).to_owned(), set(keys)))
        .collect();
    assert_eq!(blocks, expected);
}

#[test]
fn fields_the_schema_requires_are_the_ones_whose_absence_the_decoder_refuses() {
    let s = schema();
    let defs = &s["$defs"];
    assert_eq!(required(&s), set(&["article"]));
    assert_eq!(required(&defs["article"]), set(&["headline"]));
    assert_eq!(required(&defs["media"]), set(&["src"]));
    assert_eq!(required(&defs["item"]), set(&["url", "title"]));
    // And the decoder does refuse them: fatal for the headline, dropping for the rest.
    use reader_widget::model::decode_str;
    assert!(
        decode_str(r#"{"version":1,"article":{}}"#)
            .document
            .is_none()
    );
    let d = decode_str(
        r#"{"version":1,"article":{"headline":"h","media":[{"alt":"x"}]},
            "related":[{"items":[{"url":"/a"},{"title":"t"}]}]}"#,
    );
    let doc = d.document.unwrap();
    assert!(doc.article.media.is_empty());
    assert!(doc.related[0].items.is_empty());
}
