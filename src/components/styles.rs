//! The widget's stylesheet, assembled from one file per component so each component's
//! look lives next to its code. Adopted into every widget's shadow root by `embed`.

/// All component styles in cascade order (tokens first), as `build.rs` joins them (its
/// `STYLES` list) and writes them without comments and layout whitespace.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
