//! The widget's stylesheet, assembled from one file per component so each component's
//! look lives next to its code. Adopted into every widget's shadow root by `embed`.

/// All component styles in cascade order (tokens first).
pub const STYLESHEET: &str = concat!(
    include_str!("base.css"),
    include_str!("article/article.css"),
    include_str!("carousel/carousel.css"),
    include_str!("carousel/lightbox.css"),
    include_str!("related/related.css"),
    include_str!("error_panel.css"),
);
