//! The texts one widget shows: its language's chain through the table, with the host's
//! own wording (`strings`) first.

use super::chain::chain;
use super::store::loaded;
use super::table::Block;

/// The texts of one language, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts {
    /// The blocks to look in, most specific first (ends with `en`).
    chain: Vec<&'static Block>,
    /// The host's wording, by key; wins over the table.
    overrides: Vec<(String, String)>,
    /// The tag asked for, when the texts are in its language (`en-GB` for `en` texts).
    asked: Option<String>,
}

impl Texts {
    /// The texts for `tag` (BCP 47; `None` is English), with `overrides` first.
    pub fn new(tag: Option<&str>, overrides: &[(String, String)]) -> Texts {
        let blocks = loaded();
        let known: Vec<&str> = blocks.iter().map(|b| b.tag.as_str()).collect();
        let chain = chain(tag, &known)
            .iter()
            .filter_map(|t| blocks.iter().find(|b| &b.tag == t).copied())
            .collect();
        let mut texts = Texts {
            chain,
            overrides: overrides.to_vec(),
            asked: None,
        };
        let primary = |t: &str| {
            t.split(['-', '_'])
                .next()
                .unwrap_or_default()
                .to_lowercase()
        };
        texts.asked = tag
            .filter(|t| primary(t) == primary(texts.block_lang()))
            .map(str::to_owned);
        texts
    }

    /// The language for `Intl`'s number and list formats, so that "and" and digits match
    /// the words around them: the tag asked for (`en-GB` joins "A, B and C" without
    /// the American comma) when the texts are in its language, else the texts' own.
    pub fn lang(&self) -> &str {
        self.asked.as_deref().unwrap_or_else(|| self.block_lang())
    }

    /// The language of the first block in the chain.
    fn block_lang(&self) -> &str {
        self.chain.first().map_or("en", |b| b.tag.as_str())
    }

    /// The text of `key` (the key itself if no block has it, which a test rules out).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        if let Some((_, v)) = self.overrides.iter().find(|(k, _)| k == key) {
            return v;
        }
        self.chain.iter().find_map(|b| b.get(key)).unwrap_or(key)
    }

    /// The plural form of `key` for a CLDR `category` ("one", "few" …, from
    /// `Intl.PluralRules`), else its `other` form.
    pub fn plural(&self, key: &str, category: &str) -> String {
        let exact = format!("{key}.{category}");
        let text = self.get(&exact);
        if text != exact {
            return text.to_owned();
        }
        self.get(&format!("{key}.other")).to_owned()
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The text before and after `{name}` in `template` ("By {names}" → ("By ", "")), for
/// messages whose placeholder is markup (linked names, a `<time>`).
pub fn around<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let mark = format!("{{{name}}}");
    match template.find(&mark) {
        Some(at) => (&template[..at], &template[at + mark.len()..]),
        None => (template, ""),
    }
}

/// Whether the host may word `key` (`strings`): a key of the English block, or a plural
/// form (`more_stories.few`) of a key that has plural forms there.
pub fn known_key(key: &str) -> bool {
    let Some(en) = loaded().into_iter().find(|b| b.tag == "en") else {
        return false;
    };
    if en.get(key).is_some() {
        return true;
    }
    const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    key.rsplit_once('.').is_some_and(|(base, category)| {
        CATEGORIES.contains(&category) && en.get(&format!("{base}.other")).is_some()
    })
}

/// Every language block held, for tests of the table's completeness.
pub fn blocks() -> Vec<&'static Block> {
    loaded()
}
