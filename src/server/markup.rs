//! The element's markup for a page: the same component tree the browser mounts, rendered
//! to HTML inside a declarative shadow root, with the document inline for the takeover.

use std::sync::Arc;

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

use super::options::{RenderOptions, Stylesheet, writable};
use super::script::script_safe_json;
use crate::adapters::to_native_json;
use crate::components::styles::STYLESHEET;
use crate::components::{Props, Widget, WidgetState};
use crate::html::escape;
use crate::model::Document;
use crate::options::read_options;

/// `document` as a `<reader-widget>` element ready to paste into a page: readable with
/// script off, taken over by the widget when `reader-widget.js` loads.
pub fn render_html(document: &Document, options: &RenderOptions) -> String {
    let mut out = String::from("<reader-widget");
    for (name, value) in &options.attributes {
        // A name is written as is: nothing but the element's own may pass, even when the
        // caller filled `attributes` directly.
        if writable(name) {
            out.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
    }
    out.push_str("><template shadowrootmode=\"open\">");
    out.push_str(&stylesheet(&options.stylesheet));
    out.push_str(&shadow_content(document, options));
    out.push_str("</template><script type=\"application/json\">");
    out.push_str(&script_safe_json(&to_native_json(document).to_string()));
    out.push_str("</script></reader-widget>");
    out
}

/// The shadow root's styles: the widget's stylesheet, inline or linked.
fn stylesheet(sheet: &Stylesheet) -> String {
    match sheet {
        Stylesheet::Inline => format!("<style>{STYLESHEET}</style>"),
        Stylesheet::Link(href) => format!("<link rel=\"stylesheet\" href=\"{}\">", escape(href)),
    }
}

/// The CSP source that allows the inline `<style>` (`'sha256-…'`, for `style-src`).
pub fn style_hash() -> String {
    format!(
        "'sha256-{}'",
        base64(&Sha256::digest(STYLESHEET.as_bytes()))
    )
}

/// Standard base64 with padding (CSP hashes are written in it).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n =
            chunk.iter().fold(0u32, |acc, b| acc << 8 | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The component tree as HTML, in the container the browser's widget mounts into.
fn shadow_content(document: &Document, options: &RenderOptions) -> String {
    let mut widget_options = read_options(|name| options.attribute(name));
    widget_options.article.strings = options.strings.clone();
    let article = Arc::new(document.article.clone());
    let related = document.related.clone();
    let owner = Owner::new();
    owner.with(|| {
        let props = Props::new(&widget_options);
        let state = RwSignal::new(WidgetState::Ready(article));
        let related = RwSignal::new(related);
        // "Load more" is drawn (hidden until script runs) so the takeover moves nothing.
        let load_more = UnsyncCallback::new(|_| {});
        view! {
            <div class="rw-mount rw-mount--static">
                <Widget state=state props=props related=related load_more=load_more />
            </div>
        }
        .to_html()
    })
}
