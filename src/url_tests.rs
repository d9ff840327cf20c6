//! Tests of [`super`], kept in their own file.

use super::*;

#[test]
fn keeps_http_https_and_relative() {
    for ok in [
        "https://example.org/a?b#c",
        "HTTP://example.org",
        "/news/1",
        "photo.jpg",
        "?page=2",
        "#top",
        "a/b:c",
    ] {
        assert!(SafeUrl::parse(ok).is_ok(), "{ok}");
    }
}

#[test]
fn refuses_script_and_data_in_every_disguise() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "data:text/html,<script>",
        "vbscript:msgbox",
        "jav\r\nascript:x",
    ] {
        assert!(
            matches!(SafeUrl::parse(bad), Err(UrlError::Scheme(_))),
            "{bad:?}"
        );
    }
    assert_eq!(SafeUrl::parse("   "), Err(UrlError::Empty));
    assert_eq!(SafeUrl::parse("a b"), Err(UrlError::Garbled));
    assert_eq!(SafeUrl::parse("a\u{202e}b"), Err(UrlError::Garbled));
    for invisible in ['\u{ad}', '\u{61c}', '\u{2060}'] {
        assert_eq!(
            SafeUrl::parse(&format!("/a{invisible}b")),
            Err(UrlError::Garbled)
        );
    }
}

#[test]
fn protocol_relative_and_backslashes_become_https() {
    assert_eq!(
        SafeUrl::parse("//cdn.example.org/x.png").unwrap().as_str(),
        "https://cdn.example.org/x.png"
    );
    assert_eq!(
        SafeUrl::parse("\\\\cdn.example.org/x.png")
            .unwrap()
            .as_str(),
        "https://cdn.example.org/x.png"
    );
}

#[test]
fn srcset_checks_every_candidate() {
    let s = SrcSet::parse("a.jpg 320w, https://x.org/b.jpg 640w").unwrap();
    assert_eq!(s.as_str(), "a.jpg 320w, https://x.org/b.jpg 640w");
    assert!(SrcSet::parse("a.jpg 1x, javascript:alert(1) 2x").is_err());
    assert!(SrcSet::parse("a.jpg 2y").is_err());
    assert!(SrcSet::parse(" , ").is_err());
}

#[test]
fn relative_urls_resolve_against_the_document() {
    let base = SafeUrl::parse("https://news.example/2023/02/story.html?x=1#top").unwrap();
    let r = |u: &str| {
        SafeUrl::parse(u)
            .unwrap()
            .resolve(&base)
            .as_str()
            .to_owned()
    };
    assert_eq!(r("/profiles/ana"), "https://news.example/profiles/ana");
    assert_eq!(r("photo.jpg"), "https://news.example/2023/02/photo.jpg");
    assert_eq!(
        r("?page=2"),
        "https://news.example/2023/02/story.html?page=2"
    );
    assert_eq!(r("#c"), "https://news.example/2023/02/story.html?x=1#c");
    assert_eq!(r("https://cdn.example/a.jpg"), "https://cdn.example/a.jpg");
    let host_only = SafeUrl::parse("https://news.example").unwrap();
    assert_eq!(
        SafeUrl::parse("a.jpg")
            .unwrap()
            .resolve(&host_only)
            .as_str(),
        "https://news.example/a.jpg"
    );
    let relative_base = SafeUrl::parse("/story").unwrap();
    assert_eq!(
        SafeUrl::parse("a.jpg")
            .unwrap()
            .resolve(&relative_base)
            .as_str(),
        "a.jpg"
    );
}
