//! JSON text → [`Json`], written for this widget: the same parser natively and in the
//! browser (so both report the same errors), no serde machinery in the wasm, no calls
//! across the JS boundary per value (much faster than walking a `JSON.parse` result for
//! large documents), and nesting bounded before it can exhaust the stack.
//!
//! Differences from a strict RFC 8259 parser, chosen for publishers' real files: one
//! leading byte-order mark is skipped; a lone surrogate in a `\u` escape becomes U+FFFD
//! (as browsers display it) instead of failing the document. Duplicate keys are kept;
//! lookups take the last, as `JSON.parse` does.

use super::value::Json;
use crate::model::limits::{MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH};

/// Parses a whole JSON document; the error says what is wrong and where
/// (`… at line 3 column 14`).
pub fn parse(text: &str) -> Result<Json, String> {
    parse_decoded(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parses text whose byte-order mark was already removed while decoding it (the
/// browser's `Response.text()` does that), so a second one is refused as natively.
pub fn parse_decoded(text: &str) -> Result<Json, String> {
    let mut parser = Parser::new(text)?;
    loop {
        if let Some(json) = parser.step(usize::MAX)? {
            return Ok(json);
        }
    }
}

/// A parse that can stop and go on: the browser parses a long document a slice at a
/// time (no recursion, so the state is a stack of open arrays and objects, bounded by
/// [`MAX_JSON_DEPTH`]). [`parse`] is this run to the end at once.
pub struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    open: Vec<Open>,
    next: Expect,
}

/// An array or object whose closing bracket has not been read yet.
enum Open {
    Array(Vec<Json>),
    /// The fields so far, and the key whose value is being read.
    Object(Vec<(String, Json)>, String),
}

/// What the parser reads next.
#[derive(Clone, Copy)]
enum Expect {
    Value,
    Key,
    /// `,` or the closing bracket of the innermost open container.
    Separator,
}

impl<'a> Parser<'a> {
    /// Starts parsing `text` (its byte-order mark already removed); refuses a document
    /// over the size limit or an empty one.
    pub fn new(text: &'a str) -> Result<Self, String> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(too_large(text.len()));
        }
        let mut p = Parser {
            src: text.as_bytes(),
            text,
            pos: 0,
            open: Vec::new(),
            next: Expect::Value,
        };
        p.skip_ws();
        if p.pos == p.src.len() {
            return Err(p.error("the document is empty"));
        }
        Ok(p)
    }

    /// Reads up to `values` more values; the document once it is complete.
    pub fn step(&mut self, values: usize) -> Result<Option<Json>, String> {
        for _ in 0..values {
            let done = match self.next {
                Expect::Value => self.value()?,
                Expect::Key => {
                    self.key()?;
                    None
                }
                Expect::Separator => self.separator()?,
            };
            if let Some(json) = done {
                self.skip_ws();
                if self.pos != self.src.len() {
                    return Err(self.error("unexpected text after the JSON value"));
                }
                return Ok(Some(json));
            }
        }
        Ok(None)
    }

    /// Reads one value (or opens a container); the document if that value ended it.
    fn value(&mut self) -> Result<Option<Json>, String> {
        self.skip_ws();
        let value = match self.peek() {
            Some(b'{') => {
                self.enter()?;
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    Json::Object(Vec::new())
                } else {
                    self.open.push(Open::Object(Vec::new(), String::new()));
                    self.next = Expect::Key;
                    return Ok(None);
                }
            }
            Some(b'[') => {
                self.enter()?;
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    Json::Array(Vec::new())
                } else {
                    self.open.push(Open::Array(Vec::new()));
                    self.next = Expect::Value;
                    return Ok(None);
                }
            }
            Some(b'"') => Json::String(self.string()?),
            Some(b't') => self.expect_word("true", Json::Bool(true))?,
            Some(b'f') => self.expect_word("false", Json::Bool(false))?,
            Some(b'n') => self.expect_word("null", Json::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            Some(_) => return Err(self.error("expected a value")),
            None => return Err(self.error("the document ends early")),
        };
        Ok(self.emit(value))
    }

    /// Puts a finished value into the innermost container; the document if none is open.
    fn emit(&mut self, value: Json) -> Option<Json> {
        self.next = Expect::Separator;
        match self.open.last_mut() {
            None => Some(value),
            Some(Open::Array(items)) => {
                items.push(value);
                None
            }
            Some(Open::Object(fields, key)) => {
                fields.push((std::mem::take(key), value));
                None
            }
        }
    }

    /// Opens an array or object, refusing nesting deeper than the limit.
    fn enter(&mut self) -> Result<(), String> {
        if self.open.len() + 1 > MAX_JSON_DEPTH {
            return Err(self.error(&format!("nesting deeper than {MAX_JSON_DEPTH} levels")));
        }
        self.pos += 1;
        Ok(())
    }

    fn key(&mut self) -> Result<(), String> {
        self.skip_ws();
        match self.peek() {
            Some(b'"') => {}
            None => return Err(self.error("the document ends early")),
            Some(_) => return Err(self.error("expected a key in double quotes")),
        }
        let name = self.string()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(self.error("expected ':' after a key"));
        }
        self.pos += 1;
        if let Some(Open::Object(_, key)) = self.open.last_mut() {
            *key = name;
        }
        self.next = Expect::Value;
        Ok(())
    }

    /// After a value inside a container: a comma, or the closing bracket.
    fn separator(&mut self) -> Result<Option<Json>, String> {
        self.skip_ws();
        let (close, what) = match self.open.last() {
            Some(Open::Array(_)) => (b']', "expected ',' or ']'"),
            Some(Open::Object(..)) => (b'}', "expected ',' or '}'"),
            None => return Err(self.error("unexpected text after the JSON value")),
        };
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                self.skip_ws();
                if self.peek() == Some(close) {
                    return Err(self.error("trailing comma"));
                }
                self.next = match close {
                    b']' => Expect::Value,
                    _ => Expect::Key,
                };
                Ok(None)
            }
            Some(c) if c == close => {
                self.pos += 1;
                let value = match self.open.pop() {
                    Some(Open::Array(items)) => Json::Array(items),
                    Some(Open::Object(fields, _)) => Json::Object(fields),
                    None => return Err(self.error("unexpected text after the JSON value")),
                };
                Ok(self.emit(value))
            }
            None => Err(self.error("the document ends early")),
            Some(_) => Err(self.error(what)),
        }
    }

    fn error(&self, what: &str) -> String {
        let upto = &self.text.as_bytes()[..self.pos.min(self.src.len())];
        let line = upto.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = upto.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&upto[line_start..]).chars().count() + 1;
        format!("not valid JSON: {what} at line {line} column {column}")
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.src[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let s = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos > s
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        if self.peek() == Some(b'0') {
            self.pos += 1;
            if matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("numbers may not start with 0"));
            }
        } else if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        let n: f64 = self.text[start..self.pos]
            .parse()
            .map_err(|_| self.error("not a number"))?;
        if n.is_finite() {
            Ok(Json::Number(n))
        } else {
            self.pos = start;
            Err(self.error("number out of range"))
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.pos += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("bad \\u escape"))
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control character at once.
            let run = self.src[self.pos..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(self.src.len() - self.pos);
            out.push_str(&self.text[self.pos..self.pos + run]);
            self.pos += run;
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let hi = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&hi)
                                && self.src[self.pos..].starts_with(b"\\u")
                            {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4()?;
                                if (0xDC00..0xE000).contains(&lo) {
                                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
                                } else {
                                    self.pos = save;
                                    None
                                }
                            } else {
                                char::from_u32(hi)
                            };
                            out.push(c.unwrap_or('\u{fffd}'));
                            continue;
                        }
                        Some(_) => return Err(self.error("unknown escape")),
                        None => return Err(self.error("the document ends early")),
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.error("control character in a string")),
                None => return Err(self.error("the document ends early (unterminated string)")),
            }
        }
    }
}

/// The message for a document over [`MAX_DOCUMENT_BYTES`]..
fn too_large(bytes: usize) -> String {
    format!(
        "the document is {bytes} bytes; the limit is {} bytes",
        MAX_DOCUMENT_BYTES
    )
}

#[cfg(test)]
#[path = "parser_tests.rs"]
mod tests;
