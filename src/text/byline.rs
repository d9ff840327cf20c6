//! Author names read out of the one string many CMSs put them in ("By A, B and C,
//! Outlet"). (Joining names for display is the browser's `Intl.ListFormat`, in the
//! reader's language.)

/// The people in a byline string: "By " and stray leading characters removed, split at
/// ", ", " and " and " & " when every part reads as a name, and a last part equal to
/// `outlet` (the publisher, "…, CNN") left out. A string that does not read as a list of
/// names stays one name: nobody is dropped for the sake of splitting.
pub fn split_names(raw: &str, outlet: Option<&str>) -> Vec<String> {
    let name = clean_name(raw);
    if name.is_empty() {
        return Vec::new();
    }
    let mut parts: Vec<String> = Vec::new();
    for chunk in name.split(", ") {
        let chunk = chunk.strip_prefix("and ").unwrap_or(chunk);
        for piece in chunk.split(" and ").flat_map(|p| p.split(" & ")) {
            parts.push(piece.trim().to_owned());
        }
    }
    if let Some(outlet) = outlet.map(str::trim).filter(|o| !o.is_empty())
        && parts.len() > 1
        && parts.last().is_some_and(|p| p.eq_ignore_ascii_case(outlet))
    {
        parts.pop();
    }
    if parts.len() > 1 && parts.iter().all(|p| reads_as_a_name(p)) {
        parts
    } else {
        vec![name]
    }
}

/// A name as written, without a "By " label or the stray characters scrapers leave in
/// front of it ("¿ ", a tab).
pub fn clean_name(raw: &str) -> String {
    let start = raw.find(|c: char| c.is_alphabetic()).unwrap_or(raw.len());
    let name = raw[start..].trim();
    let mut name = name;
    while let Some(rest) = ["By ", "by ", "BY ", "By: ", "by: "]
        .iter()
        .find_map(|p| name.strip_prefix(p))
    {
        name = rest.trim_start();
    }
    name.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// One to five words, each starting with a letter (a name, not "the research team of
/// the regional desk" or "2 reporters").
fn reads_as_a_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
        && words
            .iter()
            .any(|w| w.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_strings_split_into_people() {
        assert_eq!(
            split_names(
                "By Amir Vera, Seán Federico O'Murchú, Tara Subramaniam and Adam Renton, CNN",
                Some("CNN")
            ),
            [
                "Amir Vera",
                "Seán Federico O'Murchú",
                "Tara Subramaniam",
                "Adam Renton"
            ]
        );
        assert_eq!(split_names("By By Ana Example", None), ["Ana Example"]);
        assert_eq!(split_names("¿\ttara Cosoleto", None), ["tara Cosoleto"]);
        assert_eq!(
            split_names("Ana Example & Bo Sample", None),
            ["Ana Example", "Bo Sample"]
        );
        assert_eq!(split_names("by: Ana Example", None), ["Ana Example"]);
    }

    #[test]
    fn what_does_not_read_as_names_stays_whole() {
        // An outlet that is not the publisher stays a name: nobody is dropped.
        assert_eq!(
            split_names("Ana Example, Valley Wire", None),
            ["Ana Example", "Valley Wire"]
        );
        assert_eq!(
            split_names(
                "The research team of the regional news desk and friends",
                None
            ),
            ["The research team of the regional news desk and friends"]
        );
        assert_eq!(
            split_names("Smith and 2 others", None),
            ["Smith and 2 others"]
        );
        assert_eq!(split_names("Ana", None), ["Ana"]);
        assert_eq!(split_names("  ", None), Vec::<String>::new());
    }
}
