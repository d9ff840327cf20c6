//! Builds the inline node tree from tokens with an explicit stack (no recursion, so no
//! input can overflow it) and the allowlist: a, em, strong, i, b, br, sup, sub.

use super::nodes::{Inline, Mark};
use super::tokenizer::{Token, tokenize};
use crate::url::SafeUrl;

/// Deepest inline markup nesting kept; deeper tags are flattened (their text stays), so
/// no input can make the tree, or anything walking it, arbitrarily deep.
pub const MAX_MARKUP_DEPTH: usize = 32;

/// Elements dropped together with everything inside them: executable, foreign (SVG,
/// MathML: the usual mutation-XSS vehicles), inert templates, embedded documents, forms.
pub const DROP_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "svg",
    "math",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "noscript",
    "noembed",
    "noframes",
    "textarea",
    "select",
    "option",
    "button",
    "input",
    "form",
    "head",
    "title",
    "xmp",
    "plaintext",
    "audio",
    "video",
    "canvas",
    "map",
    "base",
    "link",
    "meta",
];

/// Elements that separate text visually; unwrapping them must keep words apart.
const BLOCKISH: &[&str] = &[
    "p",
    "div",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "section",
    "article",
    "header",
    "footer",
    "pre",
];

/// An open allowed element while building.
struct Open {
    tag: String,
    node: Inline,
}

/// Parses an HTML fragment into allowlisted inline nodes.
///
/// Allowed elements keep only their safe attribute (`href` on `a`, if http(s) or
/// relative; a link without one is unwrapped). Unknown elements are unwrapped, keeping
/// their text; elements in [`DROP_WITH_CONTENT`] vanish with their content.
pub fn parse_inline(html: &str) -> Vec<Inline> {
    inline_nodes(&tokenize(html))
}

/// Tokens already read (by the block reader, say) → allowlisted inline nodes, by the
/// rules of [`parse_inline`].
pub(crate) fn inline_nodes(tokens: &[Token]) -> Vec<Inline> {
    let mut root: Vec<Inline> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Name and nesting count of the dropped element we are inside, if any.
    let mut dropping: Option<(String, usize)> = None;

    for token in tokens {
        if let Some((name, depth)) = &mut dropping {
            match &token {
                Token::Start { name: n, .. } if n == name => *depth += 1,
                Token::End { name: n } if n == name => {
                    *depth -= 1;
                    if *depth == 0 {
                        dropping = None;
                    }
                }
                _ => {}
            }
            continue;
        }
        match token {
            Token::Text(text) => push(&mut root, &mut stack, Inline::text(text.as_str())),
            Token::Start { name, attrs } => {
                if DROP_WITH_CONTENT.contains(&name.as_str()) {
                    if !is_void(name) {
                        dropping = Some((name.clone(), 1));
                    }
                    continue;
                }
                if name == "br" {
                    push(&mut root, &mut stack, Inline::Break);
                    continue;
                }
                if BLOCKISH.contains(&name.as_str()) {
                    push(&mut root, &mut stack, Inline::text(" "));
                }
                if stack.len() >= MAX_MARKUP_DEPTH {
                    continue;
                }
                let node = if let Some(mark) = Mark::from_tag(name) {
                    Inline::Mark {
                        mark,
                        children: Vec::new(),
                    }
                } else if name == "a" {
                    let href = attrs
                        .iter()
                        .rev()
                        .find(|(k, _)| k == "href")
                        .and_then(|(_, v)| SafeUrl::parse(v).ok());
                    match href {
                        Some(href) => Inline::Link {
                            href,
                            children: Vec::new(),
                        },
                        None => continue,
                    }
                } else {
                    continue;
                };
                // Links never nest: a new `a` closes an open one, as HTML parsing does.
                if name == "a" {
                    close(&mut root, &mut stack, "a");
                }
                stack.push(Open {
                    tag: name.clone(),
                    node,
                });
            }
            Token::End { name } => {
                if BLOCKISH.contains(&name.as_str()) {
                    push(&mut root, &mut stack, Inline::text(" "));
                }
                close(&mut root, &mut stack, name);
            }
        }
    }
    while let Some(open) = stack.pop() {
        attach(&mut root, &mut stack, open.node);
    }
    normalize(root)
}

/// HTML elements that never have content or an end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "input"
            | "embed"
            | "base"
            | "link"
            | "meta"
            | "frame"
            | "param"
            | "source"
            | "track"
            | "area"
            | "col"
            | "wbr"
            | "keygen"
            | "img"
            | "hr"
            | "br"
    )
}

/// Closes the innermost open element named `name`, and everything opened inside it
/// (mis-nested `<b><i></b>` closes both); an end tag with no open element is ignored.
fn close(root: &mut Vec<Inline>, stack: &mut Vec<Open>, name: &str) {
    if let Some(pos) = stack.iter().rposition(|o| o.tag == name) {
        while stack.len() > pos {
            if let Some(open) = stack.pop() {
                attach(root, stack, open.node);
            }
        }
    }
}

fn attach(root: &mut Vec<Inline>, stack: &mut [Open], node: Inline) {
    // Empty formatting or links carry nothing to read; drop them.
    let empty = matches!(&node, Inline::Mark { children, .. } | Inline::Link { children, .. } if children.is_empty());
    if !empty {
        push(root, stack, node);
    }
}

fn push(root: &mut Vec<Inline>, stack: &mut [Open], node: Inline) {
    let target = match stack.last_mut() {
        Some(Open {
            node: Inline::Mark { children, .. } | Inline::Link { children, .. },
            ..
        }) => children,
        _ => root,
    };
    // Merge adjacent text so the tree stays small.
    if let (Some(Inline::Text { text: prev }), Inline::Text { text }) = (target.last_mut(), &node) {
        prev.push_str(text);
        return;
    }
    target.push(node);
}

/// Collapses runs of whitespace at the edges of the fragment (left by unwrapped blocks).
fn normalize(mut nodes: Vec<Inline>) -> Vec<Inline> {
    if let Some(Inline::Text { text }) = nodes.first_mut() {
        *text = text.trim_start().to_owned();
    }
    if let Some(Inline::Text { text }) = nodes.last_mut() {
        *text = text.trim_end().to_owned();
    }
    nodes.retain(|n| !matches!(n, Inline::Text { text } if text.is_empty()));
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::text(s)
    }

    fn mark(mark: Mark, children: Vec<Inline>) -> Inline {
        Inline::Mark { mark, children }
    }

    #[test]
    fn keeps_allowlisted_marks_and_safe_links() {
        let Ok(href) = SafeUrl::parse("https://x.org/") else {
            panic!("a plain https URL is safe")
        };
        let nodes = parse_inline(
            r#"A <em>b</em> <a href="https://x.org/" onclick="x()">c<sup>2</sup></a><br>d"#,
        );
        assert_eq!(
            nodes,
            vec![
                t("A "),
                mark(Mark::Em, vec![t("b")]),
                t(" "),
                Inline::Link {
                    href,
                    children: vec![t("c"), mark(Mark::Sup, vec![t("2")])]
                },
                Inline::Break,
                t("d"),
            ]
        );
    }

    #[test]
    fn unwraps_unsafe_links_and_unknown_elements() {
        assert_eq!(
            parse_inline(r#"<a href="javascript:alert(1)">x</a><span style="x">y</span>"#),
            vec![t("xy")]
        );
        assert_eq!(
            parse_inline(r#"<a href=" JaVa&#x09;script:1">x</a>"#),
            vec![t("x")]
        );
    }

    #[test]
    fn drops_dangerous_elements_with_their_content() {
        for html in [
            "<script>alert(1)</script>ok",
            "<svg><style><img src=x onerror=alert(1)></style></svg>ok",
            "<math><mi><b>x</b></mi></math>ok",
            "<template><b>x</b></template>ok",
            "<noscript><p title=\"</noscript><img src=x>\">ok",
            "<iframe srcdoc=\"<script>\"></iframe>ok",
            "<form><button formaction=javascript:1>x</button></form>ok",
            "<base href=\"javascript:\">ok",
            "<svg><svg></svg><b>x</b></svg>ok",
        ] {
            let text = crate::html::text_of(&parse_inline(html));
            assert!(
                text.ends_with("ok") && !text.contains('x') && !text.contains('<'),
                "{html} → {text:?}"
            );
        }
    }

    #[test]
    fn self_closing_icons_and_void_elements_do_not_swallow_what_follows() {
        for html in [
            "<svg/>after",
            "<svg viewBox='0 0 1 1' />after",
            "<math/>after",
            "<frame>after",
            "<input>after",
        ] {
            assert_eq!(crate::html::text_of(&parse_inline(html)), "after", "{html}");
        }
        // In HTML elements the slash means nothing; a non-foreign `<template/>` still opens.
        assert_eq!(
            crate::html::text_of(&parse_inline("<template/>hidden</template>ok")),
            "ok"
        );
    }

    #[test]
    fn repairs_misnesting_and_unclosed_tags() {
        assert_eq!(
            parse_inline("<b>1<i>2</b>3</i>"),
            vec![
                mark(Mark::B, vec![t("1"), mark(Mark::I, vec![t("2")])]),
                t("3")
            ]
        );
        assert_eq!(
            parse_inline("<strong>x"),
            vec![mark(Mark::Strong, vec![t("x")])]
        );
    }

    #[test]
    fn escaped_markup_stays_text() {
        assert_eq!(parse_inline("&lt;b&gt;x&lt;/b&gt;"), vec![t("<b>x</b>")]);
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let html = "<b>".repeat(100_000) + "deep";
        let text = crate::html::text_of(&parse_inline(&html));
        assert_eq!(text, "deep");
    }
}
