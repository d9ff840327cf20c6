//! "3 hours ago" for recent cards, a date for older ones: the choice and the numbers are
//! made here; the wording comes from the browser's `Intl.RelativeTimeFormat`.

/// A unit `Intl.RelativeTimeFormat` understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
}

impl Unit {
    /// The `Intl` unit name.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
        }
    }
}

/// How to show a time `then_ms` at `now_ms`: `Some((-3, Hour))` for "3 hours ago";
/// `None` for an absolute date (a week or older, or in the future beyond clock skew).
pub fn relative(now_ms: f64, then_ms: f64) -> Option<(i64, Unit)> {
    const MIN: f64 = 60_000.0;
    let age = now_ms - then_ms;
    if !age.is_finite() || age < -5.0 * MIN {
        return None;
    }
    let age = age.max(0.0);
    if age < 60.0 * MIN {
        Some((-((age / MIN).floor() as i64).max(1), Unit::Minute))
    } else if age < 24.0 * 60.0 * MIN {
        Some((-((age / (60.0 * MIN)).floor() as i64), Unit::Hour))
    } else if age < 7.0 * 24.0 * 60.0 * MIN {
        Some((-((age / (24.0 * 60.0 * MIN)).floor() as i64), Unit::Day))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: f64 = 3_600_000.0;

    #[test]
    fn recent_is_relative_and_old_is_absolute() {
        let now = 1_000.0 * H;
        assert_eq!(relative(now, now), Some((-1, Unit::Minute)));
        assert_eq!(relative(now, now - 0.5 * H), Some((-30, Unit::Minute)));
        assert_eq!(relative(now, now - 3.2 * H), Some((-3, Unit::Hour)));
        assert_eq!(relative(now, now - 30.0 * H), Some((-1, Unit::Day)));
        assert_eq!(relative(now, now - 6.9 * 24.0 * H), Some((-6, Unit::Day)));
        assert_eq!(relative(now, now - 8.0 * 24.0 * H), None);
        assert_eq!(
            relative(now, now + 2.0 * 60_000.0),
            Some((-1, Unit::Minute)),
            "small clock skew"
        );
        assert_eq!(
            relative(now, now + H),
            None,
            "future dates are shown as dates"
        );
        assert_eq!(relative(now, f64::NAN), None);
    }
}
