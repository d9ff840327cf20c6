//! The "Load more" button of a section, and the inline error with a retry when a page
//! could not be loaded.

use leptos::prelude::*;

use super::paging::Paging;
use crate::components::texts::texts;
use crate::model::SafeUrl;

/// Paging controls below a section's list (`list_id`).
pub fn pager(
    list_id: String,
    next: RwSignal<Option<SafeUrl>>,
    paging: RwSignal<Paging>,
    on_more: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let loading = move || paging.get() == Paging::Loading;
    let t = texts();
    let (retry, load_more, loading_more) =
        (t.get("retry"), t.get("load_more"), t.get("loading_more"));
    let added = move || match paging.get() {
        Paging::Added(n) => t.count("more_stories", n),
        _ => String::new(),
    };
    view! {
        <div class="rw-related__more" part="related-more">
            <p class="rw-visually-hidden" role="status">{added}</p>
            {move || match paging.get() {
                Paging::Failed(message) => Some(view! {
                    <p class="rw-related__error" role="alert">
                        {t.fill("more_failed", &[("message", &message)])}" "
                        <button type="button" class="rw-related__button" on:click=move |_| on_more()>
                            {retry.clone()}
                        </button>
                    </p>
                }),
                _ => None,
            }}
            {move || (next.get().is_some() && !matches!(paging.get(), Paging::Failed(_))).then(|| {
                let (load_more, loading_more) = (load_more.clone(), loading_more.clone());
                view! {
                <button
                    type="button"
                    class="rw-related__button"
                    part="related-load-more"
                    aria-controls=list_id.clone()
                    aria-busy=move || loading().to_string()
                    disabled=loading
                    on:click=move |_| on_more()
                >
                    {move || if loading() { loading_more.clone() } else { load_more.clone() }}
                </button>
            }})}
        </div>
    }
}
