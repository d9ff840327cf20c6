//! Joining author names the way a news page prints them.

/// "A", "A and B", "A, B and C": names as given, in order.
pub fn join_names<S: AsRef<str>>(names: &[S]) -> Vec<Part<'_>> {
    let mut parts = Vec::with_capacity(names.len() * 2);
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            parts.push(Part::Sep(if i + 1 == names.len() { " and " } else { ", " }));
        }
        parts.push(Part::Name(i, name.as_ref()));
    }
    parts
}

/// A piece of a byline: a name (with its index) or the text between names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Name(usize, &'a str),
    Sep(&'static str),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(names: &[&str]) -> String {
        join_names(names)
            .iter()
            .map(|p| match p {
                Part::Name(_, n) => *n,
                Part::Sep(s) => s,
            })
            .collect()
    }

    #[test]
    fn joins_like_a_byline() {
        assert_eq!(text(&[]), "");
        assert_eq!(text(&["A"]), "A");
        assert_eq!(text(&["A", "B"]), "A and B");
        assert_eq!(text(&["A", "B", "C"]), "A, B and C");
    }
}
