//! Dates formatted by the browser's `Intl`, in the article's language, so every locale
//! gets its own conventions without shipping locale data in the wasm.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::Timestamp;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
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
    let options = Object::new();
    let set = |k: &str, v: &str| {
        let _ = Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("dateStyle", "long");
    if ts.is_date_only() {
        set("timeZone", "UTC");
    } else {
        set("timeStyle", "short");
    }
    let date = js_sys::Date::new(&JsValue::from_f64(ts.epoch_ms()));
    let locale = lang.map_or(JsValue::UNDEFINED, JsValue::from_str);
    DateTimeFormat::new(&locale, &options)
        .or_else(|_| DateTimeFormat::new(&JsValue::UNDEFINED, &options))
        .and_then(|f| f.format(&date))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| ts.as_str().to_owned())
}
