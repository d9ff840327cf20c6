//! Grammar the browser knows for every language, so the wasm carries none: names joined
//! as a list ("A, B and C", "A، B و C", "A、B、C"), the plural category of a count, and
//! numbers in the language's digits. Each formatter is built once per language.

pub use crate::text::server_locale::Piece;
#[cfg(not(server_render))]
pub use js::{join_names, number, plural_category};
#[cfg(server_render)]
pub use server::{join_names, number, plural_category};

/// In the browser: `Intl`.
#[cfg(not(server_render))]
mod js {
    use super::Piece;
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Object, Reflect};
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = ListFormat)]
        #[derive(Clone)]
        type ListFormat;

        // `catch`: an unsupported locale throws RangeError, which must not unwind through wasm.
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "ListFormat", catch)]
        fn new(locales: &JsValue, options: &Object) -> Result<ListFormat, JsValue>;

        #[wasm_bindgen(method, js_class = "ListFormat", js_name = formatToParts, catch)]
        fn format_to_parts(this: &ListFormat, list: &Array) -> Result<Array, JsValue>;

        #[wasm_bindgen(js_namespace = Intl, js_name = PluralRules)]
        #[derive(Clone)]
        type PluralRules;

        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "PluralRules", catch)]
        fn new(locales: &JsValue) -> Result<PluralRules, JsValue>;

        #[wasm_bindgen(method, js_class = "PluralRules", catch)]
        fn select(this: &PluralRules, n: f64) -> Result<JsValue, JsValue>;

        #[wasm_bindgen(js_namespace = Intl, js_name = NumberFormat)]
        #[derive(Clone)]
        type NumberFormat;

        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "NumberFormat", catch)]
        fn new(locales: &JsValue) -> Result<NumberFormat, JsValue>;

        #[wasm_bindgen(method, js_class = "NumberFormat", catch)]
        fn format(this: &NumberFormat, n: f64) -> Result<JsValue, JsValue>;
    }

    thread_local! {
        static LISTS: RefCell<HashMap<String, Option<ListFormat>>> = RefCell::new(HashMap::new());
        static PLURALS: RefCell<HashMap<String, Option<PluralRules>>> = RefCell::new(HashMap::new());
        static NUMBERS: RefCell<HashMap<String, Option<NumberFormat>>> = RefCell::new(HashMap::new());
    }

    /// The cached formatter of `lang` in `cache`, built by `make` on first use.
    fn cached<T: Clone>(
        cache: &'static std::thread::LocalKey<RefCell<HashMap<String, Option<T>>>>,
        lang: &str,
        make: impl FnOnce(&JsValue) -> Option<T>,
    ) -> Option<T> {
        cache.with(|c| {
            if let Some(f) = c.borrow().get(lang) {
                return f.clone();
            }
            let f = make(&JsValue::from_str(lang));
            c.borrow_mut().insert(lang.to_owned(), f.clone());
            f
        })
    }

    /// `names` joined as a list in `lang` ("A, B and C"); where `Intl.ListFormat` is
    /// missing, with ", " between them.
    pub fn join_names(names: &[&str], lang: &str) -> Vec<Piece> {
        let fallback = || {
            (0..names.len())
                .flat_map(|i| {
                    let sep = (i > 0).then(|| Piece::Between(", ".to_owned()));
                    sep.into_iter().chain([Piece::Name(i)])
                })
                .collect()
        };
        let formatter = cached(&LISTS, lang, |locale| {
            let options = Object::new();
            let _ = Reflect::set(&options, &"type".into(), &"conjunction".into());
            ListFormat::new(locale, &options).ok()
        });
        let list: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
        let Some(parts) = formatter.and_then(|f| f.format_to_parts(&list).ok()) else {
            return fallback();
        };
        let mut next = 0;
        let mut out = Vec::new();
        for part in parts.iter() {
            let kind = Reflect::get(&part, &"type".into())
                .ok()
                .and_then(|v| v.as_string());
            let value = Reflect::get(&part, &"value".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            if kind.as_deref() == Some("element") && next < names.len() {
                out.push(Piece::Name(next));
                next += 1;
            } else {
                out.push(Piece::Between(value));
            }
        }
        if next == names.len() { out } else { fallback() }
    }

    /// The CLDR plural category of `n` in `lang` ("one", "few" …); "other" if unknown.
    pub fn plural_category(n: usize, lang: &str) -> String {
        cached(&PLURALS, lang, |locale| PluralRules::new(locale).ok())
            .and_then(|p| p.select(n as f64).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "other".to_owned())
    }

    /// `n` in `lang`'s digits and grouping ("4,000", "٤٬٠٠٠").
    pub fn number(n: usize, lang: &str) -> String {
        cached(&NUMBERS, lang, |locale| NumberFormat::new(locale).ok())
            .and_then(|f| f.format(n as f64).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }
}

/// On a server rendering HTML: the rules of [`crate::text::server_locale`].
#[cfg(server_render)]
mod server {
    use super::Piece;
    use crate::text::server_locale::{join_plain, number_plain, plural_plain};

    /// `names` joined as a list in `lang`.
    pub fn join_names(names: &[&str], lang: &str) -> Vec<Piece> {
        join_plain(names.len(), lang)
    }

    /// The CLDR plural category of `n` in `lang`.
    pub fn plural_category(n: usize, lang: &str) -> String {
        plural_plain(n, lang).to_owned()
    }

    /// `n` in `lang`'s digits.
    pub fn number(n: usize, lang: &str) -> String {
        number_plain(n, lang)
    }
}
