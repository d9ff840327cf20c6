//! Apple News Format → model (being written).

use crate::model::{Decoded, Diagnostics, Json, RelatedSection};

/// Converts a Apple News Format document to an article.
pub(crate) fn convert(_root: &Json) -> Decoded {
    Decoded::fatal("", "Apple News Format is not supported yet")
}

/// Related stories of a Apple News Format document.
pub(crate) fn related(_root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    (Vec::new(), Diagnostics::default())
}
