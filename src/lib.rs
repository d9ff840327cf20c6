//! reader-widget: renders a news article, a caption carousel and related-news cards from
//! JSON, as a Leptos component tree compiled to WebAssembly.
//!
//! Data flows one way: input → [`adapters`] → [`model`] (validated) → `components` → DOM.
//! The pure layers ([`model`], [`adapters`], [`richtext`]) build and test natively; the
//! browser layers (`components`, `embed`) exist only on `wasm32`.

pub mod adapters;
pub mod logic;
pub mod model;
pub mod richtext;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod embed;

/// Talc instead of Rust's default dlmalloc: decoding allocates many small strings, and
/// talc is faster at that and smaller in the bundle (measured in `bench/`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
