//! The line under the headline: who wrote it, when it was published and updated, in the
//! reader's language ("By A, B and C" joined by the browser's `Intl.ListFormat`).

use leptos::prelude::*;

use crate::browser::intl::format_timestamp;
use crate::components::text_content::with_text;
use crate::components::texts::{Tr, between, names_line, texts};
use crate::i18n::around;
use crate::model::{Byline, Timestamp};

/// Bylines and times; dates follow `lang` (the host's override or the article's).
pub fn meta(
    bylines: Vec<Byline>,
    published: Option<Timestamp>,
    updated: Option<Timestamp>,
    lang: Option<String>,
) -> impl IntoView {
    let t = texts();
    view! {
        <div class="rw-article__meta" part="meta">
            {(!bylines.is_empty()).then(|| byline_view(&bylines, t))}
            {published.map(|ts| time_view("rw-article__published", None, &ts, lang.as_deref()))}
            {updated.map(|ts| time_view("rw-article__updated", Some(t.get("updated")), &ts, lang.as_deref()))}
        </div>
    }
}

/// "By {names}": each name its own element (a link to the author's page when given,
/// isolated with `dir="auto"` so a Latin name reads right inside Arabic text).
fn byline_view(bylines: &[Byline], t: Tr) -> impl IntoView + use<> {
    let names: Vec<&str> = bylines.iter().map(|b| b.name.as_str()).collect();
    let line = names_line(t, "byline", &names, &|i| {
        let name = bylines[i].name.clone();
        match bylines[i].url.as_ref() {
            Some(url) => with_text(view! { <a class="rw-article__author rw-link" rel="author" dir="auto" href=url.as_str().to_owned()></a> }, name)
            .into_any(),
            None => with_text(view! { <span class="rw-article__author" dir="auto"></span> }, name).into_any(),
        }
    });
    view! { <p class="rw-article__byline" part="byline">{line}</p> }
}

/// A date in a `<time>`; `template` ("Updated {date}") places it among words.
fn time_view(
    class: &'static str,
    template: Option<String>,
    ts: &Timestamp,
    lang: Option<&str>,
) -> impl IntoView + use<> {
    let datetime = ts.as_str().to_owned();
    let template = template.unwrap_or_else(|| "{date}".to_owned());
    let (before, after) = around(&template, "date");
    let time = with_text(
        view! { <time datetime={datetime}></time> },
        format_timestamp(ts, lang),
    );
    view! { <p class=class>{between(before, time.into_any(), after)}</p> }
}
