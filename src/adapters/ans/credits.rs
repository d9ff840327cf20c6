//! ANS credits (`credits.by[]` and friends): bylines of the story, credit lines of
//! photos, and the other credit groups ("additional reporting by") as contributors.
//!
//! An author is `{"type": "author", "name", "byline", "url", …}` or an unresolved
//! `{"type": "reference", "referent": {…}}` that has no name at all; the public form of
//! a name is `byline` when it is not blank, then the Author Service record's
//! `additional_properties.original.byline`, then `name`.

use crate::adapters::bylines::{add_unique, people_in};
use crate::adapters::node::Node;
use crate::model::{Byline, Contributors, Diagnostics, Json};

/// Credit groups read for contributors, at most (the keys are free-form in ANS).
const MAX_GROUPS: usize = 16;

/// The story's bylines from `credits.by[]`; nameless people and references are
/// reported, never shown as an empty "By".
pub(super) fn bylines(root: &Node, d: &mut Diagnostics) -> Vec<Byline> {
    let Some(by) = root.get("credits").and_then(|c| c.get("by")) else {
        return Vec::new();
    };
    let mut out: Vec<Byline> = Vec::new();
    for person in by.many(d) {
        let Some(name) = name_of(&person, "author", d) else {
            continue;
        };
        // One entry may name several people ("A and B"): each is a byline, and its
        // link belongs to none of them.
        let names = people_in(&name);
        let url = person
            .get("url")
            .and_then(|u| u.url(d))
            .filter(|_| names.len() == 1);
        let bylines = names.into_iter().map(|name| Byline {
            name,
            role: None,
            url: url.clone(),
        });
        add_unique(&mut out, bylines.collect());
    }
    out
}

/// The public name of a person of a credits list; `None` (with a warning naming
/// `what`) for a reference or a person without a name.
pub(super) fn name_of(person: &Node, what: &str, d: &mut Diagnostics) -> Option<String> {
    if !person.is_object() {
        d.warn(
            &person.path,
            format!(
                "expected a person object, found {}; dropped",
                person.json.kind()
            ),
        );
        return None;
    }
    if person.get("type").and_then(|t| t.as_str()) == Some("reference") {
        let id = person
            .get("referent")
            .and_then(|r| r.get("id"))
            .and_then(|i| i.as_str())
            .unwrap_or_default();
        d.warn(
            &person.path,
            format!(
                "an unresolved reference to {what} \"{id}\" has no name to show; dropped \
                 (resolve references before serving the story)"
            ),
        );
        return None;
    }
    let original = person
        .get("additional_properties")
        .and_then(|p| p.get("original"));
    // Names are plain text: markup in one is shown as written, never read.
    let name = person
        .plain_at("byline", d)
        .or_else(|| original.and_then(|o| o.plain_at("byline", d)))
        .or_else(|| person.plain_at("name", d));
    if name.is_none() {
        d.warn(&person.path, format!("{what} without a name; dropped"));
    }
    name
}

/// A photo's credit line from its `credits`: the people of `by` (their public names),
/// else their organisations (`org`), else `affiliation` names.
pub(super) fn photo_credit(credits: Option<Node>, d: &mut Diagnostics) -> Option<String> {
    let credits = credits.filter(Node::is_object)?;
    let people: Vec<Node> = credits.get("by").map(|b| b.many(d)).unwrap_or_default();
    let mut names: Vec<String> = Vec::new();
    let mut orgs: Vec<String> = Vec::new();
    for person in &people {
        let blank = |key: &str| {
            person
                .get(key)
                .and_then(|n| n.as_str())
                .is_none_or(|s| s.trim().is_empty())
        };
        if person.is_object()
            && person.get("type").and_then(|t| t.as_str()) != Some("reference")
            && blank("byline")
            && blank("name")
        {
            // A blank name is common on agency photos; the organisation stands in.
            if let Some(org) = person.plain_at("org", d) {
                push_new(&mut orgs, org);
                continue;
            }
        }
        if let Some(name) = name_of(person, "photographer", d) {
            push_new(&mut names, name);
        }
    }
    if names.is_empty() {
        names = orgs;
    }
    if names.is_empty()
        && let Some(affiliation) = credits.get("affiliation")
    {
        for org in affiliation.many(d) {
            if let Some(name) = org.plain_at("name", d) {
                push_new(&mut names, name);
            }
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// Other credit groups (`"additional reporting by"`, `photos_by`, …) as one note:
/// "Additional reporting by Cy Placeholder; Photos by Dee Tester".
pub(super) fn contributors(root: &Node, d: &mut Diagnostics) -> Option<Contributors> {
    let credits = root.get("credits")?;
    let Json::Object(fields) = credits.json else {
        return None;
    };
    let mut notes: Vec<String> = Vec::new();
    for (key, _) in fields.iter().take(MAX_GROUPS) {
        if matches!(key.as_str(), "by" | "affiliation") {
            continue;
        }
        let Some(group) = credits.get(key) else {
            continue;
        };
        if !matches!(group.json, Json::Array(_)) {
            continue;
        }
        let mut names: Vec<String> = Vec::new();
        for person in group.many(d) {
            if let Some(name) = name_of(&person, "contributor", d) {
                push_new(&mut names, name);
            }
        }
        if names.is_empty() {
            continue;
        }
        let label = label(key);
        let joined = join(&names);
        if label.to_lowercase().ends_with(" by") {
            notes.push(format!("{label} {joined}"));
        } else {
            notes.push(format!("{label}: {joined}"));
        }
    }
    (!notes.is_empty()).then(|| Contributors::Note(notes.join("; ")))
}

/// `photos_by` → "Photos by"; `additional reporting by` → "Additional reporting by".
fn label(key: &str) -> String {
    let words = key.replace('_', " ");
    let words = crate::text::words::collapse_whitespace(&words);
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "A", "A and B", "A, B and C".
fn join(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}

fn push_new(list: &mut Vec<String>, name: String) {
    if !list.contains(&name) {
        list.push(name);
    }
}
