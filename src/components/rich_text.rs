//! Renders allowlisted rich-text nodes as DOM elements, one node at a time: there is no
//! path from data to an HTML parser.

use leptos::prelude::*;

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

fn render_inline(node: Inline) -> AnyView {
    match node {
        Inline::Text { text } => text.into_any(),
        Inline::Break => view! { <br /> }.into_any(),
        Inline::Link { href, children } => {
            view! { <a class="rw-link" href=href.as_str().to_owned()>{render_inlines(children)}</a> }
                .into_any()
        }
        Inline::Mark { mark, children } => {
            let inner = render_inlines(children);
            match mark {
                Mark::Em => view! { <em>{inner}</em> }.into_any(),
                Mark::Strong => view! { <strong>{inner}</strong> }.into_any(),
                Mark::I => view! { <i>{inner}</i> }.into_any(),
                Mark::B => view! { <b>{inner}</b> }.into_any(),
                Mark::Sup => view! { <sup>{inner}</sup> }.into_any(),
                Mark::Sub => view! { <sub>{inner}</sub> }.into_any(),
            }
        }
    }
}
