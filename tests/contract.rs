#![cfg(not(target_arch = "wasm32"))]
//! The element contract has one source, `src/options/contract.rs`. This test writes
//! what derives from it into the files publishers and their tools read (the README
//! table, `custom-elements.json`, the TypeScript types) and fails when a file differs,
//! and checks that the JS files name no attribute by hand. After changing the table:
//! `UPDATE_CONTRACT=1 cargo test --test contract`.

use std::fs;

use reader_widget::options::contract::{ATTRIBUTES, Attribute, Kind, OBJECT_PROPERTIES};
use serde_json::{Value, json};

const README: &str = "README.md";
const TYPES: &str = "npm/reader-widget.d.ts";
const MANIFEST: &str = "npm/custom-elements.json";

fn updating() -> bool {
    std::env::var_os("UPDATE_CONTRACT").is_some()
}

/// Replaces what stands between the `start` and `end` marker lines of `text`.
fn between(text: &str, start: &str, end: &str, body: &str) -> String {
    let a = text
        .find(start)
        .unwrap_or_else(|| panic!("marker {start} missing"));
    let a = a + start.len();
    let b = text[a..]
        .find(end)
        .unwrap_or_else(|| panic!("marker {end} missing"))
        + a;
    format!("{}\n{body}{}", &text[..a], &text[b..])
}

/// Writes `expected` to `path` when updating; otherwise fails if they differ.
fn check(path: &str, actual: &str, expected: &str) {
    if updating() {
        fs::write(path, expected).unwrap();
    } else {
        assert!(
            actual == expected,
            "{path} is out of step with src/options/contract.rs; run UPDATE_CONTRACT=1 cargo test --test contract"
        );
    }
}

/// The value type a TypeScript user writes.
fn ts_type(a: &Attribute, as_property: bool) -> String {
    match a.kind {
        Kind::Boolean => "boolean".to_owned(),
        Kind::Choice(names) => {
            let union = names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(" | ");
            if as_property {
                format!("{union} | null")
            } else {
                union
            }
        }
        Kind::Number if as_property => "string | null".to_owned(),
        Kind::Number => "number".to_owned(),
        Kind::Text if as_property => "string | null".to_owned(),
        Kind::Text => "string".to_owned(),
    }
}

/// The manifest's type text (custom-elements.json uses TS syntax in single quotes).
fn manifest_type(a: &Attribute) -> String {
    match a.kind {
        Kind::Boolean => "boolean".to_owned(),
        Kind::Choice(names) => names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(" | "),
        Kind::Number | Kind::Text => "string".to_owned(),
    }
}

/// A doc sentence as a JSDoc line: first letter up, a full stop at the end.
fn sentence(doc: &str) -> String {
    let mut chars = doc.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
}

#[test]
fn readme_table_follows_the_contract() {
    let text = fs::read_to_string(README).unwrap();
    let mut rows = String::from("| attribute / property | meaning |\n|---|---|\n");
    for a in ATTRIBUTES {
        rows.push_str(&format!("| `{}` | {} |\n", a.name, a.doc()));
    }
    for (name, doc) in OBJECT_PROPERTIES {
        rows.push_str(&format!("| `{name}` (property) | {doc} |\n"));
    }
    rows.push_str(
        "| inline `<script type=\"application/json\">` child | used when there is neither `data` nor `src` |\n",
    );
    let expected = between(
        &text,
        "<!-- contract:attributes -->",
        "<!-- /contract:attributes -->",
        &rows,
    );
    check(README, &text, &expected);
}

#[test]
fn typescript_types_follow_the_contract() {
    let text = fs::read_to_string(TYPES).unwrap();
    let mut options = String::new();
    for a in ATTRIBUTES {
        options.push_str(&format!(
            "  /** {} */\n  {}?: {};\n",
            sentence(a.doc()),
            a.option_name(),
            ts_type(a, false)
        ));
    }
    let mut properties = String::new();
    for a in ATTRIBUTES.iter().filter(|a| a.property.is_some()) {
        properties.push_str(&format!(
            "  /** Mirrors `{}`: {} */\n  {}: {};\n",
            a.name,
            sentence(a.doc()),
            a.option_name(),
            ts_type(a, true)
        ));
    }
    let expected = between(
        &text,
        "// <contract:mount-options>",
        "  // </contract:mount-options>",
        &options,
    );
    let expected = between(
        &expected,
        "// <contract:element-properties>",
        "  // </contract:element-properties>",
        &properties,
    );
    let format = ATTRIBUTES.iter().find(|a| a.name == "format").unwrap();
    let expected = between(
        &expected,
        "// <contract:format>",
        "// </contract:format>",
        &format!("export type Format = {};\n", ts_type(format, false)),
    );
    let expected = between(
        &expected,
        "// <contract:string-keys>",
        "// </contract:string-keys>",
        &string_keys(),
    );
    check(TYPES, &text, &expected);
    // Object properties are typed by hand (their shapes are richer than the table says),
    // but none may be missing from the element or from `mount()`'s options.
    for (name, _) in OBJECT_PROPERTIES {
        assert!(
            text.contains(&format!("\n  {name}?: ")),
            "MountOptions lacks `{name}`"
        );
        assert!(
            text.contains(&format!("\n  {name}: ")),
            "the element type lacks `{name}`"
        );
    }
}

#[test]
fn custom_elements_manifest_follows_the_contract() {
    let text = fs::read_to_string(MANIFEST).unwrap();
    let mut manifest: Value = serde_json::from_str(&text).unwrap();
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| {
            let mut v = json!({
                "name": a.name,
                "type": { "text": manifest_type(a) },
                "description": a.doc(),
            });
            if let Some(p) = a.property {
                v["fieldName"] = json!(p);
            }
            v
        })
        .collect();
    let mut members: Vec<Value> = OBJECT_PROPERTIES
        .iter()
        .map(|(name, doc)| json!({ "kind": "field", "name": name, "description": doc }))
        .collect();
    members.extend(ATTRIBUTES.iter().filter_map(|a| {
        Some(json!({
            "kind": "field",
            "name": a.property?,
            "type": { "text": manifest_type(a) },
            "attribute": a.name,
            "reflects": true,
            "description": a.doc(),
        }))
    }));
    let element = &mut manifest["modules"][0]["declarations"][0];
    element["attributes"] = Value::Array(attributes);
    element["members"] = Value::Array(members);
    let expected = serde_json::to_string_pretty(&manifest).unwrap() + "\n";
    check(MANIFEST, &text, &expected);
}

#[test]
fn js_files_name_no_attribute_by_hand() {
    // The element shell observes and mirrors what Rust hands it from the table; the
    // package entry documents its options by the type that the table generates.
    let shell = fs::read_to_string("src/embed/element.js").unwrap();
    for a in ATTRIBUTES.iter().filter(|a| a.name != "src") {
        assert!(
            !shell.contains(&format!("\"{}\"", a.name)),
            "element.js names {}",
            a.name
        );
    }
    let entry = fs::read_to_string("npm/reader-widget.js").unwrap();
    assert!(
        entry.contains("MountOptions"),
        "reader-widget.js documents options by type"
    );
    for a in ATTRIBUTES.iter().filter(|a| a.property.is_some()) {
        assert!(
            !entry.contains(&format!("{}?:", a.option_name())),
            "reader-widget.js lists {} by hand",
            a.option_name()
        );
    }
}

#[test]
fn every_choice_the_table_offers_is_understood() {
    // `format` names must be formats the adapters know; a table edit cannot add one
    // without its behaviour.
    let format = ATTRIBUTES.iter().find(|a| a.name == "format").unwrap();
    let Kind::Choice(names) = format.kind else {
        panic!("format is a choice")
    };
    for name in names {
        let parsed = reader_widget::adapters::Format::from_name(name)
            .unwrap_or_else(|| panic!("{name} is not a format"));
        assert_eq!(parsed.name(), *name);
    }
}

/// The `ReaderStringKey` union: every key of the English texts, plural ones in every
/// CLDR category (a language may need any of them).
fn string_keys() -> String {
    let en = reader_widget::i18n::blocks()
        .into_iter()
        .find(|b| b.tag == "en")
        .unwrap();
    let mut keys: Vec<String> = Vec::new();
    for (key, _) in &en.entries {
        match key.strip_suffix(".other") {
            Some(base) => {
                for cat in ["zero", "one", "two", "few", "many", "other"] {
                    keys.push(format!("{base}.{cat}"));
                }
            }
            None if key.rsplit_once('.').is_some() => {}
            None => keys.push(key.clone()),
        }
    }
    keys.dedup();
    let lines: Vec<String> = keys.iter().map(|k| format!("  | \"{k}\"")).collect();
    format!("export type ReaderStringKey =\n{};\n", lines.join("\n"))
}
