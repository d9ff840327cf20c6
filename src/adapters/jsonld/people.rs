//! People: authors and contributors, as objects, names or references.

use super::graph::Graph;
use super::values::{first_text, first_url};
use crate::adapters::bylines::{add_unique, from_name};
use crate::adapters::node::Node;
use crate::html::links_in;
use crate::model::{Byline, Contributors, Diagnostics, Json};

/// Bylines from `author` (or another people property): objects with a `name` (one, or
/// several in an array or a "By A and B" string, where a name linked to a profile page
/// keeps that link) and `url`, plain name strings, or references to either; `outlet`
/// (the publisher's name) at the end of a list is not a person.
pub(super) fn people(
    graph: &Graph,
    node: &Node,
    key: &str,
    outlet: Option<&str>,
    d: &mut Diagnostics,
) -> Vec<Byline> {
    let Some(value) = node.get(key) else {
        return Vec::new();
    };
    let mut out: Vec<Byline> = Vec::new();
    for person in value.many(d) {
        let Some(person) = graph.resolve(person, d) else {
            continue;
        };
        let (names, url) = match person.json {
            Json::String(_) => (person.text(d).into_iter().collect(), None),
            Json::Object(_) => (
                person
                    .get("name")
                    .map(|n| n.many(d).into_iter().filter_map(|n| n.text(d)).collect())
                    .unwrap_or_default(),
                person.get("url").and_then(|u| first_url(&u, d)),
            ),
            other => {
                d.warn(
                    &person.path,
                    format!(
                        "expected a person or a name, found {}; dropped",
                        other.kind()
                    ),
                );
                continue;
            }
        };
        let names: Vec<String> = names;
        if names.is_empty() {
            d.warn(&person.path, format!("{key} without a name; dropped"));
        }
        // Several names in one entry share nothing: its url is one person's only.
        let url = url.filter(|_| names.len() == 1);
        for name in &names {
            add_unique(&mut out, from_name(name, url.clone(), outlet));
        }
        let linked = raw_names(&person)
            .iter()
            .flat_map(|raw| links_in(raw))
            .collect::<Vec<_>>();
        for byline in out.iter_mut().filter(|b| b.url.is_none()) {
            byline.url = linked
                .iter()
                .find(|(text, _)| *text == byline.name)
                .map(|(_, url)| url.clone());
        }
    }
    out
}

/// The name fields of a person as written (with any markup), for the links in them.
fn raw_names(person: &Node) -> Vec<String> {
    let one = |j: &Json| match j {
        Json::String(s) if s.contains('<') => Some(s.clone()),
        _ => None,
    };
    match person.json.get("name").unwrap_or(person.json) {
        Json::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    }
}

/// `contributor` names, which the widget introduces in the reader's language.
pub(super) fn contributors(
    graph: &Graph,
    node: &Node,
    d: &mut Diagnostics,
) -> Option<Contributors> {
    let names: Vec<String> = people(graph, node, "contributor", None, d)
        .into_iter()
        .map(|b| b.name)
        .collect();
    (!names.is_empty()).then_some(Contributors::Names(names))
}

/// The name of a person/organization property (string, object or reference).
pub(super) fn name_of(
    graph: &Graph,
    node: &Node,
    key: &str,
    d: &mut Diagnostics,
) -> Option<String> {
    let first = node.get(key)?.many(d).into_iter().next()?;
    let first = graph.resolve(first, d)?;
    match first.json {
        Json::String(_) => first.text(d),
        _ => first_text(&first, "name", d),
    }
}
