//! The host's options as the components read them: one signal per component's option
//! group, set only when that group changes, so changing `loop` touches the carousel
//! alone and `layout` the cards alone, and nothing rebuilds what it does not show.

use leptos::prelude::*;

use crate::options::WidgetOptions;

/// The signal of one option group. Every group's signal holds the whole
/// [`WidgetOptions`] (one signal type for all groups keeps the wasm smaller: each signal
/// type is compiled anew), but it is set, and so notifies its readers, only when its own
/// group changed.
pub type Group = RwSignal<WidgetOptions>;

/// Signals of one widget's options, set by the embed layer.
#[derive(Debug, Clone, Copy)]
pub struct Props {
    /// Headline level and language: they shape the whole article.
    pub article: Group,
    /// Loop, start, autoplay and its interval.
    pub carousel: Group,
    /// Card layout.
    pub related: Group,
    /// Card link options (`link-target`, `noreferrer`).
    pub links: Group,
}

impl Props {
    /// Signals holding `options` (created in the current reactive owner).
    pub fn new(options: &WidgetOptions) -> Props {
        Props {
            article: RwSignal::new(options.clone()),
            carousel: RwSignal::new(options.clone()),
            related: RwSignal::new(options.clone()),
            links: RwSignal::new(options.clone()),
        }
    }

    /// Applies new options; a group whose part did not change notifies nobody.
    pub fn set(&self, options: &WidgetOptions) {
        set_if(self.article, options, |a, b| a.article != b.article);
        set_if(self.carousel, options, |a, b| a.carousel != b.carousel);
        set_if(self.related, options, |a, b| {
            a.related.layout != b.related.layout
        });
        set_if(self.links, options, |a, b| {
            (&a.related.target, a.related.noreferrer) != (&b.related.target, b.related.noreferrer)
        });
    }
}

/// Sets `signal` to `options` when `changed` says its group differs.
fn set_if(
    signal: Group,
    options: &WidgetOptions,
    changed: fn(&WidgetOptions, &WidgetOptions) -> bool,
) {
    signal.maybe_update(|current| {
        let differs = changed(current, options);
        if differs {
            *current = options.clone();
        }
        differs
    });
}
