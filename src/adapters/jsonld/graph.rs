//! The shape of a JSON-LD block as news sites publish it: one entity, an array of them,
//! or a `@graph` whose entities point at each other with `{"@id": …}` references
//! (Yoast SEO links article, author and image this way).

use std::collections::HashMap;

use crate::model::diagnostics::{field, index};
use crate::model::{Diagnostics, Json};

use crate::adapters::node::Node;

/// Longest chain of references followed (guards against reference loops).
const MAX_HOPS: usize = 4;

/// Every entity of a JSON-LD document, and an index of those with an `@id`.
pub(crate) struct Graph<'a> {
    /// Top-level entities in document order: the root object, array elements and the
    /// members of every `@graph`.
    pub top: Vec<Node<'a>>,
    /// Objects found anywhere below the top-level entities, in document order.
    pub nested: Vec<Node<'a>>,
    /// Definitions by `@id` (the one with the most fields wins).
    ids: HashMap<&'a str, Node<'a>>,
}

impl<'a> Graph<'a> {
    /// Collects the entities of `root`.
    pub fn new(root: &'a Json, d: &mut Diagnostics) -> Graph<'a> {
        let mut top = Vec::new();
        collect_top(Node::root(root), &mut top, d);
        let mut nested = Vec::new();
        for entity in &top {
            let mut stack = children(entity);
            stack.reverse();
            while let Some(node) = stack.pop() {
                if node.is_object() {
                    nested.push(node.clone());
                }
                let mut below = children(&node);
                below.reverse();
                stack.extend(below);
            }
        }
        let mut ids: HashMap<&'a str, Node<'a>> = HashMap::new();
        for node in top.iter().chain(&nested) {
            let (Some(Json::String(id)), Json::Object(fields)) = (node.json.get("@id"), node.json)
            else {
                continue;
            };
            if fields.len() < 2 {
                continue;
            }
            let known = ids.entry(id.as_str()).or_insert_with(|| node.clone());
            if field_count(known.json) < fields.len() {
                *known = node.clone();
            }
        }
        Graph { top, nested, ids }
    }

    /// The definition a reference points to, or the node itself if it is not a
    /// reference; `None` (without a warning) for an unknown reference.
    pub fn lookup(&self, node: &Node<'a>) -> Option<Node<'a>> {
        let mut d = Diagnostics::default();
        self.resolve(node.clone(), &mut d)
    }

    /// Follows a `{"@id": …}` reference to its definition; other values are returned as
    /// they are. An unknown reference is reported and gives `None`.
    pub fn resolve(&self, node: Node<'a>, d: &mut Diagnostics) -> Option<Node<'a>> {
        let mut current = node;
        for _ in 0..MAX_HOPS {
            let Some(id) = reference(current.json) else {
                return Some(current);
            };
            match self.ids.get(id) {
                Some(target) => current = target.clone(),
                None => {
                    d.warn(
                        &current.path,
                        format!("reference to \"{id}\" is not defined in this document; dropped"),
                    );
                    return None;
                }
            }
        }
        Some(current)
    }
}

/// The id of a reference-only object (`{"@id": "…"}`, perhaps with `@type`).
fn reference(json: &Json) -> Option<&str> {
    let Json::Object(fields) = json else {
        return None;
    };
    let only_ref = fields.iter().all(|(k, _)| k == "@id" || k == "@type");
    match json.get("@id") {
        Some(Json::String(id)) if only_ref => Some(id),
        _ => None,
    }
}

/// The objects and arrays directly inside `node` (not `@graph`, read separately).
fn children<'a>(node: &Node<'a>) -> Vec<Node<'a>> {
    match node.json {
        Json::Object(fields) => fields
            .iter()
            .filter(|(k, v)| k != "@graph" && matches!(v, Json::Object(_) | Json::Array(_)))
            .map(|(k, json)| Node {
                json,
                path: field(&node.path, k),
            })
            .collect(),
        Json::Array(items) => items
            .iter()
            .enumerate()
            .filter(|(_, v)| matches!(v, Json::Object(_) | Json::Array(_)))
            .map(|(i, json)| Node {
                json,
                path: index(&node.path, i),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn field_count(json: &Json) -> usize {
    match json {
        Json::Object(fields) => fields.len(),
        _ => 0,
    }
}

fn collect_top<'a>(node: Node<'a>, out: &mut Vec<Node<'a>>, d: &mut Diagnostics) {
    match node.json {
        Json::Array(_) => {
            for item in node.many(d) {
                collect_top(item, out, d);
            }
        }
        Json::Object(_) => {
            let graph = node.get("@graph");
            if graph.is_none() || node.get("@type").is_some() {
                out.push(node.clone());
            }
            if let Some(graph) = graph {
                for member in graph.many(d) {
                    if member.is_object() {
                        out.push(member);
                    }
                }
            }
        }
        _ => {}
    }
}

/// The `@type` names of an entity without vocabulary prefixes (`schema:`,
/// `https://schema.org/`).
pub(crate) fn types(json: &Json) -> Vec<&str> {
    let names: Vec<&str> = match json.get("@type") {
        Some(Json::String(t)) => vec![t.as_str()],
        Some(Json::Array(items)) => items
            .iter()
            .filter_map(|t| match t {
                Json::String(s) => Some(s.as_str()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .map(|t| t.rsplit(['/', ':', '#']).next().unwrap_or(t).trim())
        .collect()
}

/// NewsArticle, BlogPosting, ReportageNewsArticle … : any type ending in "Article" or
/// "Posting", and "Report".
pub(crate) fn is_article(json: &Json) -> bool {
    types(json)
        .iter()
        .any(|t| t.ends_with("Article") || t.ends_with("Posting") || *t == "Report")
}

/// True if the entity has the type `name`.
pub(crate) fn has_type(json: &Json, name: &str) -> bool {
    types(json).contains(&name)
}
