//! Numbers as messages show them.

/// A number as messages show it (`2`, `-1.5`, `0.125`), without Rust's float
/// formatting, which would add ~30 KB to the wasm; beyond six decimals it rounds.
pub fn number_text(n: f64) -> String {
    if !n.is_finite() || n.abs() >= 1e13 {
        return "a very large number".to_owned();
    }
    let sign = if n < 0.0 { "-" } else { "" };
    let micros = (n.abs() * 1e6).round() as u64;
    let (whole, frac) = (micros / 1_000_000, micros % 1_000_000);
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_a_person_wrote_them() {
        assert_eq!(number_text(2.0), "2");
        assert_eq!(number_text(-1.5), "-1.5");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(768.125), "768.125");
        assert_eq!(number_text(1e20), "a very large number");
    }
}
