//! Inline nodes written back as HTML, for the converter's output (`{"html": …}`
//! paragraphs): every text and attribute escaped, only allowlisted elements written.
//! Native only (the converter and tests); the browser renders nodes, never HTML.

use super::nodes::Inline;

/// Allowlisted inline nodes as HTML, iteratively (no recursion on nesting depth).
pub fn to_html(nodes: &[Inline]) -> String {
    enum Step<'a> {
        Node(&'a Inline),
        Close(&'static str),
    }
    let mut out = String::new();
    let mut stack: Vec<Step> = nodes.iter().rev().map(Step::Node).collect();
    while let Some(step) = stack.pop() {
        match step {
            Step::Close(tag) => {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
            Step::Node(Inline::Text { text }) => out.push_str(&escape(text)),
            Step::Node(Inline::Break) => out.push_str("<br>"),
            Step::Node(Inline::Mark { mark, children }) => {
                out.push('<');
                out.push_str(mark.tag());
                out.push('>');
                stack.push(Step::Close(mark.tag()));
                stack.extend(children.iter().rev().map(Step::Node));
            }
            Step::Node(Inline::Link { href, children }) => {
                out.push_str("<a href=\"");
                out.push_str(&escape(href.as_str()));
                out.push_str("\">");
                stack.push(Step::Close("a"));
                stack.extend(children.iter().rev().map(Step::Node));
            }
        }
    }
    out
}

/// Escapes text or an attribute value so that re-parsing yields it unchanged.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
