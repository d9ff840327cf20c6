//! The inline node tree rich text becomes: text, line breaks, the allowlisted marks and
//! links with safe URLs. Components render it node by node; nothing here is HTML.

use serde::Serialize;

use crate::url::SafeUrl;

/// An inline node of a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Inline {
    Text {
        text: String,
    },
    Break,
    Mark {
        mark: Mark,
        children: Vec<Inline>,
    },
    Link {
        href: SafeUrl,
        children: Vec<Inline>,
    },
}

/// The formatting elements we keep; each maps to the element of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Em,
    Strong,
    I,
    B,
    Sup,
    Sub,
}

impl Mark {
    /// The element this mark is written as (the converter's HTML output).
    #[cfg(any(not(target_arch = "wasm32"), feature = "native-out"))]
    pub fn tag(self) -> &'static str {
        match self {
            Mark::Em => "em",
            Mark::Strong => "strong",
            Mark::I => "i",
            Mark::B => "b",
            Mark::Sup => "sup",
            Mark::Sub => "sub",
        }
    }

    pub(super) fn from_tag(tag: &str) -> Option<Mark> {
        Some(match tag {
            "em" => Mark::Em,
            "strong" => Mark::Strong,
            "i" => Mark::I,
            "b" => Mark::B,
            "sup" => Mark::Sup,
            "sub" => Mark::Sub,
            _ => return None,
        })
    }
}

/// A bulleted or numbered list, as articles and CMS editors write them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    pub ordered: bool,
    pub items: Vec<ListItem>,
}

/// One entry of a list: allowlisted rich text, and the list nested under it, if any.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItem {
    pub content: Vec<Inline>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<List>,
}

/// Deepest nesting of lists kept (a list inside a list item is level 2); deeper lists
/// become text of the item that holds them.
pub const MAX_LIST_DEPTH: usize = 4;

impl ListItem {
    /// An item of plain text.
    pub fn text(s: impl Into<String>) -> ListItem {
        ListItem {
            content: vec![Inline::text(s)],
            list: None,
        }
    }
}

impl Inline {
    /// A plain text node.
    pub fn text(s: impl Into<String>) -> Inline {
        Inline::Text { text: s.into() }
    }
}

/// The concatenated text of a node list (for empty checks and plain-text fallbacks).
pub fn text_of(nodes: &[Inline]) -> String {
    let mut out = String::new();
    let mut stack: Vec<&Inline> = nodes.iter().rev().collect();
    while let Some(node) = stack.pop() {
        match node {
            Inline::Text { text } => out.push_str(text),
            Inline::Break => out.push('\n'),
            Inline::Mark { children, .. } | Inline::Link { children, .. } => {
                stack.extend(children.iter().rev())
            }
        }
    }
    out
}
