//! Dates formatted by the browser's `Intl`, in the article's language, so every locale
//! gets its own conventions without shipping locale data in the wasm.

#[cfg(not(server_render))]
pub use js::{format_card_date, format_timestamp, prepare, warm_up};
#[cfg(server_render)]
pub use server::{format_card_date, format_timestamp};

/// In the browser: `Intl.DateTimeFormat` and `Intl.RelativeTimeFormat`.
#[cfg(not(server_render))]
mod js {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Object, Reflect};
    use wasm_bindgen::prelude::*;

    use crate::model::{Document, Timestamp};
    use crate::text::relative_time::relative;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
        #[derive(Clone)]
        type DateTimeFormat;

        // `catch`: an unsupported locale throws RangeError, which must not unwind through wasm.
        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
        fn new(locales: &JsValue, options: &Object) -> Result<DateTimeFormat, JsValue>;

        #[wasm_bindgen(method, js_class = "DateTimeFormat", catch)]
        fn format(this: &DateTimeFormat, date: &js_sys::Date) -> Result<JsValue, JsValue>;
    }

    /// "24 November 2026 at 07:30" in `lang` (or the browser's language); a bare date shows
    /// no time and is read in UTC so it never shifts to the previous day.
    pub fn format_timestamp(ts: &Timestamp, lang: Option<&str>) -> String {
        if ts.is_date_only() {
            format_with(ts, lang, &[("dateStyle", "long")])
        } else {
            format_with(ts, lang, &[("dateStyle", "long"), ("timeStyle", "short")])
        }
    }

    /// Formats with `Intl.DateTimeFormat` options; falls back to the browser's locale, then
    /// to the timestamp's own text, so a bad `lang` never breaks rendering.
    fn format_with(ts: &Timestamp, lang: Option<&str>, settings: &[(&str, &str)]) -> String {
        let date = js_sys::Date::new(&JsValue::from_f64(ts.epoch_ms()));
        let key = format!(
            "{}|{}|{settings:?}",
            lang.unwrap_or_default(),
            ts.is_date_only() || ts.is_local()
        );
        with_formatter(&key, || {
            let options = Object::new();
            for (k, v) in settings {
                let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
            }
            // A bare date, or a wall-clock time with no zone, is shown as written: in UTC,
            // where the model placed it, never shifted into the reader's zone.
            if ts.is_date_only() || ts.is_local() {
                let _ = Reflect::set(&options, &"timeZone".into(), &"UTC".into());
            }
            let locale = lang.map_or(JsValue::UNDEFINED, JsValue::from_str);
            DateTimeFormat::new(&locale, &options)
                .or_else(|_| DateTimeFormat::new(&JsValue::UNDEFINED, &options))
                .ok()
        })
        .and_then(|f| f.format(&date).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| ts.as_str().to_owned())
    }

    thread_local! {
        /// "3 hours ago" formatters by language.
        static RELATIVE: RefCell<HashMap<String, Option<RelativeTimeFormat>>> = RefCell::new(HashMap::new());
        /// Formatters by language and options: building an `Intl` formatter costs far more
        /// than using one, and a page formats many dates in few styles.
        static FORMATTERS: RefCell<HashMap<String, Option<DateTimeFormat>>> = RefCell::new(HashMap::new());
    }

    /// The cached formatter for `key`, built by `make` on first use (`None` if it failed).
    fn with_formatter(
        key: &str,
        make: impl FnOnce() -> Option<DateTimeFormat>,
    ) -> Option<DateTimeFormat> {
        FORMATTERS.with(|cache| {
            if let Some(f) = cache.borrow().get(key) {
                return f.clone();
            }
            let f = make();
            cache.borrow_mut().insert(key.to_owned(), f.clone());
            f
        })
    }

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = Intl, js_name = RelativeTimeFormat)]
        #[derive(Clone)]
        type RelativeTimeFormat;

        #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "RelativeTimeFormat", catch)]
        fn new(locales: &JsValue, options: &Object) -> Result<RelativeTimeFormat, JsValue>;

        #[wasm_bindgen(method, js_class = "RelativeTimeFormat", catch)]
        fn format(this: &RelativeTimeFormat, value: f64, unit: &str) -> Result<JsValue, JsValue>;
    }

    /// A card's date: "3 hours ago" / "yesterday" within a week, else "24 Nov 2026".
    pub fn format_card_date(ts: &Timestamp, lang: Option<&str>) -> String {
        let locale = lang.map_or(JsValue::UNDEFINED, JsValue::from_str);
        // "3 hours ago" needs an instant; a wall-clock time with no zone is shown as a date.
        let relative = (!ts.is_local())
            .then(|| relative(js_sys::Date::now(), ts.epoch_ms()))
            .flatten();
        if let Some((value, unit)) = relative {
            let formatter = RELATIVE.with(|cache| {
                let key = lang.unwrap_or_default();
                if let Some(f) = cache.borrow().get(key) {
                    return f.clone();
                }
                let options = Object::new();
                let _ = Reflect::set(&options, &"numeric".into(), &"auto".into());
                let f = RelativeTimeFormat::new(&locale, &options)
                    .or_else(|_| RelativeTimeFormat::new(&JsValue::UNDEFINED, &options))
                    .ok();
                cache.borrow_mut().insert(key.to_owned(), f.clone());
                f
            });
            let text = formatter
                .and_then(|f| f.format(value as f64, unit.as_str()).ok())
                .and_then(|v| v.as_string());
            if let Some(text) = text {
                return text;
            }
        }
        format_with(ts, lang, &[("dateStyle", "medium")])
    }

    /// Builds the formatters a document's dates will use before it renders: the first
    /// `Intl` formatter of a page costs ~15 ms, which a long document's loader pays in a
    /// task of its own instead of in the render task (kept under 50 ms).
    pub fn prepare(doc: &Document, lang: Option<&str>) {
        let article = &doc.article;
        for ts in article.published.iter().chain(&article.updated) {
            format_timestamp(ts, lang);
        }
        let cards = doc.related.iter().flat_map(|s| &s.items);
        if let Some(ts) = cards.filter_map(|c| c.published.as_ref()).next() {
            format_card_date(ts, lang);
        }
    }

    /// Initialises `Intl` (the embed layer calls it in idle time after the module loads). A
    /// page's first `Intl` formatter costs 13–30 ms whatever its locale (later ones, any
    /// locale, about 0.5 ms), and would otherwise land in the task that first renders a
    /// document.
    pub fn warm_up() {
        if let Ok(ts) = Timestamp::parse("2026-01-01") {
            format_timestamp(&ts, None);
        }
    }
}

/// On a server rendering HTML: the date as the publisher wrote it (a server does not
/// know the reader's zone, and "3 hours ago" would be stale in a cached page); the
/// browser's text replaces it when the widget comes alive.
#[cfg(server_render)]
mod server {
    use crate::model::Timestamp;
    use crate::text::server_locale::written_date;

    /// "November 24, 2026 at 7:30 AM" in the publisher's zone.
    pub fn format_timestamp(ts: &Timestamp, lang: Option<&str>) -> String {
        written_date(ts.as_str(), lang.unwrap_or("en"), false)
    }

    /// A card's date: "Nov 24, 2026".
    pub fn format_card_date(ts: &Timestamp, lang: Option<&str>) -> String {
        written_date(ts.as_str(), lang.unwrap_or("en"), true)
    }
}
