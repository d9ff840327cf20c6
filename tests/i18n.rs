//! The message table, natively: every language complete (or falling back to a parent
//! block), placeholders the same as English's, plural forms well named, the fallback
//! chain, the host's keys, and CJK text that the text rules leave intact.

use std::collections::BTreeSet;

use reader_widget::i18n::store::{TAGS, add, missing};
use reader_widget::i18n::table::{parse, placeholders};
use reader_widget::i18n::{Texts, blocks, known_key};
use reader_widget::text::teaser::clean_teaser;
use reader_widget::text::words::{collapse_whitespace, mark_cut};

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The languages the widget must speak (the list).
const LANGUAGES: [&str; 27] = [
    "en", "es", "fr", "de", "it", "pt", "pt-PT", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru",
    "uk", "tr", "el", "ar", "he", "fa", "hi", "id", "ja", "ko", "zh-Hans", "zh-Hant",
];

/// `more_stories.few` → (`more_stories`, Some(`few`)).
fn split_plural(key: &str) -> (&str, Option<&str>) {
    match key.rsplit_once('.') {
        Some((base, cat)) if CATEGORIES.contains(&cat) => (base, Some(cat)),
        _ => (key, None),
    }
}

fn english() -> &'static reader_widget::i18n::table::Block {
    blocks().into_iter().find(|b| b.tag == "en").unwrap()
}

#[test]
fn every_language_has_one_file_that_parses_and_the_store_knows_it() {
    let mut files: Vec<String> = std::fs::read_dir("src/i18n/messages")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = LANGUAGES.iter().map(|t| format!("{t}.txt")).collect();
    expected.sort();
    assert_eq!(files, expected, "one file per language");
    assert_eq!(
        TAGS, LANGUAGES,
        "the store lists every language, English first"
    );
    for tag in LANGUAGES {
        let text = std::fs::read_to_string(format!("src/i18n/messages/{tag}.txt")).unwrap();
        let parsed = parse(&text).unwrap_or_else(|e| panic!("{tag}.txt: {e}"));
        assert_eq!(parsed.len(), 1, "{tag}.txt holds one block");
        assert_eq!(parsed[0].tag, tag, "{tag}.txt is headed [{tag}]");
        let keys: BTreeSet<&str> = parsed[0].entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys.len(),
            parsed[0].entries.len(),
            "{tag}.txt has a key twice"
        );
    }
    let held: Vec<&str> = blocks().iter().map(|b| b.tag.as_str()).collect();
    assert_eq!(held, LANGUAGES, "native builds hold every language");
    assert!(
        parse("[en]\nno equals sign here").is_err(),
        "a broken line is an error"
    );
    assert!(
        add("[xx]\nnext_photo = x").is_err(),
        "only languages of the widget are taken"
    );
    assert_eq!(
        missing(Some("ar")),
        Vec::<&str>::new(),
        "nothing to fetch natively"
    );
}

#[test]
fn the_browser_imports_every_language_but_english_by_a_literal_path() {
    let js = std::fs::read_to_string("src/browser/tables.js").unwrap();
    let listed: Vec<&str> = js
        .lines()
        .filter_map(|l| l.trim().strip_prefix('"')?.split_once('"'))
        .map(|(tag, rest)| {
            assert!(
                rest.contains(&format!("import(\"../../../../i18n/{tag}.js\")")),
                "{tag}: {rest}"
            );
            tag
        })
        .collect();
    assert_eq!(
        listed,
        TAGS[1..],
        "tables.js lists every language but English"
    );
}

#[test]
fn every_language_has_every_key_or_a_parent_block_to_fall_back_to() {
    let en = english();
    let bases: BTreeSet<&str> = en.entries.iter().map(|(k, _)| split_plural(k).0).collect();
    for b in blocks() {
        let have: BTreeSet<&str> = b.entries.iter().map(|(k, _)| split_plural(k).0).collect();
        let parent = b.tag.split_once('-').map(|(p, _)| p);
        let falls_back = parent.is_some_and(|p| blocks().iter().any(|o| o.tag == p));
        if !falls_back {
            let missing: Vec<_> = bases.difference(&have).collect();
            assert!(missing.is_empty(), "[{}] lacks {missing:?}", b.tag);
        }
        let unknown: Vec<_> = have.difference(&bases).collect();
        assert!(
            unknown.is_empty(),
            "[{}] has keys English lacks: {unknown:?}",
            b.tag
        );
        for (key, text) in &b.entries {
            assert!(!text.trim().is_empty(), "[{}] {key} is blank", b.tag);
            if let (base, Some(_)) = split_plural(key) {
                assert!(
                    b.get(&format!("{base}.other")).is_some() || falls_back,
                    "[{}] {base} has plural forms but no .other",
                    b.tag
                );
            }
        }
    }
}

#[test]
fn placeholders_match_english_in_every_language() {
    let en = english();
    for b in blocks() {
        for (key, text) in &b.entries {
            let (base, plural) = split_plural(key);
            let english_key = match plural {
                Some(_) => format!("{base}.other"),
                None => key.clone(),
            };
            let want: BTreeSet<&str> = placeholders(en.get(&english_key).unwrap())
                .into_iter()
                .collect();
            let have: Vec<&str> = placeholders(text);
            let have_set: BTreeSet<&str> = have.iter().copied().collect();
            assert_eq!(have_set, want, "[{}] {key} = {text}", b.tag);
            assert_eq!(
                have.len(),
                have_set.len(),
                "[{}] {key} repeats a placeholder",
                b.tag
            );
        }
    }
}

#[test]
fn fallback_follows_bcp47_and_lands_on_english() {
    let next = |tag: &str| Texts::new(Some(tag), &[]).get("next_photo").to_owned();
    assert_eq!(next("pt-BR"), next("pt"));
    assert_ne!(next("pt-PT"), next("pt"), "Portugal has its own block");
    assert_eq!(
        Texts::new(Some("pt-PT"), &[]).get("related"),
        Texts::new(Some("pt"), &[]).get("related"),
        "what pt-PT leaves out comes from pt"
    );
    assert_eq!(next("zh-TW"), next("zh-Hant"));
    assert_eq!(next("zh-CN"), next("zh-Hans"));
    assert_eq!(next("iw"), next("he"));
    assert_eq!(next("tlh"), "Next photo");
    assert_eq!(Texts::new(None, &[]).get("next_photo"), "Next photo");
    assert_eq!(
        Texts::new(Some("en-GB"), &[]).lang(),
        "en-GB",
        "Intl keeps the region"
    );
    assert_eq!(
        Texts::new(Some("tlh"), &[]).lang(),
        "en",
        "texts in English join in English"
    );
}

#[test]
fn the_hosts_words_win_and_only_for_real_keys() {
    let overrides = vec![("next_photo".to_owned(), "Onward".to_owned())];
    assert_eq!(
        Texts::new(Some("ar"), &overrides).get("next_photo"),
        "Onward"
    );
    assert_ne!(
        Texts::new(Some("ar"), &overrides).get("previous_photo"),
        "Previous photo"
    );
    assert!(known_key("next_photo") && known_key("more_stories.few"));
    assert!(!known_key("bogus") && !known_key("next_photo.one") && !known_key("more_stories.lots"));
    let plural = vec![(
        "more_stories.one".to_owned(),
        "just {count} more".to_owned(),
    )];
    assert_eq!(
        Texts::new(None, &plural).plural("more_stories", "one"),
        "just {count} more"
    );
    assert_eq!(
        Texts::new(None, &plural).plural("more_stories", "few"),
        "{count} more stories"
    );
}

#[test]
fn full_width_punctuation_and_spaces_survive_the_text_rules() {
    let ja = "北葦原町の「種の図書館」　三つ目の棚が完成。";
    assert_eq!(collapse_whitespace(ja), ja);
    assert_eq!(mark_cut(ja), ja);
    assert_eq!(clean_teaser(ja), ja);
    assert_eq!(
        mark_cut("種の図書館が棚を増やし"),
        "種の図書館が棚を増やし…"
    );
    let zh = "种子图书馆扩建：第三个书架落成（图）";
    assert_eq!(clean_teaser(zh), zh);
}
