//! The parts of the block reader that read a whole element at once: headings and
//! captions as lines of text, quotes with their attribution, lists, preformatted text.

use super::elements::{BOUNDARIES, SKIP, find_end};
use super::walker::{Walker, is_emoji};
use super::{Block, Reader};
use crate::html::attrs::Attrs;
use crate::html::inline::inline_nodes;
use crate::html::nodes::{Inline, text_of};
use crate::html::plain::trim_edges;
use crate::html::tokenizer::Token;
use crate::text::attribution::{strip_dash, trailing_attribution};
use crate::text::words::collapse_whitespace;

impl<R: Reader> Walker<'_, R> {
    /// Plain-text lines of a token range (split at `<br>` and block elements), with
    /// images taken out and skipped elements dropped.
    pub(super) fn lines(&mut self, tokens: &[Token]) -> Vec<String> {
        let mut lines = Vec::new();
        let mut current: Vec<Token> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Start { name, .. } if SKIP.contains(&name.as_str()) => {
                    i = self.skip(tokens, i);
                    continue;
                }
                Token::Start { name, attrs } if name == "img" && is_emoji(Attrs(attrs)) => {
                    current.extend(Attrs(attrs).get("alt").map(|a| Token::Text(a.to_owned())));
                }
                Token::Start { name, attrs } if name == "img" => self.image(Attrs(attrs), false),
                Token::Start { name, .. } | Token::End { name }
                    if name == "br" || BOUNDARIES.contains(&name.as_str()) =>
                {
                    lines.push(std::mem::take(&mut current));
                }
                other => current.push(other.clone()),
            }
            i += 1;
        }
        lines.push(current);
        lines
            .iter()
            .map(|l| collapse_whitespace(&text_of(&inline_nodes(l))))
            .filter(|l| !l.is_empty())
            .collect()
    }

    pub(super) fn quote(&mut self, tokens: &[Token]) {
        let mut main = Vec::new();
        let mut cite_tokens = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if matches!(&tokens[i], Token::Start { name, .. } if name == "cite") {
                let (end, next) = find_end(tokens, i + 1, &["cite"], &["cite"]);
                cite_tokens.extend_from_slice(&tokens[i + 1..end]);
                i = next;
            } else {
                main.push(tokens[i].clone());
                i += 1;
            }
        }
        let mut lines = self.lines(&main);
        let mut cite = Some(self.lines(&cite_tokens).join(" ")).filter(|c| !c.is_empty());
        if cite.is_none()
            && let Some(last) = lines.pop()
        {
            match strip_dash(&last) {
                Some(name) if !lines.is_empty() => cite = Some(name.to_owned()),
                _ => match trailing_attribution(&last) {
                    Some((text, name)) => {
                        lines.push(text.to_owned());
                        cite = Some(name.to_owned());
                    }
                    None => lines.push(last),
                },
            }
        }
        let text = lines.join(" ");
        if !text.is_empty() {
            self.push_block(Block::Quote { text, cite });
        }
    }

    /// Preformatted text keeps its line breaks (markup inside it is reduced to text).
    pub(super) fn pre(&mut self, tokens: &[Token]) {
        let mut text = String::new();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Start { name, .. } if SKIP.contains(&name.as_str()) => {
                    i = self.skip(tokens, i);
                    continue;
                }
                Token::Text(s) => text.push_str(s),
                Token::Start { name, .. } if name == "br" => text.push('\n'),
                _ => {}
            }
            i += 1;
        }
        let mut content = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if n > 0 {
                content.push(Inline::Break);
            }
            let line = line.trim_end();
            if !line.is_empty() {
                content.push(Inline::text(line));
            }
        }
        let content = trim_edges(content);
        if !text_of(&content).trim().is_empty() {
            self.push_block(Block::Paragraph(content));
        }
    }
}
