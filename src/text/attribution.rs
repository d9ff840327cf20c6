//! Who said it: a quote's attribution written as text, either as a line of its own
//! ("— Name") or after the quote ("“Go.” – Anonymous"), so it can be shown as the cite.

/// "— Name" (a line of its own) → "Name".
pub fn strip_dash(line: &str) -> Option<&str> {
    let rest = line
        .strip_prefix('—')
        .or_else(|| line.strip_prefix('–'))
        .or_else(|| line.strip_prefix('―'))
        .or_else(|| line.strip_prefix("--"))
        .or_else(|| line.strip_prefix("- "))?
        .trim();
    (!rest.is_empty()).then_some(rest)
}

/// "“Quote.” – Name" → ("“Quote.”", "Name"): a dash after the end of a sentence,
/// followed by a short name that does not itself end a sentence.
pub fn trailing_attribution(line: &str) -> Option<(&str, &str)> {
    let (at, dash) = [" — ", " – ", " ― "]
        .iter()
        .filter_map(|dash| line.rfind(dash).map(|at| (at, dash.len())))
        .max_by_key(|(at, _)| *at)?;
    let text = line[..at].trim_end();
    let name = line[at + dash..].trim();
    let sentence_end = text.ends_with(['.', '!', '?', '”', '"', '»', '’', '…', '\'']);
    let short = name.chars().count() <= 80 && name.split_whitespace().count() <= 10;
    (sentence_end && short && !name.is_empty() && !name.ends_with(['.', '!', '?']))
        .then_some((text, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribution_needs_a_finished_sentence() {
        assert_eq!(
            trailing_attribution("“Go.” – Anonymous"),
            Some(("“Go.”", "Anonymous"))
        );
        assert_eq!(trailing_attribution("We tried – and failed"), None);
        assert_eq!(strip_dash("— Ada (@ada)"), Some("Ada (@ada)"));
    }
}
