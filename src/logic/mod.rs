//! Interaction rules of the components as plain Rust state machines, so the math (index
//! clamping, wrapping, RTL mirroring, drag thresholds) is tested natively, not in a browser.

pub mod byline;
pub mod carousel;
pub mod impressions;
pub mod relative_time;
pub mod teaser;
