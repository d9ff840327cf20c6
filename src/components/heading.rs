//! A heading whose level the host chooses (`heading-level`), so the widget fits into the
//! page's outline instead of always claiming `h1`.

use leptos::prelude::*;

use super::text_content::Content;

/// Renders `<h{level + offset}>` (clamped to 1–6) with the given class, `part` name and
/// content; `offset` places body headings and card titles below the headline.
pub fn heading(
    level: u8,
    offset: u8,
    class: &'static str,
    part: &'static str,
    id: Option<String>,
    content: Content,
) -> AnyView {
    match level.saturating_add(offset).clamp(1, 6) {
        1 => content
            .fill(view! { <h1 class=class part=part id=id></h1> })
            .into_any(),
        2 => content
            .fill(view! { <h2 class=class part=part id=id></h2> })
            .into_any(),
        3 => content
            .fill(view! { <h3 class=class part=part id=id></h3> })
            .into_any(),
        4 => content
            .fill(view! { <h4 class=class part=part id=id></h4> })
            .into_any(),
        5 => content
            .fill(view! { <h5 class=class part=part id=id></h5> })
            .into_any(),
        _ => content
            .fill(view! { <h6 class=class part=part id=id></h6> })
            .into_any(),
    }
}
