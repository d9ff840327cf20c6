//! The line under the headline: who wrote it, when it was published and updated.

use leptos::prelude::*;

use crate::browser::intl::format_timestamp;
use crate::model::{Byline, Timestamp};
use crate::text::byline::{Part, join_names};

/// Bylines and times; dates follow `lang` (the host's override or the article's).
pub fn meta(
    bylines: Vec<Byline>,
    published: Option<Timestamp>,
    updated: Option<Timestamp>,
    lang: Option<String>,
) -> impl IntoView {
    view! {
        <div class="rw-article__meta" part="meta">
            {(!bylines.is_empty()).then(|| byline_view(&bylines))}
            {published.map(|t| time_view("rw-article__published", None, &t, lang.as_deref()))}
            {updated.map(|t| time_view("rw-article__updated", Some("Updated"), &t, lang.as_deref()))}
        </div>
    }
}

fn byline_view(bylines: &[Byline]) -> impl IntoView + use<> {
    let names: Vec<&str> = bylines.iter().map(|b| b.name.as_str()).collect();
    let parts: Vec<AnyView> = join_names(&names)
        .into_iter()
        .map(|p| match p {
            Part::Sep(s) => s.into_any(),
            Part::Name(i, name) => {
                let name = name.to_owned();
                match bylines[i].url.as_ref() {
                    Some(url) => view! {
                        <a class="rw-article__author rw-link" rel="author" href=url.as_str().to_owned()>{name}</a>
                    }
                    .into_any(),
                    None => view! { <span class="rw-article__author">{name}</span> }.into_any(),
                }
            }
        })
        .collect();
    view! { <p class="rw-article__byline" part="byline">"By "{parts}</p> }
}

fn time_view(
    class: &'static str,
    label: Option<&'static str>,
    ts: &Timestamp,
    lang: Option<&str>,
) -> impl IntoView + use<> {
    let datetime = ts.as_str().to_owned();
    view! {
        <p class=class>
            {label.map(|l| format!("{l} "))}
            <time datetime=datetime>{format_timestamp(ts, lang)}</time>
        </p>
    }
}
