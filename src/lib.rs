//! reader-widget: renders a news article, a caption carousel and related-news cards from
//! JSON, as a Leptos component tree compiled to WebAssembly.
//!
//! Data flows one way: input → [`adapters`] → [`model`] (validated) → `components` → DOM.
//! Below the model sit pure helpers: [`url`] (safe URLs), [`text`] (text rules), [`html`]
//! (allowlisted markup → nodes), [`interaction`] (carousel and impression rules) and
//! [`options`] (the element contract). All of these build and test natively; the browser
//! layers (`browser`, `components`, `embed`) exist only on `wasm32`. `docs/architecture.md`
//! draws the layers; `tests/architecture.rs` keeps them.

pub mod adapters;
pub mod html;
pub mod i18n;
pub mod interaction;
pub mod model;
pub mod options;
pub mod text;
pub mod url;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub mod embed;

/// Talc instead of Rust's default dlmalloc: decoding allocates many small strings, and
/// talc is faster at that and smaller in the bundle (measured in `bench/`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
