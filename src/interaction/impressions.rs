//! When a card counts as seen: at least half of it visible for a full second while the
//! tab is visible, once per card. The browser reports visibility; this decides.

/// Continuous visibility a card needs before it counts.
pub const DWELL_MS: f64 = 1000.0;

/// Share of the card that must be visible.
pub const THRESHOLD: f64 = 0.5;

/// One card's impression state.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Impression {
    /// Since when it has been visible enough (with the tab visible), if it is.
    visible_since: Option<f64>,
    in_view: bool,
    fired: bool,
}

impl Impression {
    /// The card's visible share changed at `now`.
    pub fn on_ratio(&mut self, ratio: f64, tab_visible: bool, now: f64) {
        self.in_view = ratio >= THRESHOLD;
        self.restart(tab_visible, now);
    }

    /// The tab was hidden or shown at `now`; hidden time never counts.
    pub fn on_tab(&mut self, tab_visible: bool, now: f64) {
        self.restart(tab_visible, now);
    }

    fn restart(&mut self, tab_visible: bool, now: f64) {
        self.visible_since = match (self.in_view && tab_visible, self.visible_since) {
            (true, Some(t)) => Some(t),
            (true, None) => Some(now),
            (false, _) => None,
        };
    }

    /// Milliseconds until the impression is due, if the card is being watched.
    pub fn due_in(&self, now: f64) -> Option<f64> {
        if self.fired {
            return None;
        }
        self.visible_since.map(|t| (t + DWELL_MS - now).max(0.0))
    }

    /// Whether the impression was sent (a card shown again, say after its list was
    /// rendered anew, does not count again).
    pub fn fired(&self) -> bool {
        self.fired
    }

    /// Marks the impression as sent if it is due at `now`; true exactly once.
    pub fn take_if_due(&mut self, now: f64) -> bool {
        if self.due_in(now) == Some(0.0) {
            self.fired = true;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_once_after_a_second_at_half_visibility() {
        let mut i = Impression::default();
        i.on_ratio(0.6, true, 0.0);
        assert_eq!(i.due_in(400.0), Some(600.0));
        assert!(!i.take_if_due(999.0));
        assert!(i.take_if_due(1000.0));
        assert!(!i.take_if_due(5000.0), "only once");
        assert!(i.fired());
        assert_eq!(i.due_in(5000.0), None);
    }

    #[test]
    fn leaving_view_or_hiding_the_tab_restarts_the_clock() {
        let mut i = Impression::default();
        i.on_ratio(0.9, true, 0.0);
        i.on_ratio(0.3, true, 800.0);
        assert_eq!(i.due_in(900.0), None);
        i.on_ratio(0.5, true, 1000.0);
        i.on_tab(false, 1500.0);
        assert!(!i.take_if_due(2500.0), "hidden time does not count");
        i.on_tab(true, 3000.0);
        assert!(!i.take_if_due(3999.0));
        assert!(i.take_if_due(4000.0));
    }

    #[test]
    fn a_card_seen_only_in_a_hidden_tab_never_counts() {
        let mut i = Impression::default();
        i.on_ratio(1.0, false, 0.0);
        assert_eq!(i.due_in(10_000.0), None);
    }
}
