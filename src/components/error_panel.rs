//! What a reader (and the publisher's developer) sees when a document cannot render: a
//! plain message in the reader's language, then, for the developer, where the document
//! came from and every problem with its JSON path (in English, like the console).

use leptos::callback::UnsyncCallback;
use leptos::prelude::*;

use crate::components::text_content::with_text;
use crate::components::texts::texts;
use crate::model::{Diagnostic, Severity};

/// Why nothing could be rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// Where the document came from (a URL, "the data"), for the developer's line.
    pub origin: String,
    /// The problems behind it, fatal ones first.
    pub problems: Vec<Diagnostic>,
    /// Whether trying again could help (the document came from a request).
    pub retry: bool,
}

/// An alert panel listing the fatal problems (warnings stay in the console and events).
#[component]
pub fn ErrorPanel(
    failure: Failure,
    /// Loads the document again; shown as a Retry button when the failure allows it.
    #[prop(default = None)]
    on_retry: Option<UnsyncCallback<()>>,
) -> impl IntoView {
    let t = texts();
    let items = failure
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Fatal)
        .map(|p| {
            let path = if p.path.is_empty() {
                "document".to_owned()
            } else {
                p.path
            };
            view! {
                <li class="rw-error__problem">
                    {with_text(view! { <code class="rw-error__path"></code> }, path)}": "{p.message}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let has_items = !items.is_empty();
    view! {
        <div class="rw-error" part="error" role="alert">
            {with_text(view! { <p class="rw-error__title"></p> }, t.get("error_title"))}
            <p class="rw-error__origin">{with_text(view! { <code dir="auto"></code> }, failure.origin)}</p>
            {has_items.then(|| view! { <ul class="rw-error__list">{items}</ul> })}
            {on_retry.filter(|_| failure.retry).map(|retry| with_text(
                view! { <button type="button" class="rw-error__retry" part="error-retry" on:click=move |_| retry.run(())></button> },
                t.get("retry"),
            ))}
        </div>
    }
}
