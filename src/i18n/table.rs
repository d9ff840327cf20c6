//! The message format: a language file (`messages/<tag>.txt`) read into its block of
//! entries. The text format is the one place translations live.

/// One language block: its tag and its `key = text` entries, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub tag: String,
    pub entries: Vec<(String, String)>,
}

impl Block {
    /// The text of `key` in this block, if it has one.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the table format (see the header of `messages/en.txt`): `[tag]` starts a block,
/// `key = text` adds an entry, `#` lines and blank lines are skipped. Lines that are
/// none of these are reported, so a broken edit cannot pass unnoticed.
pub fn parse(text: &str) -> Result<Vec<Block>, String> {
    let mut blocks: Vec<Block> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(tag) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            blocks.push(Block {
                tag: tag.trim().to_owned(),
                entries: Vec::new(),
            });
            continue;
        }
        let (Some(block), Some((key, value))) = (blocks.last_mut(), line.split_once(" = ")) else {
            return Err(format!(
                "line {}: expected `[tag]` or `key = text`: {line}",
                n + 1
            ));
        };
        block
            .entries
            .push((key.trim().to_owned(), value.to_owned()));
    }
    Ok(blocks)
}

/// The placeholders of a message (`{names}`, `{n}`), in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}
