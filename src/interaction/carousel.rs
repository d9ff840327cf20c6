//! Which slide is current and where each input takes it.

/// A key the carousel reacts to, already named (from `KeyboardEvent.key`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Left,
    Right,
    Home,
    End,
}

impl Key {
    /// Maps a `KeyboardEvent.key` value; other keys are not ours to handle.
    pub fn from_dom(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "Home" => Key::Home,
            "End" => Key::End,
            _ => return None,
        })
    }
}

/// Position in a list of `len` slides. An empty carousel has no current slide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slides {
    len: usize,
    index: usize,
    looping: bool,
}

impl Slides {
    /// Starts at `start`, clamped into range.
    pub fn new(len: usize, start: usize, looping: bool) -> Slides {
        Slides {
            len,
            index: start.min(len.saturating_sub(1)),
            looping,
        }
    }

    /// Current slide, or `None` when there are no slides.
    pub fn current(&self) -> Option<usize> {
        (self.len > 0).then_some(self.index)
    }

    /// Controls (buttons, counter, keys) only make sense with two or more slides.
    pub fn has_controls(&self) -> bool {
        self.len > 1
    }

    /// Whether "previous" can move (always, when looping with 2+ slides).
    pub fn can_prev(&self) -> bool {
        self.has_controls() && (self.looping || self.index > 0)
    }

    /// Whether "next" can move.
    pub fn can_next(&self) -> bool {
        self.has_controls() && (self.looping || self.index + 1 < self.len)
    }

    /// Moves forward one slide, wrapping only when looping.
    pub fn next(self) -> Slides {
        self.go(self.index as isize + 1)
    }

    /// Moves back one slide, wrapping only when looping.
    pub fn prev(self) -> Slides {
        self.go(self.index as isize - 1)
    }

    /// The same position with wrapping turned on or off (the host changed `loop`).
    pub fn with_looping(self, looping: bool) -> Slides {
        Slides { looping, ..self }
    }

    /// Jumps to slide `i` (clamped).
    pub fn go_to(self, i: usize) -> Slides {
        Slides::new(self.len, i, self.looping)
    }

    fn go(self, target: isize) -> Slides {
        if self.len == 0 {
            return self;
        }
        let len = self.len as isize;
        let index = if self.looping {
            target.rem_euclid(len)
        } else {
            target.clamp(0, len - 1)
        };
        Slides {
            index: index as usize,
            ..self
        }
    }

    /// Applies a key; in right-to-left text the arrows are mirrored, since "next" lies to
    /// the left there.
    pub fn key(self, key: Key, rtl: bool) -> Slides {
        match (key, rtl) {
            (Key::Right, false) | (Key::Left, true) => self.next(),
            (Key::Left, false) | (Key::Right, true) => self.prev(),
            (Key::Home, _) => self.go_to(0),
            (Key::End, _) => self.go_to(self.len.saturating_sub(1)),
        }
    }

    /// Slides that load eagerly: the current one and its neighbours.
    pub fn is_near(&self, i: usize) -> bool {
        i.abs_diff(self.index) <= 1
            || (self.looping && self.len > 2 && i.abs_diff(self.index) == self.len - 1)
    }
}

/// Why automatic rotation may be held: it runs only when nothing holds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rotation {
    /// The reader pressed pause (stays until they press play).
    pub paused: bool,
    pub hovered: bool,
    pub focused: bool,
    /// The tab is in the background.
    pub hidden: bool,
    /// The carousel is scrolled out of view.
    pub offscreen: bool,
    /// `prefers-reduced-motion: reduce`: rotation never runs.
    pub reduced_motion: bool,
}

impl Rotation {
    /// True when the next tick should advance the slide.
    pub fn running(&self) -> bool {
        !(self.paused
            || self.hovered
            || self.focused
            || self.hidden
            || self.offscreen
            || self.reduced_motion)
    }
}

/// Advances for one autoplay tick: rotation always wraps, even without `loop`, since a
/// show that stops at the end looks broken.
pub fn tick(s: Slides) -> Slides {
    if s.can_next() { s.next() } else { s.go_to(0) }
}

/// Captions longer than this many characters start clamped, with a "more" toggle.
pub const CLAMP_CAPTION_CHARS: usize = 140;

/// Dots (the tabs picker) are shown for 2 to this many slides; beyond, the counter is
/// clearer than a row of tiny targets.
pub const MAX_DOTS: usize = 12;

/// A finished pointer drag, in CSS pixels and milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Drag {
    pub dx: f64,
    pub dy: f64,
    pub ms: f64,
    /// Width of the slide viewport.
    pub width: f64,
}

/// What a drag asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swipe {
    Next,
    Prev,
    Stay,
}

impl Drag {
    /// A swipe counts when it is mostly horizontal and either travels a fifth of the
    /// viewport (at least 40 px) or is a quick flick (≥ 0.5 px/ms over ≥ 20 px).
    pub fn swipe(&self, rtl: bool) -> Swipe {
        let ax = self.dx.abs();
        if ax <= self.dy.abs() * 1.2 {
            return Swipe::Stay;
        }
        let far = ax >= (self.width * 0.2).max(40.0);
        let fast = ax >= 20.0 && self.ms > 0.0 && ax / self.ms >= 0.5;
        if !(far || fast) {
            return Swipe::Stay;
        }
        // Dragging content to the left reveals the next slide in LTR.
        match (self.dx < 0.0, rtl) {
            (true, false) | (false, true) => Swipe::Next,
            _ => Swipe::Prev,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_single_have_no_current_or_controls() {
        let empty = Slides::new(0, 3, true);
        assert_eq!(empty.current(), None);
        assert_eq!(empty.next().current(), None);
        assert!(!empty.has_controls() && !empty.can_next() && !empty.can_prev());
        let one = Slides::new(1, 0, true);
        assert_eq!(one.next().current(), Some(0));
        assert!(!one.has_controls() && !one.can_next());
    }

    #[test]
    fn clamps_without_loop_and_wraps_with_it() {
        let s = Slides::new(3, 9, false);
        assert_eq!(s.current(), Some(2));
        assert!(!s.can_next() && s.can_prev());
        assert_eq!(s.next().current(), Some(2));
        assert_eq!(Slides::new(3, 0, false).prev().current(), Some(0));
        let l = Slides::new(3, 2, true);
        assert!(l.can_next());
        assert_eq!(l.next().current(), Some(0));
        assert_eq!(l.next().prev().current(), Some(2));
        assert_eq!(Slides::new(3, 0, true).prev().current(), Some(2));
    }

    #[test]
    fn keys_mirror_in_rtl() {
        let s = Slides::new(5, 2, false);
        assert_eq!(s.key(Key::Right, false).current(), Some(3));
        assert_eq!(s.key(Key::Right, true).current(), Some(1));
        assert_eq!(s.key(Key::Left, true).current(), Some(3));
        assert_eq!(s.key(Key::Home, true).current(), Some(0));
        assert_eq!(s.key(Key::End, false).current(), Some(4));
        assert_eq!(Key::from_dom("a"), None);
    }

    #[test]
    fn neighbours_are_near_including_across_the_loop() {
        let s = Slides::new(5, 0, false);
        assert!(s.is_near(0) && s.is_near(1) && !s.is_near(2) && !s.is_near(4));
        assert!(Slides::new(5, 0, true).is_near(4));
    }

    #[test]
    fn drag_needs_distance_or_speed_and_mostly_horizontal_motion() {
        let d = |dx, dy, ms| {
            Drag {
                dx,
                dy,
                ms,
                width: 600.0,
            }
            .swipe(false)
        };
        assert_eq!(d(-130.0, 10.0, 900.0), Swipe::Next);
        assert_eq!(d(130.0, 10.0, 900.0), Swipe::Prev);
        assert_eq!(d(-60.0, 0.0, 900.0), Swipe::Stay);
        assert_eq!(d(-60.0, 0.0, 80.0), Swipe::Next);
        assert_eq!(d(-15.0, 0.0, 5.0), Swipe::Stay);
        assert_eq!(d(-200.0, 190.0, 100.0), Swipe::Stay);
        let rtl = Drag {
            dx: -200.0,
            dy: 0.0,
            ms: 300.0,
            width: 600.0,
        }
        .swipe(true);
        assert_eq!(rtl, Swipe::Prev);
    }

    #[test]
    fn rotation_runs_only_when_nothing_holds_it() {
        let free = Rotation::default();
        assert!(free.running());
        for held in [
            Rotation {
                paused: true,
                ..free
            },
            Rotation {
                hovered: true,
                ..free
            },
            Rotation {
                focused: true,
                ..free
            },
            Rotation {
                hidden: true,
                ..free
            },
            Rotation {
                offscreen: true,
                ..free
            },
            Rotation {
                reduced_motion: true,
                ..free
            },
        ] {
            assert!(!held.running(), "{held:?}");
        }
    }

    #[test]
    fn autoplay_ticks_wrap_even_without_loop() {
        let s = Slides::new(3, 1, false);
        assert_eq!(tick(s).current(), Some(2));
        assert_eq!(tick(tick(s)).current(), Some(0));
        assert_eq!(tick(Slides::new(1, 0, false)).current(), Some(0));
        assert_eq!(tick(Slides::new(0, 0, false)).current(), None);
    }
}
