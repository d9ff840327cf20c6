//! What a decoded document puts on screen: the article or the error panel, the related
//! sections, and the problems the host page hears of.

use std::sync::Arc;

use crate::components::{Failure, WidgetState};
use crate::model::{Decoded, Diagnostic, RelatedSection};

/// What a decoded document puts on screen, and the problems to report about it.
pub(crate) struct Shown {
    pub state: WidgetState,
    pub related: Vec<RelatedSection>,
    pub problems: Vec<Diagnostic>,
}

impl Shown {
    /// The article (or its error panel) for `decoded`, which came from `origin`;
    /// `retry`: the error panel offers to load it again.
    pub(crate) fn of(decoded: Decoded, origin: &str, retry: bool) -> Shown {
        let problems = decoded.diagnostics.into_vec();
        match decoded.document {
            Some(doc) => Shown {
                state: WidgetState::Ready(Arc::new(doc.article)),
                related: doc.related,
                problems,
            },
            None => Shown {
                state: WidgetState::Failed(Failure {
                    origin: origin.to_owned(),
                    problems: problems.clone(),
                    retry,
                }),
                related: Vec::new(),
                problems,
            },
        }
    }

    /// The loading state, before any document.
    pub(crate) fn loading() -> Shown {
        Shown {
            state: WidgetState::Loading,
            related: Vec::new(),
            problems: Vec::new(),
        }
    }

    /// Whether an article shows.
    pub(crate) fn ready(&self) -> bool {
        matches!(self.state, WidgetState::Ready(_))
    }
}
