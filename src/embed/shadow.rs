//! The widget's open shadow root and its styles. One constructable stylesheet is shared
//! by every widget on the page (`adoptedStyleSheets`: no inline `<style>`, so a strict
//! `style-src 'self'` CSP holds).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::components::styles::STYLESHEET;

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The shared sheet, built on first use.
fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(STYLESHEET)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// Returns `host`'s open shadow root (creating it) with the widget styles adopted.
pub(crate) fn open_shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let sheets = js_sys::Array::of1(&sheet()?.into());
    if let Err(e) = js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &sheets) {
        // A sheet is tied to the document it was made in. A host in a document without
        // a window (a `<template>`'s content, as in the idle warm-up) is never shown, so
        // it needs no styles; anywhere else the failure is real.
        if in_a_window(host) {
            return Err(e);
        }
    }
    Ok(shadow)
}

/// Whether `host` belongs to a document that is shown in a window.
pub(crate) fn in_a_window(host: &HtmlElement) -> bool {
    host.owner_document()
        .and_then(|d| d.default_view())
        .is_some()
}
