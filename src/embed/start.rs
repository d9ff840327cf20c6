//! The one way a widget starts, for the element and `mount()` alike: data given with
//! the page renders in the first frame (long data over several tasks, other formats once
//! the formats module is here), otherwise `src`
//! is fetched, otherwise inline JSON is read; related stories load alongside.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::instance::{Hooks, Shared};
use super::options::Start;
use super::related::load_page;
use super::shown::Shown;
use super::source::{FROM_DATA, FROM_INLINE, Given, read_text, read_value};
use super::takeover::server_rendering;
use super::texts::language_for;
use crate::adapters::Format;
use crate::browser::tables;

/// Mounts a widget into `host` and starts its loads. Precedence: `data`, then `src`,
/// then inline JSON.
pub(crate) fn start(host: HtmlElement, start: Start) -> Result<Shared, JsValue> {
    let format = start
        .options
        .source
        .format
        .as_deref()
        .and_then(Format::from_name);
    let given = match (&start.data, &start.src, start.inline) {
        (Some(data), _, _) => Some((read_value(data, format), FROM_DATA)),
        (None, Some(_), _) => None,
        // A server's rendering is on screen already: its document is read in slices
        // of its own, not in the task that defines the element (see `takeover`).
        (None, None, Some(text)) if taking_over(&host) => {
            Some((Given::Later(text, format), FROM_INLINE))
        }
        (None, None, Some(text)) => Some((read_text(text, format), FROM_INLINE)),
        (None, None, None) => None,
    };
    // Data in a language whose texts are still to be fetched waits for them.
    let (given, waiting) = match given {
        Some((Given::Decoded(decoded), origin))
            if !tables::ready(language_for(&start.options, &decoded).as_deref()) =>
        {
            (None, Some((decoded, origin)))
        }
        other => (other, None),
    };
    let (shown, later) = match given {
        Some((Given::Decoded(decoded), origin)) => (Shown::of(decoded, origin, false), None),
        Some((Given::Later(text, format), origin)) => {
            (Shown::loading(), Some((text, format, origin)))
        }
        None => (Shown::loading(), None),
    };
    let fetch = start
        .src
        .filter(|_| start.data.is_none() && later.is_none() && waiting.is_none());
    let (ready, problems) = (shown.ready(), shown.problems.clone());
    let announce_now = !matches!(shown.state, crate::components::WidgetState::Loading);
    let hooks = Hooks {
        retry: Shared::retry,
        load_page,
    };
    let shared = Shared::mount(host.clone(), &start.options, shown, hooks, start.in_parts)?;
    // The first render already shows the data: the DOM is committed when this returns.
    if announce_now {
        shared.take_over_and_announce(ready, problems);
    }
    if let Some(related) = &start.related {
        shared.set_related_value(related);
    } else if let Some(url) = start.related_src {
        shared.load_related_src(url);
    }
    if let Some(src) = fetch {
        shared.load_src(src);
    }
    if let Some((text, format, origin)) = later {
        shared.load_later(text, format, origin);
    }
    if let Some((decoded, origin)) = waiting {
        shared.load_decoded(decoded, origin);
    }
    // The loading state and the error panel speak the page's language too.
    shared.ensure_texts();
    Ok(shared)
}

/// Whether `host` shows a server's rendering that this widget will take over.
fn taking_over(host: &HtmlElement) -> bool {
    host.shadow_root()
        .and_then(|s| server_rendering(&s))
        .is_some()
}
