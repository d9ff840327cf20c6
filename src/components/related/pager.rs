//! The "Load more" button of a section, and the inline error with a retry when a page
//! could not be loaded.

use leptos::prelude::*;

use super::paging::Paging;
use crate::model::SafeUrl;

/// Paging controls below a section's list (`list_id`).
pub fn pager(
    list_id: String,
    next: RwSignal<Option<SafeUrl>>,
    paging: RwSignal<Paging>,
    on_more: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let loading = move || paging.get() == Paging::Loading;
    view! {
        <div class="rw-related__more" part="related-more">
            {move || match paging.get() {
                Paging::Failed(message) => Some(view! {
                    <p class="rw-related__error" role="alert">
                        "More stories could not be loaded: "{message}" "
                        <button type="button" class="rw-related__button" on:click=move |_| on_more()>
                            "Retry"
                        </button>
                    </p>
                }),
                _ => None,
            }}
            {move || (next.get().is_some() && !matches!(paging.get(), Paging::Failed(_))).then(|| view! {
                <button
                    type="button"
                    class="rw-related__button"
                    part="related-load-more"
                    aria-controls=list_id.clone()
                    aria-busy=move || loading().to_string()
                    disabled=loading
                    on:click=move |_| on_more()
                >
                    {move || if loading() { "Loading…" } else { "Load more" }}
                </button>
            })}
        </div>
    }
}
