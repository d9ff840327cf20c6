//! Lists: each item keeps its links and emphasis, and a list inside an item stays a list
//! nested under it (down to [`MAX_LIST_DEPTH`]; deeper lists become text of their item).
//! Images in list items are offered to the reader as such (they are icons, as a rule).

use super::elements::{BOUNDARIES, LISTS, SKIP, find_end};
use super::walker::{Walker, is_emoji};
use super::{Block, Reader};
use crate::html::attrs::Attrs;
use crate::html::inline::inline_nodes;
use crate::html::nodes::{Inline, List, ListItem, MAX_LIST_DEPTH, text_of};
use crate::html::plain::{collapse_spaces, trim_edges};
use crate::html::tokenizer::Token;

impl<R: Reader> Walker<'_, R> {
    /// A `<ul>` or `<ol>` whose content is `tokens`.
    pub(super) fn list(&mut self, ordered: bool, tokens: &[Token]) {
        let list = self.read_list(ordered, tokens, 1);
        if !list.items.is_empty() {
            self.push_block(Block::List(list));
        }
    }

    fn read_list(&mut self, ordered: bool, tokens: &[Token], depth: usize) -> List {
        // Split at the `<li>` of this list; nested lists stay inside their item.
        let mut items: Vec<&[Token]> = Vec::new();
        let mut nesting = 0usize;
        let mut start = 0;
        for (i, t) in tokens.iter().enumerate() {
            match t {
                Token::Start { name, .. } if LISTS.contains(&name.as_str()) => nesting += 1,
                Token::End { name } if LISTS.contains(&name.as_str()) => {
                    nesting = nesting.saturating_sub(1)
                }
                Token::Start { name, .. } if name == "li" && nesting == 0 => {
                    items.push(&tokens[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        items.push(&tokens[start..]);
        let items = items
            .into_iter()
            .filter_map(|item| self.list_item(item, depth))
            .collect();
        List { ordered, items }
    }

    /// One item: its rich text, and the lists inside it as its nested list.
    fn list_item(&mut self, tokens: &[Token], depth: usize) -> Option<ListItem> {
        let mut inline: Vec<Token> = Vec::new();
        let mut nested: Option<List> = None;
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                Token::Start { name, .. } if SKIP.contains(&name.as_str()) => {
                    i = self.skip(tokens, i);
                    continue;
                }
                Token::Start { name, attrs } if name == "img" && is_emoji(Attrs(attrs)) => {
                    inline.extend(Attrs(attrs).get("alt").map(|a| Token::Text(a.to_owned())));
                }
                Token::Start { name, attrs } if name == "img" => self.image(Attrs(attrs), true),
                Token::Start { name, .. } if LISTS.contains(&name.as_str()) => {
                    let (end, next) = find_end(tokens, i + 1, LISTS, LISTS);
                    let sub = self.read_list(name == "ol", &tokens[i + 1..end], depth + 1);
                    if depth < MAX_LIST_DEPTH {
                        match &mut nested {
                            Some(list) => list.items.extend(sub.items),
                            None => nested = Some(sub).filter(|l| !l.items.is_empty()),
                        }
                    } else {
                        // Too deep: its words stay, as text of this item.
                        for item in sub.items {
                            inline.push(Token::Text(format!(" {}", text_of(&item.content))));
                        }
                    }
                    i = next;
                    continue;
                }
                Token::Start { name, .. } | Token::End { name }
                    if name != "br" && BOUNDARIES.contains(&name.as_str()) =>
                {
                    inline.push(Token::Text(" ".to_owned()));
                }
                other => inline.push(other.clone()),
            }
            i += 1;
        }
        let content: Vec<Inline> = trim_edges(collapse_spaces(inline_nodes(&inline)));
        let has_text = !text_of(&content).trim().is_empty();
        (has_text || nested.is_some()).then_some(ListItem {
            content,
            list: nested,
        })
    }
}
