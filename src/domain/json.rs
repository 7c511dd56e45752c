//! Reads JSON text into a tree that borrows from the text.
//!
//! Why not `serde_json::Value`: at start-up the whole stored document (up to about 5 MB) goes
//! through here. Borrowing every string that has no escapes means one allocation per string (when
//! the model takes its copy) instead of two, and objects are small lists rather than B-trees.
//! The planner's files hold only whole numbers, so numbers are kept as written and never turned
//! into floats; together this is also a good deal less code in the download than serde's reader.
//! `tests/json_reader.rs` checks it against serde_json on generated and broken input.

use std::borrow::Cow;

/// The deepest nesting accepted; the same limit serde_json applies, and far beyond any planner
/// file. Reading recursively, this also bounds the stack.
pub const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number as written in the file.
    Number(Cow<'a, str>),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    /// Members in file order. A key written twice means its last value, as in JavaScript.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'a> Value<'a> {
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX`, written without a fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value<'a>]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_array_mut(&mut self) -> Option<&mut Vec<Value<'a>>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The value of an object's member.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(members) => position(members, key)
                .and_then(|i| members.get(i))
                .map(|m| &m.1),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value<'a>> {
        match self {
            Value::Object(members) => position(members, key)
                .and_then(|i| members.get_mut(i))
                .map(|m| &mut m.1),
            _ => None,
        }
    }

    /// Sets an object's member, replacing the value it had.
    pub fn set(&mut self, key: &'static str, value: Value<'a>) {
        if let Some(old) = self.get_mut(key) {
            *old = value;
        } else if let Value::Object(members) = self {
            members.push((Cow::Borrowed(key), value));
        }
    }
}

/// Where `key` last appears among an object's members: a key written twice means its last value.
///
/// Decoding a stored document looks up tens of thousands of keys at start-up. Keys of one record
/// mostly differ in length or first letter, so checking those first leaves the full comparison,
/// a call to memcmp, for about one key per lookup.
pub fn position(members: &[(Cow<'_, str>, Value<'_>)], key: &str) -> Option<usize> {
    let first = key.as_bytes().first();
    members
        .iter()
        .rposition(|(k, _)| k.len() == key.len() && k.as_bytes().first() == first && k == key)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The text stops before the value is complete.
    Eof,
    /// Nested deeper than `MAX_DEPTH`.
    TooDeep,
    /// Anything else out of place.
    Syntax,
}

/// Where reading stopped: line and column count from 1, the column in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub line: usize,
    pub column: usize,
}

/// Reads one JSON value filling the whole text (whitespace around it allowed).
pub fn parse(text: &str) -> Result<Value<'_>, Error> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
        items: Vec::new(),
        members: Vec::new(),
    };
    let value = reader.value()?;
    reader.skip_space();
    if reader.pos < reader.bytes.len() {
        return Err(reader.fail(ErrorKind::Syntax));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    // Members of the lists and objects being read. Each is moved into a vector of its exact
    // size when its closing bracket is reached: one allocation per list or object instead of
    // one per doubling.
    items: Vec<Value<'a>>,
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

impl<'a> Reader<'a> {
    #[cold]
    #[inline(never)]
    fn fail(&self, kind: ErrorKind) -> Error {
        let before = &self.bytes[..self.pos.min(self.bytes.len())];
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        Error {
            kind,
            line: 1 + before[..line_start].iter().filter(|b| **b == b'\n').count(),
            column: self.pos - line_start + 1,
        }
    }

    /// The error for an unexpected byte at `pos`, or for the end of the text.
    #[cold]
    #[inline(never)]
    fn unexpected(&self) -> Error {
        self.fail(if self.pos >= self.bytes.len() {
            ErrorKind::Eof
        } else {
            ErrorKind::Syntax
        })
    }

    // The build turns off most inlining to keep the download small; these few run for every
    // byte of a 5 MB document at start-up, so they are inlined by hand.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline(always)]
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// Skips space, then takes `byte` or fails.
    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        self.skip_space();
        if self.peek() != Some(byte) {
            return Err(self.unexpected());
        }
        self.pos += 1;
        Ok(())
    }

    fn value(&mut self) -> Result<Value<'a>, Error> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => {
                let mark = self.members.len();
                self.nested(b'}', |r| {
                    let key = r.string_after_space()?;
                    r.expect(b':')?;
                    let value = r.value()?;
                    r.members.push((key, value));
                    Ok(())
                })?;
                Ok(Value::Object(self.members.split_off(mark)))
            }
            Some(b'[') => {
                let mark = self.items.len();
                self.nested(b']', |r| {
                    let value = r.value()?;
                    r.items.push(value);
                    Ok(())
                })?;
                Ok(Value::Array(self.items.split_off(mark)))
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected()),
        }
    }

    /// An object or a list: `item` reads one member onto a stack, the brackets and commas are
    /// read here.
    fn nested(&mut self, close: u8, item: fn(&mut Self) -> Result<(), Error>) -> Result<(), Error> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(self.fail(ErrorKind::TooDeep));
        }
        self.pos += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            self.pos += 1;
        } else {
            loop {
                item(self)?;
                self.skip_space();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b) if b == close => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.unexpected()),
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn word(&mut self, word: &str, value: Value<'a>) -> Result<Value<'a>, Error> {
        for expected in word.bytes() {
            if self.peek() != Some(expected) {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn number(&mut self) -> Result<Value<'a>, Error> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.unexpected()),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.some_digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.some_digits()?;
        }
        Ok(Value::Number(Cow::Borrowed(&self.text[start..self.pos])))
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), Error> {
        if !matches!(self.peek(), Some(b'0'..=b'9')) {
            return Err(self.unexpected());
        }
        self.digits();
        Ok(())
    }

    fn string_after_space(&mut self) -> Result<Cow<'a, str>, Error> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return Err(self.unexpected());
        }
        self.string()
    }

    /// A string starting at its opening quote. Borrowed unless it holds escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.pos += 1;
        let mut owned: Option<String> = None;
        let mut run = self.pos;
        loop {
            // Quotes, backslashes and control bytes are ASCII, so every stop is a character
            // boundary and the runs between them can be copied as they are.
            self.skip_plain();
            let Some(b) = self.peek() else {
                return Err(self.unexpected());
            };
            match b {
                b'"' => {
                    let tail = &self.text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Cow::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    let c = self.escape()?;
                    owned.as_mut().expect("just set").push(c);
                    run = self.pos;
                }
                0..0x20 => return Err(self.fail(ErrorKind::Syntax)),
                _ => self.pos += 1,
            }
        }
    }

    /// Moves past string content that needs no attention: eight bytes at a time while none of
    /// them is a quote, a backslash or a control byte, then byte by byte. Strings are most of
    /// a planner file, so this is most of the reading time.
    #[inline(always)]
    fn skip_plain(&mut self) {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        // Whether any byte of `v` is zero, or below `n` (n at most 128): exact for the word as
        // a whole, which is all that is asked.
        let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & HIGHS;
        let bytes = self.bytes;
        let mut i = self.pos;
        while let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            let special = below(word ^ (ONES * u64::from(b'"')), 1)
                | below(word ^ (ONES * u64::from(b'\\')), 1)
                | below(word, 0x20);
            if special != 0 {
                break;
            }
            i += 8;
        }
        while let Some(&b) = bytes.get(i) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            i += 1;
        }
        self.pos = i;
    }

    /// The character an escape stands for; `pos` is just after the backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(b) = self.peek() else {
            return Err(self.unexpected());
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..0xDC00 => {
                        // A character beyond the first plane, written as a surrogate pair.
                        if self.peek() != Some(b'\\') {
                            return Err(self.unexpected());
                        }
                        self.pos += 1;
                        if self.peek() != Some(b'u') {
                            return Err(self.unexpected());
                        }
                        self.pos += 1;
                        let second = self.hex4()?;
                        if !(0xDC00..0xE000).contains(&second) {
                            return Err(self.fail(ErrorKind::Syntax));
                        }
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    }
                    0xDC00..0xE000 => return Err(self.fail(ErrorKind::Syntax)),
                    _ => first,
                };
                char::from_u32(code).ok_or_else(|| self.fail(ErrorKind::Syntax))?
            }
            _ => {
                self.pos -= 1;
                return Err(self.fail(ErrorKind::Syntax));
            }
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(self.unexpected()),
            };
            code = code * 16 + u32::from(digit);
            self.pos += 1;
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value<'_> {
        Value::String(Cow::Borrowed(text))
    }

    #[test]
    fn plain_strings_borrow_and_escaped_ones_are_decoded() {
        let v = parse(r#"{"a": "plain", "b": "line\nbreak \u00e9 \ud83d\ude00 \"q\""}"#).unwrap();
        assert!(matches!(
            v.get("a"),
            Some(Value::String(Cow::Borrowed("plain")))
        ));
        assert_eq!(v.get("b"), Some(&s("line\nbreak é 😀 \"q\"")));
    }

    #[test]
    fn quotes_backslashes_and_control_bytes_are_found_at_every_place_in_a_word() {
        for filler in ["a", "é", "\u{7f}", "~"] {
            for at in 0..20 {
                let before = filler.repeat(at);
                let after = filler.repeat(11);
                let text = format!("\"{before}\\n{after}\"");
                assert_eq!(
                    parse(&text),
                    Ok(s(&format!("{before}\n{after}"))),
                    "{text:?}"
                );
                let text = format!("\"{before}\"");
                assert_eq!(parse(&text), Ok(s(&before)), "{text:?}");
                let text = format!("\"{before}\u{1f}{after}\"");
                assert!(parse(&text).is_err(), "{text:?}");
            }
        }
    }

    #[test]
    fn the_last_of_a_repeated_key_counts() {
        let v = parse(r#"{"a": 1, "a": 2}"#).unwrap();
        assert_eq!(v.get("a").and_then(Value::as_u64), Some(2));
    }

    #[test]
    fn numbers_are_kept_as_written() {
        let v = parse("[0, 12, -3, 1.5, 2e3, 18446744073709551616]").unwrap();
        let n: Vec<Option<u64>> = v.as_array().unwrap().iter().map(Value::as_u64).collect();
        assert_eq!(n, [Some(0), Some(12), None, None, None, None]);
    }

    #[test]
    fn errors_say_where_and_what_kind() {
        let at = |text: &str| parse(text).map(|_| ()).unwrap_err();
        assert_eq!(
            at("Thanks!"),
            Error {
                kind: ErrorKind::Syntax,
                line: 1,
                column: 1
            }
        );
        assert_eq!(at("{\n  \"a\": [1, 2").kind, ErrorKind::Eof);
        assert_eq!(at("{\n  \"a\": [1 2]}").line, 2);
        assert_eq!(at("{\n  \"a\": [1 2]}").column, 11);
        assert_eq!(at(&"[".repeat(200)).kind, ErrorKind::TooDeep);
        for bad in [
            "01",
            "1.",
            "-",
            "1e",
            "[1,]",
            "{\"a\" 1}",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\udc00x\"",
            "tru",
            "nul",
            "[1] 2",
            "\"tab\there\"",
            "{,}",
            "{\"a\":1,}",
        ] {
            assert!(parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn nesting_up_to_the_limit_is_read() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1));
        assert!(parse(&deep).is_ok());
    }

    #[test]
    fn set_replaces_or_adds() {
        let mut v = parse(r#"{"a": 1}"#).unwrap();
        v.set("a", s("x"));
        v.set("b", Value::Null);
        assert_eq!(v, parse(r#"{"a": "x", "b": null}"#).unwrap());
    }
}
