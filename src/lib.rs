//! reader-widget: renders a news article, a caption carousel and related-news cards from
//! JSON, as a Leptos component tree compiled to WebAssembly.
//!
//! Data flows one way: input → [`adapters`] → [`model`] (validated) → `components` → DOM,
//! or → HTML on a server (`server`, native builds: [`render_html`]).
//! Below the model sit pure helpers: [`url`] (safe URLs), [`text`] (text rules), [`html`]
//! (allowlisted markup → nodes), [`interaction`] (carousel and impression rules) and
//! [`options`] (the element contract). All of these build and test natively; so do the
//! components (Leptos's `ssr` rendering natively, `csr` on `wasm32`), whose browser-only
//! work goes through `browser`, which natively stands in with plain-text rules. `embed`
//! exists only on `wasm32`. `docs/architecture.md`
//! draws the layers; `tests/architecture.rs` keeps them.

// Server rendering (`to_html`) names deep view types, past the default limit of 128.
#![recursion_limit = "256"]

pub mod adapters;
pub mod html;
pub mod i18n;
pub mod interaction;
pub mod model;
pub mod options;
pub mod text;
pub mod url;

// `server_render` (set by build.rs): every native build, and the wasm build for
// JavaScript servers (`ssr` feature). The components then write HTML, not DOM.
#[cfg(all(server_render, feature = "widget"))]
pub mod server;
#[cfg(all(server_render, feature = "widget"))]
pub use server::{RenderOptions, Stylesheet, render_html};

#[cfg(feature = "widget")]
pub mod browser;
#[cfg(feature = "widget")]
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "widget", not(server_render)))]
pub mod embed;

/// Talc instead of Rust's default dlmalloc: decoding allocates many small strings, and
/// talc is faster at that and smaller in the bundle (measured in `bench/`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
