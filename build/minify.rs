//! Text the build compiles into the wasm, written without what only its authors read:
//! CSS comments and layout whitespace, JSON layout whitespace. Strings are kept as
//! written. Used by `build.rs` only.

/// CSS without comments, with runs of whitespace collapsed to one space and dropped
/// next to `{`, `}` and `;`, and after `:`. A space before `:` is kept (`.a :focus` is a
/// descendant selector), so is one after `,` (custom properties and values holding
/// `var()` keep their text as written), and so is everything inside quotes.
pub fn css(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                pending_space = true;
            }
            c if c.is_whitespace() => pending_space = true,
            '"' | '\'' => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == c {
                        break;
                    }
                }
            }
            c => {
                flush_space(&mut out, &mut pending_space, c);
                out.push(c);
            }
        }
    }
    out
}

/// Writes the space waiting before `next`, unless either side makes it meaningless.
fn flush_space(out: &mut String, pending: &mut bool, next: char) {
    if std::mem::take(pending)
        && !out.is_empty()
        && !matches!(next, '{' | '}' | ';')
        && !out.ends_with(['{', '}', ';', ':'])
    {
        out.push(' ');
    }
}

/// JSON without whitespace outside strings.
pub fn json(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in source.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}
