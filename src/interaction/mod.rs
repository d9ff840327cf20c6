//! Interaction rules of the components as plain Rust state machines, so the math (index
//! clamping, wrapping, RTL mirroring, drag thresholds, when a card counts as seen) is
//! tested natively, not in a browser.

pub mod carousel;
pub mod impressions;
