//! Attribute text → typed options. Forgiving, as HTML attributes are: a value that
//! cannot be read keeps the default.

use super::groups::{
    ArticleOptions, CarouselOptions, DEFAULT_INTERVAL_MS, DEFAULT_TIMEOUT_MS, Layout,
    RelatedOptions, SourceOptions, WidgetOptions,
};

/// Builds options from values looked up by attribute name (the element's attributes, or
/// `mount()`'s options under their property names); `None` means absent.
pub fn read_options(lookup: impl Fn(&str) -> Option<String>) -> WidgetOptions {
    WidgetOptions {
        source: SourceOptions {
            format: lookup("format").filter(|f| !f.trim().is_empty()),
            timeout_ms: number(lookup("timeout").as_deref())
                .map_or(DEFAULT_TIMEOUT_MS, |ms| ms.max(100)),
        },
        article: ArticleOptions {
            heading_level: number(lookup("heading-level").as_deref())
                .and_then(|l| u8::try_from(l).ok())
                .filter(|l| (1..=6).contains(l))
                .unwrap_or(1),
            lang: lookup("lang").filter(|l| !l.trim().is_empty()),
            frames: !lookup("embeds").is_some_and(|e| e.trim().eq_ignore_ascii_case("link")),
            ..ArticleOptions::default()
        },
        carousel: CarouselOptions {
            looping: is_on(lookup("loop").as_deref()),
            autoplay: is_on(lookup("autoplay").as_deref()),
            // `start="3"` is the third photo (1-based, as readers count).
            start: number(lookup("start").as_deref()).map_or(0, |n| n.saturating_sub(1) as usize),
            interval_ms: number(lookup("autoplay-interval").as_deref())
                .map_or(DEFAULT_INTERVAL_MS, |ms| ms.max(1000)),
        },
        related: RelatedOptions {
            layout: match lookup("layout").as_deref().map(str::trim) {
                Some(n) if n.eq_ignore_ascii_case("list") => Layout::List,
                _ => Layout::Grid,
            },
            target: lookup("link-target").filter(|t| !t.trim().is_empty()),
            noreferrer: is_on(lookup("noreferrer").as_deref()),
        },
    }
}

/// Boolean attributes: present means on, except an explicit `"false"`.
fn is_on(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

/// A whole number as attributes and `mount()` give it (`"4000"`, `4000`, `"4000.0"`).
fn number(value: Option<&str>) -> Option<u32> {
    let v = value?.trim();
    let whole = v.strip_suffix(".0").unwrap_or(v);
    whole.parse::<u32>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> WidgetOptions {
        read_options(|name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn absent_attributes_give_the_defaults() {
        assert_eq!(read(&[]), WidgetOptions::default());
    }

    #[test]
    fn attributes_are_read_forgivingly() {
        let o = read(&[
            ("heading-level", "2"),
            ("loop", ""),
            ("autoplay", "false"),
            ("start", "3"),
            ("autoplay-interval", "200"),
            ("timeout", "20"),
            ("layout", " LIST "),
            ("link-target", "_blank"),
        ]);
        assert_eq!(o.article.heading_level, 2);
        assert!(o.carousel.looping && !o.carousel.autoplay);
        assert_eq!(o.carousel.start, 2);
        assert_eq!(o.carousel.interval_ms, 1000, "at least a second per photo");
        assert_eq!(o.source.timeout_ms, 100, "at least 100 ms per fetch");
        assert_eq!(o.related.layout, Layout::List);
        assert_eq!(o.related.target.as_deref(), Some("_blank"));
    }

    #[test]
    fn unreadable_values_keep_the_default() {
        let o = read(&[("heading-level", "9"), ("start", "x"), ("timeout", "-5")]);
        assert_eq!(o.article.heading_level, 1);
        assert_eq!(o.carousel.start, 0);
        assert_eq!(o.source.timeout_ms, DEFAULT_TIMEOUT_MS);
    }
}
