//! The browser, as the components and the embed layer use it: events for the host page,
//! timers and listeners that end with their owner, scheduling between tasks and frames,
//! page conditions (reduced motion, hidden tab), `Intl` formatting, the language files
//! of the widget's texts and the formats module. Only here does Rust reach for
//! `web_sys` on behalf of more than one layer.

pub mod events;
pub mod formats;
pub mod grammar;
pub mod intl;
pub mod page;
pub mod schedule;
pub mod tables;

pub use gloo_events::EventListener;
pub use gloo_timers::callback::{Interval, Timeout};
