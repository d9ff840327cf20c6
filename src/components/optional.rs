//! Optional pieces of a view that cost nothing when absent: a `None` in a view is a
//! comment marker in the DOM (two crossings from wasm), which adds up over every card
//! and caption. These pick between two shapes instead (`Either`): a rebuild that
//! switches shape puts the new one where the old one stood.

use leptos::either::Either;

/// `first`, then `second` if there is one.
pub fn then_maybe<A, B>(first: A, second: Option<B>) -> Either<(A, B), A> {
    match second {
        Some(second) => Either::Left((first, second)),
        None => Either::Right(first),
    }
}

/// `first` if there is one, then `second`.
pub fn maybe_then<A, B>(first: Option<A>, second: B) -> Either<(A, B), B> {
    match first {
        Some(first) => Either::Left((first, second)),
        None => Either::Right(second),
    }
}
