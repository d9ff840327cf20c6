//! Taking over a server-rendered widget (`render_html`'s declarative shadow root): the
//! browser's widget renders off-screen, then replaces the server's nodes in one task, so
//! no frame shows both or neither. Layout is the same on both sides (the same components
//! and stylesheet), focus moves to the same control, and a photo the reader scrolled the
//! strip to stays shown.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRoot};

/// The server's rendering inside `shadow`, if the page brought one.
pub(crate) fn server_rendering(shadow: &ShadowRoot) -> Option<Element> {
    // `:scope` matches nothing in a shadow root (it is no element): walk its children.
    let children = shadow.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(|child| child.class_list().contains("rw-mount--static"))
}

/// The photo the reader scrolled the server's strip to (0 if none or unscrolled).
pub(crate) fn scrolled_photo(rendering: &Element) -> usize {
    let Some(strip) = rendering
        .query_selector(".rw-carousel__viewport")
        .ok()
        .flatten()
    else {
        return 0;
    };
    let width = f64::from(strip.client_width());
    if width <= 0.0 {
        return 0;
    }
    // RTL strips scroll to negative offsets.
    (f64::from(strip.scroll_left()).abs() / width).round() as usize
}

/// What can hold focus, in document order: the same list on both sides (the server's
/// strip is focusable only there; focus on it goes to the live carousel's Next).
const FOCUSABLE: &str = "a[href], button, [tabindex]:not(.rw-carousel__viewport)";
const STRIP: &str = ".rw-carousel__viewport";
const NEXT: &str = ".rw-carousel__button--next";

/// Replaces `rendering` with `container` (the live widget), moving focus along.
pub(crate) fn swap(shadow: &ShadowRoot, rendering: &Element, container: &HtmlElement) {
    let focused = shadow
        .active_element()
        .filter(|el| rendering.contains(Some(el)));
    let on_strip = focused
        .as_ref()
        .is_some_and(|el| el.matches(STRIP).unwrap_or(false));
    let position = focused.and_then(|el| position_of(rendering, &el));
    if rendering.replace_with_with_node_1(container).is_err() {
        return;
    }
    let target = if on_strip {
        container
            .query_selector(NEXT)
            .ok()
            .flatten()
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    } else {
        position.and_then(|i| focusable(container).nth(i))
    };
    if let Some(target) = target {
        let _ = target.focus();
    }
}

/// The index of `el` among `root`'s focusable elements.
fn position_of(root: &Element, el: &Element) -> Option<usize> {
    focusable(root).position(|candidate| candidate.is_same_node(Some(el)))
}

fn focusable(root: &Element) -> impl Iterator<Item = HtmlElement> {
    let list = root.query_selector_all(FOCUSABLE).ok();
    let len = list.as_ref().map_or(0, |l| l.length());
    (0..len).filter_map(move |i| {
        list.as_ref()
            .and_then(|l| l.item(i))
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
    })
}
