//! What the carousel follows once it is on screen, in one effect (each effect costs a
//! task per mount): its own moves, reported to the host page as `reader:slidechange`,
//! and the host's options, applied in place: `loop` changes wrapping, a new `start` moves
//! there, `autoplay` and `autoplay-interval` start, stop or retime rotation (never with
//! one photo or under reduced motion).

use leptos::html;
use leptos::prelude::*;

use super::deck::Deck;
use super::rotation::{Runner, start};
use crate::browser::events::{detail, dispatch, number};
use crate::browser::page::prefers_reduced_motion;
use crate::components::props::Group;
use crate::interaction::carousel::Rotation;
use crate::options::CarouselOptions;

/// Sets the effect up; returns what holds rotation, and whether it runs (for the
/// pause/play control).
pub fn follow(
    deck: Deck,
    options: Group,
    region: NodeRef<html::Section>,
) -> (RwSignal<Rotation>, RwSignal<bool>) {
    let reduced_motion = prefers_reduced_motion();
    let rotation = RwSignal::new(Rotation {
        reduced_motion,
        ..Rotation::default()
    });
    let wanted = move |o: &CarouselOptions| {
        (o.autoplay && deck.total > 1 && !reduced_motion).then_some(o.interval_ms)
    };
    let rotating = RwSignal::new(wanted(&options.with_untracked(|o| o.carousel)).is_some());
    let runner = StoredValue::new_local(None::<Runner>);
    let slides = deck.slides;
    Effect::watch(
        move || (slides.get().current(), options.with(|o| o.carousel)),
        move |(current, now), before, _| {
            // A move (not the first render, and not a change of `loop`, which notifies
            // without moving) is reported to the host page.
            if let (Some(index), Some((Some(was), _))) = (current, before)
                && index != was
                && let Some(el) = region.get_untracked()
            {
                let event = detail(&[("index", number(*index)), ("total", number(deck.total))]);
                dispatch(&el, "reader:slidechange", &event);
            }
            let before = before.map(|(_, o)| o);
            if let Some(before) = before {
                if before.looping != now.looping {
                    slides.update(|s| *s = s.with_looping(now.looping));
                }
                if before.start != now.start {
                    slides.update(|s| *s = s.go_to(now.start));
                }
            }
            let interval = wanted(now);
            if before.is_none_or(|b| wanted(b) != interval) {
                runner.set_value(interval.and_then(|ms| start(deck, rotation, region, ms)));
                rotating.maybe_update(|on| {
                    let changed = *on != interval.is_some();
                    *on = interval.is_some();
                    changed
                });
            }
        },
        true,
    );
    on_cleanup(move || runner.set_value(None));
    (rotation, rotating)
}
