//! HTML character references, decoded once into plain text so that `&#8217;` in a CMS
//! title shows as ’ and `&lt;script&gt;` shows as text, never as markup.

/// Named references seen in real CMS output; the rest of HTML's 2,000 are rare in news.
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("shy", "\u{ad}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("lsaquo", "‹"),
    ("rsaquo", "›"),
    ("bull", "•"),
    ("rarr", "→"),
    ("larr", "←"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("times", "×"),
    ("divide", "÷"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("sect", "§"),
    ("para", "¶"),
    ("dagger", "†"),
    ("Dagger", "‡"),
    ("prime", "′"),
    ("Prime", "″"),
    ("thinsp", "\u{2009}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("lrm", "\u{200e}"),
    ("rlm", "\u{200f}"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("szlig", "ß"),
    ("agrave", "à"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("aring", "å"),
    ("aelig", "æ"),
    ("ccedil", "ç"),
    ("egrave", "è"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("igrave", "ì"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("ntilde", "ñ"),
    ("ograve", "ò"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("oslash", "ø"),
    ("ugrave", "ù"),
    ("uacute", "ú"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("yacute", "ý"),
    ("yuml", "ÿ"),
    ("Agrave", "À"),
    ("Aacute", "Á"),
    ("Acirc", "Â"),
    ("Auml", "Ä"),
    ("Aring", "Å"),
    ("AElig", "Æ"),
    ("Ccedil", "Ç"),
    ("Egrave", "È"),
    ("Eacute", "É"),
    ("Ecirc", "Ê"),
    ("Iacute", "Í"),
    ("Ntilde", "Ñ"),
    ("Oacute", "Ó"),
    ("Ouml", "Ö"),
    ("Oslash", "Ø"),
    ("Uacute", "Ú"),
    ("Uuml", "Ü"),
];

/// Decodes character references in text or an attribute value.
///
/// Numeric references to NUL, surrogates or beyond U+10FFFF become U+FFFD, as browsers do.
/// Unknown names stay as written.
pub fn decode_entities(input: &str) -> String {
    decode(input, false)
}

/// Decodes a plain-text field that may have been escaped twice (`&amp;#039;`,
/// `&amp;Ccedil;`, as CMSs that escape on save and again on export write it): when
/// decoding once leaves a complete reference (`&#039;`, `&Ccedil;`, with its
/// semicolon), that one is decoded too. The result is text, never markup: a doubly
/// escaped `&amp;lt;b&amp;gt;` reads "<b>"; a single `AT&amp;T` reads "AT&T".
pub fn decode_text(input: &str) -> String {
    let once = decode(input, false);
    if once.len() < input.len() && once.contains('&') {
        decode(&once, true)
    } else {
        once
    }
}

/// Decodes references; with `complete_only`, only those closed by a semicolon.
fn decode(input: &str, complete_only: bool) -> String {
    if !input.contains('&') {
        return input.to_owned();
    }
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(rest).filter(|(_, used)| !complete_only || rest[..*used].ends_with(';')) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the reference at the start of `s` (which begins with `&`); returns the text
/// and the number of bytes consumed.
fn decode_one(s: &str) -> Option<(String, usize)> {
    let body = &s[1..];
    if let Some(num) = body.strip_prefix('#') {
        let (digits, radix, skip) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (num, 10, 1),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        if len == 0 {
            return None;
        }
        let significant = digits[..len].trim_start_matches('0');
        let value = if significant.len() > 8 {
            u32::MAX
        } else {
            u32::from_str_radix(significant, radix).unwrap_or(0)
        };
        let ch = match value {
            0 => '\u{fffd}',
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        let semicolon = usize::from(digits[len..].starts_with(';'));
        return Some((ch.to_string(), 1 + skip + len + semicolon));
    }
    let len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let name = &body[..len];
    let (_, value) = NAMED.iter().find(|(n, _)| *n == name)?;
    if body[len..].starts_with(';') {
        Some(((*value).to_owned(), 1 + len + 1))
    } else if matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp") {
        // Legacy references that browsers accept without the semicolon.
        Some(((*value).to_owned(), 1 + len))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_entities, decode_text};

    #[test]
    fn text_escaped_twice_is_decoded_twice_into_text() {
        assert_eq!(
            decode_text("It&amp;#039;s a Fran&amp;ccedil;ais"),
            "It's a Français"
        );
        assert_eq!(
            decode_text("GAR&amp;Ccedil;ON &amp;amp; fils"),
            "GARÇON & fils"
        );
        assert_eq!(decode_text("&amp;lt;script&amp;gt;"), "<script>");
        assert_eq!(decode_text("caf&amp;#xE9;"), "café");
        // Escaped once: decoded once, and what is left of an ampersand stays.
        assert_eq!(decode_text("AT&amp;T and R&amp;D"), "AT&T and R&D");
        assert_eq!(decode_text("Q&amp;A; Tom &amp; Jerry"), "Q&A; Tom & Jerry");
        assert_eq!(decode_text("AT&T &amp;bogus;"), "AT&T &bogus;");
        // No semicolon, no second decoding: "&ampx" is not a reference.
        assert_eq!(decode_text("&amp;amp &amp;lt"), "&amp &lt");
        assert_eq!(decode_text("plain"), "plain");
    }

    #[test]
    fn decodes_named_and_numeric() {
        assert_eq!(decode_entities("It&#8217;s"), "It’s");
        assert_eq!(decode_entities("A &amp; B &mdash; C"), "A & B — C");
        assert_eq!(decode_entities("&#x27;&#X41;&#65&#00000000066;"), "'AAB");
        assert_eq!(decode_entities("&lt;script&gt;"), "<script>");
        assert_eq!(decode_entities("&amp"), "&");
    }

    #[test]
    fn leaves_unknown_and_broken_references_alone() {
        assert_eq!(decode_entities("AT&T &bogus; &"), "AT&T &bogus; &");
        assert_eq!(decode_entities("&#;"), "&#;");
        assert_eq!(
            decode_entities("&#0;&#xD800;&#99999999999;"),
            "\u{fffd}\u{fffd}\u{fffd}"
        );
        assert_eq!(decode_entities("é&eacute"), "é&eacute");
    }
}
