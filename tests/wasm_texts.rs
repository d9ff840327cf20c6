#![cfg(target_arch = "wasm32")]
//! Browser test: every word the widget writes comes from its message table. With every
//! message replaced by a marker and a document written only in Japanese, no Latin letter
//! may be left in what a reader sees or hears (text, labels, announcements).

use reader_widget::i18n::table::placeholders;
use reader_widget::i18n::{blocks, known_key};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, Node};

wasm_bindgen_test_configure!(run_in_browser);

/// A document without a Latin letter in any text a reader sees.
const ARTICLE: &str = r#"{"version":1,"article":{
    "headline":"橋が再開","deck":"半年ぶりに","section":"地域","lang":"ja",
    "dateline":"川辺町発","bylines":[{"name":"山田花子","url":"https://x.org/h"},{"name":"田中一郎"}],
    "published":"2026-03-04T10:15:00Z","updated":"2026-03-05T08:00:00Z",
    "media":[{"src":"a.svg","width":300,"height":200,"caption":"一枚目の写真。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。長い説明がここに続きます。","credit":"佐藤"},
             {"src":"b.svg","width":300,"height":200,"alt":"二枚目","caption":"二枚目"},
             {"src":"c.svg","caption":"三枚目"}],
    "body":[{"type":"paragraph","text":"本文です。"},{"type":"list","items":["一","二"]}],
    "contributors":["鈴木","高橋"]},
  "related":[{"title":"関連","items":[{"url":"/1","title":"記事一","teaser":"要約"},
                                     {"url":"/2","title":"記事二","image":{"src":"i.svg","credit":"撮影者"}}],
              "next":"/page2.json"}]}"#;

/// Every message as a marker keeping its placeholders ("By {names}" → "◆{names}◆").
fn marker_strings() -> js_sys::Object {
    let strings = js_sys::Object::new();
    let en = blocks()
        .into_iter()
        .find(|b| b.tag == "en")
        .expect("an English block");
    for (key, text) in &en.entries {
        assert!(known_key(key));
        let kept: String = placeholders(text)
            .iter()
            .map(|p| format!("{{{p}}}"))
            .collect();
        js_sys::Reflect::set(&strings, &key.into(), &format!("◆{kept}◆").into()).unwrap();
    }
    strings
}

/// Mounts `data` with every message replaced, once it shows. The Japanese file is added
/// here as the page would have fetched it (this test's server does not serve the
/// package), so names are joined the Japanese way.
async fn mount(data: &str) -> (HtmlElement, reader_widget::embed::ReaderHandle) {
    reader_widget::i18n::store::add(include_str!("../src/i18n/messages/ja.txt")).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    let options = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&options, &k.into(), v).unwrap();
    set("data", &js_sys::JSON::parse(data).unwrap());
    set("strings", &marker_strings());
    set("lang", &"ja".into());
    let handle = reader_widget::embed::mount(el.clone(), options.into()).unwrap();
    wasm_bindgen_futures::JsFuture::from(handle.settled())
        .await
        .unwrap();
    (el, handle)
}

async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Text and labels under `node` that hold a Latin letter, skipping the developer's lines
/// of the error panel (they stay English, like the console).
fn latin_in(node: &Node, found: &mut Vec<String>) {
    if let Some(el) = node.dyn_ref::<Element>() {
        if el
            .closest(".rw-error__origin, .rw-error__list")
            .ok()
            .flatten()
            .is_some()
            || matches!(el.tag_name().as_str(), "STYLE" | "SCRIPT")
        {
            return;
        }
        for name in [
            "aria-label",
            "aria-roledescription",
            "aria-valuetext",
            "title",
            "alt",
        ] {
            if let Some(v) = el.get_attribute(name).filter(|v| has_latin(v)) {
                found.push(format!("<{}> {name}={v:?}", el.tag_name()));
            }
        }
    }
    if node.node_type() == Node::TEXT_NODE {
        let text = node.text_content().unwrap_or_default();
        if has_latin(&text) {
            found.push(format!("text {text:?}"));
        }
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            latin_in(&child, found);
        }
    }
}

fn has_latin(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_alphabetic())
}

#[wasm_bindgen_test]
async fn no_word_of_the_widget_is_written_outside_the_table() {
    let (el, _handle) = mount(ARTICLE).await;
    let shadow = el.shadow_root().unwrap();
    // Move once, so the live region holds an announcement too.
    let next: HtmlElement = shadow
        .query_selector(".rw-carousel__button--next")
        .unwrap()
        .expect("a next button")
        .unchecked_into();
    next.click();
    tick().await;
    let mut found = Vec::new();
    latin_in(&shadow, &mut found);
    assert!(
        found.is_empty(),
        "written outside the message table: {found:#?}"
    );
    assert!(shadow.text_content().unwrap_or_default().contains('◆'));
}

#[wasm_bindgen_test]
async fn the_error_panel_speaks_the_readers_language() {
    let (el, _handle) = mount(r#"{"version":1,"article":{}}"#).await;
    tick().await;
    let shadow = el.shadow_root().unwrap();
    let alert = shadow
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    let mut found = Vec::new();
    latin_in(&alert, &mut found);
    assert!(
        found.is_empty(),
        "written outside the message table: {found:#?}"
    );
    // The developer's lines are still there, in English.
    assert!(alert.query_selector(".rw-error__list").unwrap().is_some());
}
