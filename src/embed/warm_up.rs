//! Getting the widget's code compiled while the page is idle, before a document needs it.
//!
//! V8 compiles a wasm function the first time it is called, on the main thread. The
//! first document a page shows therefore pays for compiling most of the widget (about
//! 850 functions, 15–30 ms on a 2-core machine) on top of rendering it. When the page
//! goes idle before any widget has shown a document (the data is still on the network,
//! or the widget mounts further down the page later), the widget mounts a small built-in
//! sample through its own `mount()`, off the page, and unmounts it: the real document
//! then runs code that is already compiled, and partly optimised.
//!
//! The sample's host lives in a `<template>`'s inert content, so nothing of it is laid
//! out, visible, heard by the page's listeners or fetched (images there never load). Each
//! step is an idle task of its own, and the warm-up stops once a widget has shown a
//! document.

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTemplateElement, Performance};

use super::mount::{ReaderHandle, mount_with};
use super::registry::shown;
use crate::browser::intl;
use crate::browser::schedule::{next_task, when_idle};

/// Original sample text covering every block type, the carousel and the related cards.
const SAMPLE: &str = include_str!(concat!(env!("OUT_DIR"), "/warm_up.json"));

/// Name of the `performance.measure` entries the warm-up's renders leave, so hosts can
/// tell the widget's idle work apart in their performance tools.
pub(crate) const MEASURE: &str = "reader-widget warm-up";

/// Mounts of the sample. Odd rounds pass it as `data` to `mount()` (the path of data
/// given with the page); even rounds mount empty and `update()` (the path of a fetched
/// document replacing the loading state). Later rounds run faster and let V8 optimise
/// the hottest functions.
const ROUNDS: u32 = 4;

/// Starts the warm-up: `Intl` first, then the rounds of mounting the sample.
pub(crate) fn start_when_idle() {
    when_idle(|| {
        intl::warm_up();
        round(1);
    });
}

/// One round: mount the sample in an idle task, unmount it in an idle task once it is
/// built. The first round, all of whose code runs cold, is built a part per task (as a
/// takeover is), so the warm-up itself never holds the page for long.
fn round(n: u32) {
    when_idle(move || {
        if n > ROUNDS || shown() {
            return;
        }
        if let Some(mut handle) = mount_off_page(n % 2 == 1, n == 1) {
            let built = handle.settled();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(built).await;
                when_idle(move || {
                    handle.unmount();
                    round(n + 1);
                });
            });
        }
    });
}

/// Mounts the sample into a host inside an inert `<template>`, with the data given at
/// once or as an update after the loading state.
fn mount_off_page(with_data: bool, in_parts: bool) -> Option<ReaderHandle> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let performance = window.performance();
    let start = performance.as_ref().map(Performance::now);
    let template: HtmlTemplateElement =
        document.create_element("template").ok()?.dyn_into().ok()?;
    let host: HtmlElement = document.create_element("div").ok()?.unchecked_into();
    template.content().append_child(&host).ok()?;
    let data = js_sys::JSON::parse(SAMPLE).ok()?;
    let options = js_sys::Object::new();
    if with_data {
        js_sys::Reflect::set(&options, &"data".into(), &data).ok()?;
    }
    let handle = mount_with(host, options.into(), in_parts).ok();
    if let Some(handle) = handle.as_ref().filter(|_| !with_data) {
        handle.update(data);
    }
    if let (Some(p), Some(start)) = (performance, start) {
        measure_after_render(p, start);
    }
    handle
}

/// Records the render's duration once Leptos has applied it (in this task's
/// microtasks), as a `performance.measure` entry named [`MEASURE`].
fn measure_after_render(performance: Performance, start: f64) {
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
        // The options form of `measure`, which web-sys has only behind another feature.
        if let Ok(measure) = js_sys::Reflect::get(&performance, &"measure".into()) {
            let measure: js_sys::Function = measure.unchecked_into();
            let _ = measure.call2(&performance, &MEASURE.into(), &options);
        }
    });
}
