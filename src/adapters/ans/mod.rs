//! Arc XP ANS → model (being written).

use crate::model::{Decoded, Diagnostics, Json, RelatedSection};

/// Converts a Arc XP ANS document to an article.
pub(crate) fn convert(_root: &Json) -> Decoded {
    Decoded::fatal("", "Arc XP ANS is not supported yet")
}

/// Related stories of a Arc XP ANS document.
pub(crate) fn related(_root: &Json) -> (Vec<RelatedSection>, Diagnostics) {
    (Vec::new(), Diagnostics::default())
}
