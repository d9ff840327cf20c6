//! One picture, one slide. CMSs hand the same photo over several times: WordPress size
//! variants of one upload (`name-300x200.jpg`, `name-1024x576.jpg`, `name-scaled.jpg`),
//! crops (`…-16x9-….jpg`, `…-4x3-….jpg`), resized copies (`photo.jpg?w=800`), image CDNs
//! that carry the original's address in a query parameter, and schema.org image lists
//! whose renditions (the same caption, different aspect ratios) have unrelated file
//! names. They are merged into one entry: the largest as `src`, the others (with known
//! widths) as `srcset` candidates. The same file listed twice is not merged here: the
//! adapters report it as a duplicate.

use std::collections::HashMap;

use crate::model::{Media, SrcSet};

/// Query parameters image CDNs put the original's address in.
const ORIGINAL_PARAMS: &[&str] = &["url", "src", "image", "img", "u", "imageurl", "source"];

/// File extensions of pictures (a query after them only resizes or crops).
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "avif"];

/// The picture a URL shows, whatever its size or crop: host and folder, and the file
/// name without size, crop and "scaled" suffixes or extension.
pub(crate) fn picture_key(url: &str) -> String {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let query = query.split('#').next().unwrap_or_default();
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = percent_decode(v);
        if ORIGINAL_PARAMS.contains(&k.to_ascii_lowercase().as_str())
            && (v.starts_with("http://") || v.starts_with("https://") || v.starts_with("//"))
        {
            return picture_key(&v);
        }
    }
    let path = path.split('#').next().unwrap_or_default();
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let (stem, ext) = file.rsplit_once('.').unwrap_or((file, ""));
    let is_image = IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str());
    let stem = if is_image { base_stem(stem) } else { stem };
    let mut key = format!("{}/{stem}", dir.to_ascii_lowercase());
    if !is_image && !query.is_empty() {
        // Not a picture file: the query may be what tells pictures apart (`photo.php?id=2`).
        key.push('?');
        key.push_str(query);
    }
    key
}

/// The file name's stem without WordPress's and crops' suffixes: `-300x200` (and what
/// follows it, as in `-16x9-x0y444w1151h647`), `-scaled`, `-e1676985423` (an edit),
/// `@2x`.
fn base_stem(stem: &str) -> &str {
    let mut stem = stem;
    for suffix in ["@2x", "@3x", "-scaled"] {
        stem = stem.strip_suffix(suffix).unwrap_or(stem);
    }
    if let Some(at) = stem.rfind("-e")
        && stem[at + 2..].len() >= 9
        && stem[at + 2..].bytes().all(|b| b.is_ascii_digit())
    {
        stem = &stem[..at];
    }
    // The first `-WxH` token ends the picture's own name.
    let bytes = stem.as_bytes();
    for (i, _) in stem.match_indices('-') {
        if size_token(&bytes[i + 1..]).is_some() && i > 0 {
            return &stem[..i];
        }
    }
    stem
}

/// `300x200` at the start of `b` (followed by the end or a `-`): the width.
fn size_token(b: &[u8]) -> Option<u32> {
    let w = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if w == 0 || w > 5 || b.get(w) != Some(&b'x') {
        return None;
    }
    let h = b[w + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
    let end = w + 1 + h;
    if h == 0 || h > 5 || !matches!(b.get(end), None | Some(b'-')) {
        return None;
    }
    std::str::from_utf8(&b[..w]).ok()?.parse().ok()
}

/// A width the URL gives away: a `-WxH` file suffix or a `w`/`width` query parameter.
fn width_in_url(url: &str) -> Option<u32> {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    for pair in query.split('&') {
        if let Some((k, v)) = pair.split_once('=')
            && matches!(k.to_ascii_lowercase().as_str(), "w" | "width" | "resize")
        {
            let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(w) = digits.parse() {
                return Some(w);
            }
        }
    }
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    stem.match_indices('-')
        .find_map(|(i, _)| size_token(&stem.as_bytes()[i + 1..]))
}

/// `%2F` → `/` and the like, for addresses inside query parameters.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).and_then(|c| hex(*c)),
            b.get(i + 2).and_then(|c| hex(*c)),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Merges the entries that show one picture (see the module notes); with
/// `same_caption`, entries sharing a caption and sized to different aspect ratios are
/// taken to be renditions of one picture too. Order follows each picture's first entry.
pub(crate) fn merge_variants(
    items: Vec<(String, Media)>,
    same_caption: bool,
) -> Vec<(String, Media)> {
    let mut groups: Vec<Vec<(String, Media)>> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (path, m) in items {
        let key = picture_key(m.src.as_str());
        let caption = m
            .caption
            .as_deref()
            .filter(|_| same_caption)
            .map(|c| format!("caption:{}", c.trim()));
        let found = by_key
            .get(&key)
            .or_else(|| {
                let at = caption.as_ref().and_then(|c| by_key.get(c))?;
                groups[*at]
                    .first()
                    .filter(|(_, f)| crops_of_one(f, &m))
                    .map(|_| at)
            })
            .copied()
            // The same file again is a duplicate for the adapter to report, not a variant.
            .filter(|&at| !groups[at].iter().any(|(_, g)| g.src == m.src));
        let at = found.unwrap_or_else(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        by_key.entry(key).or_insert(at);
        if let Some(c) = caption {
            by_key.entry(c).or_insert(at);
        }
        groups[at].push((path, m));
    }
    groups.into_iter().filter_map(merge_group).collect()
}

/// Two sized images of different aspect ratios: crops of one picture, when their
/// captions say they show the same thing.
fn crops_of_one(a: &Media, b: &Media) -> bool {
    match (a.width, a.height, b.width, b.height) {
        (Some(aw), Some(ah), Some(bw), Some(bh)) if ah > 0 && bh > 0 => {
            let (ra, rb) = (f64::from(aw) / f64::from(ah), f64::from(bw) / f64::from(bh));
            (ra - rb).abs() > 0.02 * ra.max(rb)
        }
        _ => false,
    }
}

/// One entry for a picture: the widest variant as `src`, captions and credits from
/// whichever variant has them, the others as `srcset` candidates.
fn merge_group(group: Vec<(String, Media)>) -> Option<(String, Media)> {
    if group.len() < 2 {
        return group.into_iter().next();
    }
    let width = |m: &Media| m.width.or_else(|| width_in_url(m.src.as_str()));
    // Unknown widths rank below known ones, except an original file (no size in its
    // name), which is the largest WordPress has.
    let rank = |m: &Media| match width(m) {
        Some(w) => u64::from(w),
        None if width_in_url(m.src.as_str()).is_none() && !m.src.as_str().contains('?') => u64::MAX,
        None => 0,
    };
    let best = (0..group.len()).max_by_key(|&i| (rank(&group[i].1), std::cmp::Reverse(i)))?;
    let mut candidates: Vec<(String, u32)> = Vec::new();
    for (_, m) in &group {
        if let Some(w) = width(m) {
            candidates.push((m.src.as_str().to_owned(), w));
        }
        if let Some(set) = &m.srcset {
            candidates.extend(srcset_widths(set));
        }
    }
    let mut group = group;
    let (path, mut chosen) = group.swap_remove(best);
    for (_, other) in &group {
        chosen.caption = chosen.caption.take().or_else(|| other.caption.clone());
        chosen.credit = chosen.credit.take().or_else(|| other.credit.clone());
        chosen.alt = chosen.alt.take().or_else(|| other.alt.clone());
    }
    // A srcset with widths replaces `src` in the browser's choice, so it is written
    // only when the chosen file's own width is known and listed.
    if let Some(w) = width(&chosen) {
        candidates.push((chosen.src.as_str().to_owned(), w));
        candidates.sort_by_key(|(_, w)| *w);
        candidates.dedup_by(|a, b| a.0 == b.0 || a.1 == b.1);
        let text = candidates
            .iter()
            .map(|(u, w)| format!("{u} {w}w"))
            .collect::<Vec<_>>()
            .join(", ");
        if candidates.len() > 1 {
            chosen.srcset = SrcSet::parse(&text).ok().or(chosen.srcset);
        }
    }
    Some((path, chosen))
}

/// The `url width` pairs of a `srcset` written with `w` descriptors.
fn srcset_widths(set: &SrcSet) -> Vec<(String, u32)> {
    set.as_str()
        .split(", ")
        .filter_map(|c| {
            let (url, descriptor) = c.split_once(' ')?;
            let w = descriptor.strip_suffix('w')?.parse().ok()?;
            Some((url.to_owned(), w))
        })
        .collect()
}

/// Copies the fields `first` lacks from a later copy of the same photo.
pub(crate) fn fill_in(first: &mut Media, later: Media) {
    first.width = first.width.or(later.width);
    first.height = first.height.or(later.height);
    if first.alt.is_none() {
        first.alt = later.alt;
    }
    if first.caption.is_none() {
        first.caption = later.caption;
    }
    if first.credit.is_none() {
        first.credit = later.credit;
    }
    if first.srcset.is_none() {
        first.srcset = later.srcset;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_of_one_picture_share_a_key() {
        let key = picture_key("https://x.example/wp-content/uploads/2023/02/quay.jpg");
        for variant in [
            "https://x.example/wp-content/uploads/2023/02/quay-300x200.jpg",
            "https://x.example/wp-content/uploads/2023/02/quay-1024x683.jpg",
            "https://x.example/wp-content/uploads/2023/02/quay-scaled.jpg",
            "https://x.example/wp-content/uploads/2023/02/quay-e1676985423123.jpg",
            "https://x.example/wp-content/uploads/2023/02/quay.jpg?resize=800,533&ssl=1",
            "https://img-resize.example.net/fit?w=800&url=https%3A%2F%2Fx.example%2Fwp-content%2Fuploads%2F2023%2F02%2Fquay.jpg",
        ] {
            assert_eq!(picture_key(variant), key, "{variant}");
        }
        assert_eq!(
            picture_key("https://cdn.example/9f2c41d0-16x9-x0y444w1151h647.jpg"),
            picture_key("https://cdn.example/9f2c41d0-4x3-x0y336w1151h863.jpg")
        );
    }

    #[test]
    fn different_pictures_keep_different_keys() {
        let pairs = [
            (
                "https://x.example/a/quay.jpg",
                "https://x.example/b/quay.jpg",
            ),
            (
                "https://x.example/quay.jpg",
                "https://x.example/quay-night.jpg",
            ),
            (
                "https://x.example/photo.php?id=1",
                "https://x.example/photo.php?id=2",
            ),
            (
                "https://x.example/2019-review.jpg",
                "https://x.example/2020-review.jpg",
            ),
        ];
        for (a, b) in pairs {
            assert_ne!(picture_key(a), picture_key(b), "{a} vs {b}");
        }
    }
}
