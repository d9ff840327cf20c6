//! Renders allowlisted rich-text nodes as DOM elements, one node at a time: there is no
//! path from data to an HTML parser.

use leptos::prelude::*;

use super::text_content::Content;
use crate::html::{Inline, Mark};

/// Inline nodes as views (recursion is bounded by the parser's depth cap). A single node
/// (most paragraphs are one run of text) is rendered as itself: a list of views costs
/// a comment marker in the DOM, two more crossings from wasm per paragraph.
pub fn render_inlines(mut nodes: Vec<Inline>) -> AnyView {
    if nodes.len() == 1
        && let Some(node) = nodes.pop()
    {
        return render_inline(node);
    }
    nodes
        .into_iter()
        .map(render_inline)
        .collect_view()
        .into_any()
}

/// What an element holding `nodes` shows: one run of text (most paragraphs and links)
/// becomes the element's `textContent`, anything else its child views.
pub fn inline_content(mut nodes: Vec<Inline>) -> Content {
    match nodes.pop() {
        Some(Inline::Text { text }) if nodes.is_empty() => Content::Text(text),
        Some(last) => {
            nodes.push(last);
            Content::Nodes(render_inlines(nodes))
        }
        None => Content::Text(String::new()),
    }
}

fn render_inline(node: Inline) -> AnyView {
    match node {
        Inline::Text { text } => text.into_any(),
        Inline::Break => view! { <br /> }.into_any(),
        Inline::Link { href, children } => inline_content(children)
            .fill(view! { <a class="rw-link" href=href.as_str().to_owned()></a> })
            .into_any(),
        Inline::Mark { mark, children } => {
            let inner = inline_content(children);
            match mark {
                Mark::Em => inner.fill(view! { <em></em> }).into_any(),
                Mark::Strong => inner.fill(view! { <strong></strong> }).into_any(),
                Mark::I => inner.fill(view! { <i></i> }).into_any(),
                Mark::B => inner.fill(view! { <b></b> }).into_any(),
                Mark::Sup => inner.fill(view! { <sup></sup> }).into_any(),
                Mark::Sub => inner.fill(view! { <sub></sub> }).into_any(),
            }
        }
    }
}
