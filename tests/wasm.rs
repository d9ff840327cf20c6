#![cfg(target_arch = "wasm32")]
//! Components and the embed layer in headless Chromium: what a reader would see for
//! given model values, and what the host page receives.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use reader_widget::components::{Props, Widget, WidgetState};
use reader_widget::model::{Document, decode};
use reader_widget::options::{ArticleOptions, WidgetOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn parse(json: &str) -> Document {
    let json = reader_widget::model::json::parse(json).unwrap();
    decode(&json).document.expect("valid test document")
}

/// Lets Leptos run its scheduled effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

const ARTICLE: &str = r#"{"version":1,"article":{
    "headline":"Bridge reopens","deck":"After six months","section":"Local",
    "lang":"en-GB","dateline":"RIVERTON —",
    "bylines":[{"name":"Ada Lee","url":"https://x.org/ada"},{"name":"Bo Chen"},{"name":"Cy Diaz"}],
    "published":"2026-03-04T10:15:00Z",
    "media":[{"src":"a.svg","width":300,"height":200,"caption":"First","credit":"Ann"},
             {"src":"b.svg","width":300,"height":200,"alt":"Second alt","caption":"Second"},
             {"src":"c.svg","caption":"Third"}],
    "body":[{"type":"paragraph","html":"One <a href='https://x.org/'>link</a> <b>bold</b>"},
            {"type":"heading","text":"Sub"},
            {"type":"quote","text":"Q","cite":"Who"},
            {"type":"list","ordered":true,"items":["a","b"]},
            {"type":"separator"},
            {"type":"paragraph","text":"<script>window.__pwned=1</script>"}],
    "contributors":"Research by Di"},
  "related":[{"title":"More","items":[{"url":"/1","title":"Card one","teaser":"T"},
                                     {"url":"/2","title":"Card two","image":{"src":"i.svg","credit":"Cam"}}]},
             {"title":"Empty","items":[]}]}"#;

fn render(doc: Document, level: u8) -> (Element, RwSignal<WidgetState>) {
    let el = host();
    let out = Rc::new(RefCell::new(None));
    let out2 = out.clone();
    let handle = leptos::mount::mount_to(el.clone(), move || {
        let state = RwSignal::new(WidgetState::Ready(Arc::new(doc.article)));
        let related = RwSignal::new(doc.related);
        let props = Props::new(&WidgetOptions {
            article: ArticleOptions {
                heading_level: level,
                ..ArticleOptions::default()
            },
            ..WidgetOptions::default()
        });
        *out2.borrow_mut() = Some(state);
        view! { <Widget state=state props=props related=related /> }
    });
    handle.forget();
    let state = out.borrow_mut().take().unwrap();
    (el.into(), state)
}

#[wasm_bindgen_test]
fn article_renders_headline_meta_and_body() {
    let (root, _) = render(parse(ARTICLE), 1);
    assert_eq!(text(&root, "h1.rw-article__headline"), "Bridge reopens");
    assert_eq!(
        text(&root, ".rw-article__byline"),
        "By Ada Lee, Bo Chen and Cy Diaz"
    );
    let author = root
        .query_selector(".rw-article__byline a")
        .unwrap()
        .unwrap();
    assert_eq!(
        author.get_attribute("href").as_deref(),
        Some("https://x.org/ada")
    );
    let time = root.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2026-03-04T10:15:00Z")
    );
    assert!(
        time.text_content().unwrap().contains("2026"),
        "formatted date"
    );
    let first_p = text(&root, ".rw-article__body > p");
    assert!(first_p.starts_with("RIVERTON — One link bold"), "{first_p}");
    assert_eq!(text(&root, "h2.rw-article__subhead"), "Sub");
    assert_eq!(text(&root, "blockquote"), "Q");
    assert_eq!(all(&root, "ol li").len(), 2);
    assert_eq!(all(&root, "hr").len(), 1);
    assert_eq!(text(&root, ".rw-article__contributors"), "Research by Di");
    // Text that looks like markup stays text.
    let last = all(&root, ".rw-article__body > p").pop().unwrap();
    assert_eq!(
        last.text_content().unwrap(),
        "<script>window.__pwned=1</script>"
    );
    assert!(all(&root, "script").is_empty());
    assert_eq!(
        root.query_selector(".rw-root")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en-GB")
    );
}

#[wasm_bindgen_test]
fn heading_level_shifts_the_whole_outline() {
    let (root, _) = render(parse(ARTICLE), 3);
    assert_eq!(all(&root, "h3.rw-article__headline").len(), 1);
    assert_eq!(all(&root, "h4.rw-article__subhead").len(), 1);
    assert_eq!(all(&root, "h4.rw-related__title").len(), 1);
    assert_eq!(all(&root, "h5.rw-card__title").len(), 2);
}

#[wasm_bindgen_test]
async fn carousel_follows_the_apg_pattern_and_moves() {
    let (root, _) = render(parse(ARTICLE), 1);
    let region = root.query_selector(".rw-carousel").unwrap().unwrap();
    assert_eq!(
        region.get_attribute("aria-roledescription").as_deref(),
        Some("carousel")
    );
    assert!(region.get_attribute("aria-label").is_some());
    let slides = all(&root, ".rw-carousel__slide");
    assert_eq!(slides.len(), 3);
    assert_eq!(
        slides[1].get_attribute("aria-label").as_deref(),
        Some("2 of 3")
    );
    assert_eq!(slides[0].get_attribute("role").as_deref(), Some("group"));
    assert!(!slides[0].has_attribute("inert") && slides[1].has_attribute("inert"));
    let imgs = all(&root, ".rw-carousel__image");
    assert_eq!(
        imgs[0].get_attribute("alt").as_deref(),
        Some("First"),
        "alt falls back to caption"
    );
    assert_eq!(imgs[1].get_attribute("alt").as_deref(), Some("Second alt"));
    assert_eq!(imgs[2].get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(imgs[0].get_attribute("width").as_deref(), Some("300"));
    assert_eq!(text(&root, ".rw-carousel__counter"), "1 / 3");
    let prev: HtmlElement = root
        .query_selector(".rw-carousel__button--prev")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let next: HtmlElement = root
        .query_selector(".rw-carousel__button--next")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(prev.get_attribute("aria-disabled").as_deref(), Some("true"));
    next.click();
    tick().await;
    assert_eq!(text(&root, ".rw-carousel__counter"), "2 / 3");
    assert!(slides[0].has_attribute("inert") && !slides[1].has_attribute("inert"));
    assert_eq!(text(&root, "[aria-live=polite]"), "Photo 2 of 3: Second");
    next.click();
    tick().await;
    assert_eq!(
        next.get_attribute("aria-disabled").as_deref(),
        Some("true"),
        "no wrap without loop"
    );
}

#[wasm_bindgen_test]
fn single_photo_has_no_controls_and_none_renders_nothing() {
    let mut doc = parse(ARTICLE);
    doc.article.media.truncate(1);
    let (root, _) = render(doc.clone(), 1);
    assert_eq!(all(&root, ".rw-carousel__slide").len(), 1);
    assert!(all(&root, ".rw-carousel__button, .rw-carousel__counter").is_empty());
    doc.article.media.clear();
    let (root, _) = render(doc, 1);
    assert!(all(&root, ".rw-carousel").is_empty());
}

#[wasm_bindgen_test]
fn related_cards_render_per_section_and_skip_empty_ones() {
    let (root, _) = render(parse(ARTICLE), 1);
    let sections = all(&root, ".rw-related");
    assert_eq!(sections.len(), 1, "empty section leaves no heading");
    assert_eq!(text(&root, ".rw-related__title"), "More");
    let cards = all(&root, ".rw-card");
    assert_eq!(cards.len(), 2);
    assert!(cards[0].class_list().contains("rw-card--text"));
    let links = all(&root, ".rw-card a");
    assert_eq!(links.len(), 2, "one link per card");
    assert_eq!(links[1].get_attribute("href").as_deref(), Some("/2"));
    assert_eq!(text(&root, ".rw-card__credit"), "Photo: Cam");
}

#[wasm_bindgen_test]
async fn error_state_shows_an_alert_with_paths() {
    let (root, state) = render(parse(ARTICLE), 1);
    let decoded = decode(&reader_widget::model::Json::Object(vec![]));
    state.set(WidgetState::Failed(reader_widget::components::Failure {
        origin: "the data".into(),
        problems: decoded.diagnostics.into_vec(),
        retry: false,
    }));
    tick().await;
    let panel = root.query_selector("[role=alert]").unwrap().expect("alert");
    assert!(panel.text_content().unwrap().contains("article: missing"));
    assert!(all(&root, ".rw-article").is_empty());
}

#[wasm_bindgen_test]
async fn mount_api_renders_updates_and_unmounts() {
    let el = host();
    let events = Rc::new(RefCell::new(Vec::<String>::new()));
    let log = events.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        log.borrow_mut().push(e.type_());
    });
    for name in ["reader:ready", "reader:error", "reader:warning"] {
        document()
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .unwrap();
    }
    listener.forget();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(
        &options,
        &"data".into(),
        &js_sys::JSON::parse(ARTICLE).unwrap(),
    )
    .unwrap();
    // The first render already holds the data: the DOM is committed when mount returns.
    let mut handle = reader_widget::embed::mount(el.clone(), options.into()).unwrap();
    let shadow = el.shadow_root().expect("open shadow root");
    let adopted = js_sys::Reflect::get(&shadow, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(js_sys::Array::from(&adopted).length(), 1, "styles adopted");
    let root: Element = shadow.query_selector(".rw-root").unwrap().unwrap();
    assert_eq!(text(&root, ".rw-article__headline"), "Bridge reopens");
    assert_eq!(events.borrow().as_slice(), ["reader:ready"]);

    handle.update(
        js_sys::JSON::parse(r#"{"version":9,"article":{"headline":"x"},"bogus":1}"#).unwrap(),
    );
    tick().await;
    assert!(shadow.query_selector("[role=alert]").unwrap().is_some());
    assert_eq!(
        events.borrow().as_slice(),
        ["reader:ready", "reader:warning", "reader:error"]
    );

    handle.unmount();
    assert_eq!(
        shadow.child_element_count(),
        0,
        "unmount empties the shadow root"
    );
}

/// Text-only elements (`with_text`, `Content`) hold exactly their text: one text node,
/// no comment marker (an `empty` one holds nothing at all); a slot switching between
/// text and nodes, or between two text-only elements, shows what it was last given and
/// nothing else.
#[wasm_bindgen_test]
async fn text_only_elements_hold_their_text_through_switches() {
    use leptos::either::Either;
    use reader_widget::components::text_content::{Content, empty, with_text};

    let el = host();
    let rich = RwSignal::new(false);
    let shown = RwSignal::new(true);
    let label = RwSignal::new("first".to_owned());
    let _handle = leptos::mount::mount_to(el.clone(), move || {
        view! {
            <div>
                {with_text(view! { <p class="plain"></p> }, "a <b>not markup</b> & text")}
                {empty(view! { <button class="bare"></button> })}
                <div class="slot">
                    {move || {
                        let content = if rich.get() {
                            Content::Nodes(view! { <em>"marked"</em> }.into_any())
                        } else {
                            Content::Text(label.get())
                        };
                        content.fill(view! { <span class="switch"></span> })
                    }}
                </div>
                <div class="toggle">
                    {move || if shown.get() {
                        Either::Left(with_text(view! { <b></b> }, "here"))
                    } else {
                        Either::Right(with_text(view! { <i></i> }, "gone"))
                    }}
                </div>
            </div>
        }
    });
    let root: Element = el.clone().into();
    let plain = root.query_selector(".plain").unwrap().unwrap();
    assert_eq!(plain.child_nodes().length(), 1);
    assert_eq!(
        plain.first_child().unwrap().node_type(),
        web_sys::Node::TEXT_NODE
    );
    assert_eq!(plain.text_content().unwrap(), "a <b>not markup</b> & text");
    assert_eq!(plain.children().length(), 0, "text never parsed as markup");
    assert_eq!(text(&root, ".switch"), "first");
    let bare = root.query_selector(".bare").unwrap().unwrap();
    assert_eq!(
        bare.child_nodes().length(),
        0,
        "an empty element holds no marker"
    );

    label.set("second".to_owned());
    tick().await;
    assert_eq!(text(&root, ".switch"), "second");
    assert_eq!(all(&root, ".switch").len(), 1);

    rich.set(true);
    tick().await;
    assert_eq!(text(&root, ".switch em"), "marked");
    assert_eq!(text(&root, ".slot"), "marked");

    rich.set(false);
    tick().await;
    assert_eq!(text(&root, ".slot"), "second");

    shown.set(false);
    tick().await;
    assert_eq!(text(&root, ".toggle"), "gone");
    shown.set(true);
    tick().await;
    assert_eq!(text(&root, ".toggle"), "here");
    assert_eq!(all(&root, ".toggle > *").len(), 1);
}

/// The stylesheet compiled in (comments and layout whitespace removed by `build.rs`)
/// means to the browser exactly what the component files say: the same rules, selectors
/// and declarations, rule by rule.
#[wasm_bindgen_test]
fn compact_stylesheet_parses_to_the_same_rules_as_the_sources() {
    use js_sys::Reflect;
    let sources = [
        include_str!("../src/components/base.css"),
        include_str!("../src/components/article/article.css"),
        include_str!("../src/components/embeds/embeds.css"),
        include_str!("../src/components/carousel/carousel.css"),
        include_str!("../src/components/carousel/lightbox.css"),
        include_str!("../src/components/related/related.css"),
        include_str!("../src/components/error_panel.css"),
    ]
    .join("\n");
    let rules = |css: &str| -> Vec<String> {
        let sheet = web_sys::CssStyleSheet::new().unwrap();
        sheet.replace_sync(css).unwrap();
        let list = Reflect::get(&sheet, &"cssRules".into()).unwrap();
        let len = Reflect::get(&list, &"length".into())
            .unwrap()
            .as_f64()
            .unwrap() as u32;
        (0..len)
            .map(|i| {
                let rule = Reflect::get(&list, &i.into()).unwrap();
                Reflect::get(&rule, &"cssText".into())
                    .unwrap()
                    .as_string()
                    .unwrap()
            })
            .collect()
    };
    let compact = reader_widget::components::styles::STYLESHEET;
    assert!(
        compact.len() < sources.len(),
        "the compiled-in sheet is the compact one"
    );
    assert!(!compact.contains("/*"), "no comment is compiled in");
    let expected = rules(&sources);
    assert!(expected.len() > 100, "the sources parse to every rule");
    assert_eq!(rules(compact), expected);
}
