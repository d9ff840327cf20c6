//! JSON inside an HTML `<script>`: the parser ends the element at the first `</script`
//! and treats `<!--` specially, whatever the JSON means, so every `<`, `>` and `&` is
//! written as a JSON escape (and U+2028/U+2029, which old JS engines choke on). The text
//! still parses to the same value (`tests/server.rs` checks both).

/// `json` safe to place between `<script type="application/json">` and `</script>`.
pub fn script_safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}
