//! Which language's texts a widget uses, and what it falls back to: the BCP 47 tag is
//! narrowed step by step (`pt-BR` → `pt` → `en`), with the mappings a plain prefix
//! would miss (`zh-TW` → `zh-Hant`, `zh-CN` and bare `zh` → `zh-Hans`, `pt-PT` keeps its
//! own block, old codes `iw`/`in`/`no` → `he`/`id`/`nb`).

/// The tags to look a message up in, most specific first, ending with `en`; only tags
/// `known` (the table's blocks) are listed.
pub fn chain(tag: Option<&str>, known: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |t: &str| {
        if let Some(k) = known.iter().find(|k| k.eq_ignore_ascii_case(t))
            && !out.iter().any(|o| o == k)
        {
            out.push((*k).to_owned());
        }
    };
    if let Some(tag) = tag {
        let tag = tag.trim().replace('_', "-");
        let parts: Vec<&str> = tag.split('-').filter(|p| !p.is_empty()).collect();
        if let Some(lang) = parts.first() {
            let lang = match lang.to_ascii_lowercase().as_str() {
                "iw" => "he".to_owned(),
                "in" => "id".to_owned(),
                "no" | "nn" => "nb".to_owned(),
                other => other.to_owned(),
            };
            if lang == "zh" {
                push(&format!("zh-{}", chinese_script(&parts[1..])));
            }
            // Most specific first: language-script-region, language-region …
            for len in (2..=parts.len()).rev() {
                push(&format!("{lang}-{}", parts[1..len].join("-")));
            }
            push(&lang);
        }
    }
    push("en");
    out
}

/// `Hant` for Taiwan, Hong Kong and Macau (or an explicit script), else `Hans`.
fn chinese_script(subtags: &[&str]) -> &'static str {
    for s in subtags {
        match s.to_ascii_lowercase().as_str() {
            "hant" | "tw" | "hk" | "mo" => return "Hant",
            "hans" | "cn" | "sg" => return "Hans",
            _ => {}
        }
    }
    "Hans"
}

/// Whether text in `tag` is written right to left.
pub fn is_rtl(tag: &str) -> bool {
    let lang = tag.split(['-', '_']).next().unwrap_or_default();
    matches!(
        lang.to_ascii_lowercase().as_str(),
        "ar" | "he" | "iw" | "fa" | "ur" | "ps" | "sd" | "yi" | "dv" | "ug" | "ckb"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &[&str] = &["en", "pt", "pt-PT", "zh-Hans", "zh-Hant", "he", "nb", "de"];

    #[test]
    fn tags_fall_back_to_what_the_table_has() {
        assert_eq!(chain(Some("pt-BR"), KNOWN), ["pt", "en"]);
        assert_eq!(chain(Some("pt-PT"), KNOWN), ["pt-PT", "pt", "en"]);
        assert_eq!(chain(Some("zh-TW"), KNOWN), ["zh-Hant", "en"]);
        assert_eq!(chain(Some("zh-Hant-HK"), KNOWN), ["zh-Hant", "en"]);
        assert_eq!(chain(Some("zh"), KNOWN), ["zh-Hans", "en"]);
        assert_eq!(chain(Some("zh-CN"), KNOWN), ["zh-Hans", "en"]);
        assert_eq!(chain(Some("iw"), KNOWN), ["he", "en"]);
        assert_eq!(chain(Some("no"), KNOWN), ["nb", "en"]);
        assert_eq!(chain(Some("de_AT"), KNOWN), ["de", "en"]);
        assert_eq!(chain(Some("xx"), KNOWN), ["en"]);
        assert_eq!(chain(None, KNOWN), ["en"]);
    }

    #[test]
    fn right_to_left_languages() {
        assert!(is_rtl("ar") && is_rtl("he-IL") && is_rtl("fa") && is_rtl("ur"));
        assert!(!is_rtl("en") && !is_rtl("ja") && !is_rtl("tr"));
    }
}
