//! Tests of [`super`], kept in their own file.

use super::*;

fn url(s: &str) -> SafeUrl {
    SafeUrl::parse(s).expect("safe")
}

#[test]
fn video_ids_come_only_from_the_providers_own_urls() {
    let yt = |s: &str| video_id(Provider::YouTube, &url(s));
    assert_eq!(
        yt("https://www.youtube.com/watch?v=dQw4w9WgXcQ").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    assert_eq!(
        yt("https://youtu.be/dQw4w9WgXcQ?t=30").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    assert_eq!(
        yt("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    assert_eq!(
        yt("//www.youtube-nocookie.com/embed/dQw4w9WgXcQ").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    assert_eq!(
        yt("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    assert_eq!(
        yt("https://www.youtube.com/shorts/dQw4w9WgXcQ").as_deref(),
        Some("dQw4w9WgXcQ")
    );
    let vimeo = |s: &str| video_id(Provider::Vimeo, &url(s));
    assert_eq!(
        vimeo("https://vimeo.com/76979871").as_deref(),
        Some("76979871")
    );
    assert_eq!(
        vimeo("https://player.vimeo.com/video/76979871?h=abc").as_deref(),
        Some("76979871")
    );
}

#[test]
fn look_alikes_and_path_tricks_give_no_id() {
    for s in [
        "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "https://evil.example/www.youtube.com/embed/dQw4w9WgXcQ",
        "https://youtube.com@evil.example/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/..%2F..%2Fevil",
        "https://www.youtube.com/embed/dQw4w9WgXc%3F",
        "https://www.youtube.com/embed/dQw4w9WgXcQQ",
        "https://www.youtube.com/embed/../dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=dQw4w9WgX#Q",
        "https://notyoutu.be/dQw4w9WgXcQ",
        "/embed/dQw4w9WgXcQ",
    ] {
        assert_eq!(video_id(Provider::YouTube, &url(s)), None, "{s}");
    }
    for s in [
        "https://vimeo.com.evil.example/76979871",
        "https://player.vimeo.com/video/7697987a",
        "https://player.vimeo.com/video/",
    ] {
        assert_eq!(video_id(Provider::Vimeo, &url(s)), None, "{s}");
    }
    // A YouTube URL named as another provider is not played.
    assert_eq!(
        video_id(Provider::X, &url("https://youtu.be/dQw4w9WgXcQ")),
        None
    );
}

#[test]
fn player_urls_are_built_from_the_id() {
    let embed = |provider, s: &str| Embed::at(provider, url(s));
    assert_eq!(
        embed(
            Provider::YouTube,
            "https://youtu.be/dQw4w9WgXcQ?autoplay=0&x=\"><script>"
        )
        .player_url()
        .as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1")
    );
    assert_eq!(
        embed(Provider::Vimeo, "https://vimeo.com/76979871")
            .player_url()
            .as_deref(),
        Some("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1")
    );
    assert_eq!(
        embed(Provider::X, "https://x.com/a/status/1").player_url(),
        None
    );
}

#[test]
fn provider_hosts_and_names() {
    assert!(is_provider_host(&url(
        "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"
    )));
    assert!(is_provider_host(&url("https://pbs.twimg.com/media/x.jpg")));
    assert!(is_provider_host(&url(
        "https://user@scontent.cdninstagram.com:443/x.jpg"
    )));
    assert!(!is_provider_host(&url(
        "https://cdn.news.example/ytimg.com/x.jpg"
    )));
    assert!(!is_provider_host(&url("https://notyoutube.com/x.jpg")));
    assert!(!is_provider_host(&url("/images/x.jpg")));
    assert_eq!(Provider::from_name("Twitter"), Provider::X);
    assert_eq!(Provider::from_name("myspace"), Provider::Other);
    assert_eq!(Provider::from_name("youtube").label(), "YouTube");
    assert_eq!(Provider::SoundCloud.name(), "soundcloud");
    assert_eq!(Provider::Other.label(), "");
    assert!(Provider::X.hosts(&url("https://twitter.com/a/status/1")));
    assert!(Provider::YouTube.hosts(&url("https://m.youtube.com/watch?v=x")));
    assert!(!Provider::YouTube.hosts(&url("https://www.youtube.com.evil.example/")));
    assert!(!Provider::X.hosts(&url("https://notx.com/a")));
    assert!(!Provider::Other.hosts(&url("https://x.com/a")));
}
