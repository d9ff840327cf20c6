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
    #[cfg(not(target_arch = "wasm32"))]
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
