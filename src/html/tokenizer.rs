//! A forgiving HTML tokenizer for CMS fragments: tags, attributes, character references,
//! comments. It never fails; malformed input degrades to text. Raw-text elements
//! (`script`, `style`, …) have their content skipped here, never tokenized as markup.

use super::entities::decode_entities;

/// One lexical unit of the fragment.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    Text(String),
    Start {
        name: String,
        attrs: Vec<(String, String)>,
    },
    End {
        name: String,
    },
}

/// Elements whose content is not markup; we skip it entirely.
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// Splits `html` into tokens.
pub(crate) fn tokenize(html: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let b = html.as_bytes();
    let flush = |text: &mut String, tokens: &mut Vec<Token>| {
        if !text.is_empty() {
            tokens.push(Token::Text(decode_entities(text)));
            text.clear();
        }
    };
    while i < b.len() {
        let Some(rel) = html[i..].find('<') else {
            text.push_str(&html[i..]);
            break;
        };
        text.push_str(&html[i..i + rel]);
        i += rel;
        let next = b.get(i + 1).copied();
        match next {
            Some(c) if c.is_ascii_alphabetic() => {
                flush(&mut text, &mut tokens);
                let (name, attrs, end, self_closing) = read_tag(html, i + 1);
                i = end;
                if RAW_TEXT.contains(&name.as_str()) {
                    i = skip_raw_text(html, i, &name);
                    tokens.push(Token::Start {
                        name: name.clone(),
                        attrs,
                    });
                    tokens.push(Token::End { name });
                } else if self_closing && matches!(name.as_str(), "svg" | "math") {
                    // Foreign elements really close with `/>` (`<svg/>` is an empty icon;
                    // in HTML elements the slash means nothing).
                    tokens.push(Token::Start {
                        name: name.clone(),
                        attrs,
                    });
                    tokens.push(Token::End { name });
                } else {
                    tokens.push(Token::Start { name, attrs });
                }
            }
            Some(b'/') if b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) => {
                flush(&mut text, &mut tokens);
                let (name, _, end, _) = read_tag(html, i + 2);
                i = end;
                tokens.push(Token::End { name });
            }
            Some(b'/') if b.get(i + 2) == Some(&b'>') => i += 3,
            Some(b'!') if html[i..].starts_with("<!--") => {
                flush(&mut text, &mut tokens);
                i = html[i + 4..].find("-->").map_or(b.len(), |p| i + 4 + p + 3);
            }
            Some(b'!' | b'?') | Some(b'/') => {
                // Bogus comment (doctype, processing instruction, `</ x>`): skip to `>`.
                flush(&mut text, &mut tokens);
                i = html[i..].find('>').map_or(b.len(), |p| i + p + 1);
            }
            _ => {
                text.push('<');
                i += 1;
            }
        }
    }
    flush(&mut text, &mut tokens);
    tokens
}

/// A tag's lower-cased name, its attributes, the index after `>`, and whether it ended
/// in `/>` (a slash inside an unquoted value does not count).
type Tag = (String, Vec<(String, String)>, usize, bool);

/// Reads a tag name and its attributes starting at `start` (just past `<` or `</`).
fn read_tag(html: &str, start: usize) -> Tag {
    let b = html.as_bytes();
    let mut i = start;
    while i < b.len() && !is_tag_break(b[i]) {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut slash = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            slash = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (name, attrs, i, false);
        }
        if b[i] == b'>' {
            return (name, attrs, i + 1, slash);
        }
        slash = false;
        let name_start = i;
        // The first character may be `=` (HTML treats it as part of the name).
        i += html[i..].chars().next().map_or(1, char::len_utf8);
        while i < b.len() && !is_tag_break(b[i]) && b[i] != b'=' {
            i += 1;
        }
        let attr_name = html[name_start..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = html[i + 1..].find(q as char).map_or(b.len(), |p| i + 1 + p);
                    value = decode_entities(&html[i + 1..end]);
                    i = (end + 1).min(b.len());
                }
                _ => {
                    let v_start = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = decode_entities(&html[v_start..i]);
                }
            }
        }
        attrs.push((attr_name, value));
    }
}

fn is_tag_break(c: u8) -> bool {
    c.is_ascii_whitespace() || c == b'/' || c == b'>'
}

/// Skips a raw-text element's content up to and including its `</name …>`.
fn skip_raw_text(html: &str, from: usize, name: &str) -> usize {
    if name == "plaintext" {
        return html.len();
    }
    let b = html.as_bytes();
    let mut i = from;
    while let Some(p) = html[i..].find("</") {
        let at = i + p + 2;
        let end = at + name.len();
        if b.len() >= end
            && html.is_char_boundary(end)
            && html[at..end].eq_ignore_ascii_case(name)
            && b.get(end).is_none_or(|&c| is_tag_break(c))
        {
            return html[end..].find('>').map_or(b.len(), |q| end + q + 1);
        }
        i = at;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(name: &str, attrs: &[(&str, &str)]) -> Token {
        Token::Start {
            name: name.into(),
            attrs: attrs
                .iter()
                .map(|(a, b)| ((*a).into(), (*b).into()))
                .collect(),
        }
    }

    #[test]
    fn tokenizes_tags_attributes_and_entities() {
        let t = tokenize(r#"a <A HREF='x&amp;y' title=t>b</a > 1 < 2 <!-- c -->d"#);
        assert_eq!(
            t,
            vec![
                Token::Text("a ".into()),
                start("a", &[("href", "x&y"), ("title", "t")]),
                Token::Text("b".into()),
                Token::End { name: "a".into() },
                Token::Text(" 1 < 2 ".into()),
                Token::Text("d".into()),
            ]
        );
    }

    #[test]
    fn skips_raw_text_content_whatever_it_holds() {
        let t = tokenize("x<script>alert('</b>')</SCRIPT >y<style>a{}</style>z");
        let texts: Vec<_> = t
            .iter()
            .filter_map(|t| match t {
                Token::Text(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts, ["x", "y", "z"]);
    }

    #[test]
    fn unterminated_markup_never_panics() {
        for s in [
            "<",
            "<a",
            "<a href=\"",
            "</",
            "<!--",
            "<script>",
            "<a b=",
            "<é",
            "<a é=é>",
        ] {
            let _ = tokenize(s);
        }
    }
}
