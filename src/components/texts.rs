//! The widget's own words in the reader's language, for every component below the root:
//! the root provides them (see [`provide`]), components ask with [`texts`].

use leptos::prelude::*;

use super::text_content::with_text;
use crate::browser::grammar::{Piece, join_names, number, plural_category};
use crate::i18n::{Texts, around, fill};

/// A handle on the texts of one widget's render; `Copy`, so handlers can keep it.
#[derive(Debug, Clone, Copy)]
pub struct Tr(StoredValue<Texts>);

impl Tr {
    /// The text of `key`.
    pub fn get(&self, key: &str) -> String {
        self.0.with_value(|t| t.get(key).to_owned())
    }

    /// The text of `key` with its placeholders filled.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.0.with_value(|t| fill(t.get(key), values))
    }

    /// `n` in the language's digits.
    pub fn number(&self, n: usize) -> String {
        number(n, &self.lang())
    }

    /// The plural form of `key` for `count`, with `{count}` filled in.
    pub fn count(&self, key: &str, count: usize) -> String {
        let lang = self.lang();
        let template = self
            .0
            .with_value(|t| t.plural(key, &plural_category(count, &lang)));
        fill(&template, &[("count", &number(count, &lang))])
    }

    /// The language the texts are in (for `Intl`).
    pub fn lang(&self) -> String {
        self.0.with_value(|t| t.lang().to_owned())
    }
}

/// Makes `texts` the words of everything rendered below, in this reactive owner.
pub fn provide(texts: Texts) -> Tr {
    let tr = Tr(StoredValue::new(texts));
    provide_context(tr);
    tr
}

/// The words the root provided (English if none was, as in a component test).
pub fn texts() -> Tr {
    use_context::<Tr>().unwrap_or_else(|| Tr(StoredValue::new(Texts::new(None, &[]))))
}

/// The message `key` with its `{names}` joined by the browser in the texts' language
/// ("By A, B and C", "بقلم A وB"), each name drawn by `name` (a link, an isolated span).
pub fn names_line(
    t: Tr,
    key: &str,
    names: &[&str],
    name: &dyn Fn(usize) -> AnyView,
) -> impl IntoView + use<> {
    let parts: Vec<AnyView> = join_names(names, &t.lang())
        .into_iter()
        .map(|p| match p {
            Piece::Between(s) => s.into_any(),
            Piece::Name(i) => name(i),
        })
        .collect();
    let template = t.get(key);
    let (before, after) = around(&template, "names");
    between(before, parts.into_any(), after)
}

/// "Photo: {credit}" with the credit isolated (`<bdi>`: a Latin name inside Arabic text
/// keeps its order).
pub fn credit_line(t: Tr, credit: String) -> impl IntoView + use<> {
    let template = t.get("photo_credit");
    let (before, after) = around(&template, "credit");
    between(
        before,
        with_text(view! { <bdi></bdi> }, credit).into_any(),
        after,
    )
}

/// `middle` among the words a template puts around it; a side with no words is left out
/// (an empty text node still costs two crossings from wasm).
pub fn between(before: &str, middle: AnyView, after: &str) -> AnyView {
    let (before, after) = (before.to_owned(), after.to_owned());
    match (before.is_empty(), after.is_empty()) {
        (true, true) => middle,
        (false, true) => view! { {before}{middle} }.into_any(),
        (true, false) => view! { {middle}{after} }.into_any(),
        (false, false) => view! { {before}{middle}{after} }.into_any(),
    }
}
