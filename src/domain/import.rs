//! Reading a document from text: stored data and imported files take the same road, so anything
//! the app accepts from one it accepts from the other.
//!
//! The road: bytes to text, a look at `format` and `schema_version`, migration of older
//! versions, typed reading with serde (errors carry the path of the bad value), then the rules
//! between records.

use super::migrate::{migrate, tidy};
use super::validate::validate;
use super::{Document, FORMAT, SCHEMA_VERSION};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// What is wrong with a file, and where in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    /// A path such as `interviews[3].scheduled_at`; empty when the problem is the whole file.
    pub path: String,
    pub message: String,
}

impl ImportError {
    pub fn whole(message: impl Into<String>) -> Self {
        ImportError {
            path: String::new(),
            message: message.into(),
        }
    }

    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        ImportError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The largest file looked at, in bytes. Stored data is held to about 5 Mi UTF-16 units, and a
/// pretty-printed export is at most about twice its compact form, so anything larger could never
/// be kept.
pub const MAX_FILE_BYTES: u64 = 12 * 1024 * 1024;

/// Checks a file's size before it is read at all.
pub fn check_file_size(bytes: u64) -> Result<(), ImportError> {
    if bytes == 0 {
        return Err(ImportError::whole("The file is empty."));
    }
    if bytes > MAX_FILE_BYTES {
        return Err(ImportError::whole(format!(
            "The file is {} MB; the browser can keep at most about 5 MB of planner data, so it cannot be imported.",
            bytes.div_ceil(1_000_000)
        )));
    }
    Ok(())
}

/// Turns a file's bytes into text, refusing binary files.
pub fn decode(bytes: &[u8]) -> Result<&str, ImportError> {
    check_file_size(bytes.len() as u64)?;
    let text = std::str::from_utf8(bytes).map_err(|e| {
        ImportError::whole(format!(
            "This is not a text file (unreadable bytes at position {}). Choose a .json file exported by the planner.",
            e.valid_up_to()
        ))
    })?;
    // Skip a byte-order mark some editors add.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(ImportError::whole(
            "This is not a text file (it contains null bytes). Choose a .json file exported by the planner.",
        ));
    }
    Ok(text)
}

/// Parses and fully checks a document. Returns the document at the current schema version and
/// the version the text was written in.
pub fn parse_document(text: &str) -> Result<(Document, u32), ImportError> {
    let header = read_header(text)?;
    let version = check_planner_header(&header)?;
    let doc: Document = if version == SCHEMA_VERSION {
        // The usual case reads straight into the model, with no tree in between.
        read_typed(text)?
    } else {
        // Older files are moved to the current shape as a tree, then read as text like any
        // other: one typed reader serves every file, which keeps the download smaller.
        let value: Value = serde_json::from_str(text).map_err(|e| not_json(&e))?;
        let mut doc: Document = read_typed(&migrate(value, version)?.to_string())?;
        tidy(&mut doc, version);
        doc
    };
    validate(&doc)?;
    Ok((doc, version))
}

/// The two fields every file of this app starts with, read without building the rest.
pub(crate) struct Header {
    pub format: Option<Value>,
    pub schema_version: Option<Value>,
}

impl<'de> Deserialize<'de> for Header {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct HeaderVisitor;
        impl<'de> Visitor<'de> for HeaderVisitor {
            type Value = Header;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
                let mut header = Header {
                    format: None,
                    schema_version: None,
                };
                while let Some(key) = map.next_key::<Cow<str>>()? {
                    match key.as_ref() {
                        "format" => header.format = map.next_value()?,
                        "schema_version" => header.schema_version = map.next_value()?,
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(header)
            }
        }
        d.deserialize_map(HeaderVisitor)
    }
}

/// Reads the header, which also checks that the whole text is JSON.
pub(crate) fn read_header(text: &str) -> Result<Header, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::whole("The file is empty."));
    }
    serde_json::from_str::<Header>(text).map_err(|e| {
        if !e.is_data() {
            return not_json(&e);
        }
        // Not an object: say what it is instead (or why it is not JSON at all: a list nested
        // too deeply fails here, not in the header).
        match serde_json::from_str::<Value>(text) {
            Ok(value) => ImportError::whole(format!(
                "Expected planner data (a JSON object with \"format\" and \"schema_version\"), but the file holds {}.",
                describe(&value)
            )),
            Err(e) => not_json(&e),
        }
    })
}

/// Checks that the header is one of ours and returns its schema version.
fn check_planner_header(header: &Header) -> Result<u32, ImportError> {
    check_format(
        header,
        FORMAT,
        "missing: this JSON was not written by the interview planner",
    )?;
    let version = match &header.schema_version {
        None => return Err(ImportError::at("schema_version", "missing")),
        Some(v) => v.as_u64().ok_or_else(|| {
            ImportError::at(
                "schema_version",
                format!("expected a whole number, found {}", found(v)),
            )
        })?,
    };
    if version > SCHEMA_VERSION as u64 {
        return Err(ImportError::at(
            "schema_version",
            format!(
                "the file was written by a newer version of the planner (data version {version}; this one reads up to {SCHEMA_VERSION}). Open it with the newer version, or update this one."
            ),
        ));
    }
    if version == 0 {
        return Err(ImportError::at(
            "schema_version",
            "0 is not a version the planner ever wrote",
        ));
    }
    Ok(version as u32)
}

/// Checks the `format` field against the one expected.
pub(crate) fn check_format(
    header: &Header,
    expected: &str,
    when_missing: &str,
) -> Result<(), ImportError> {
    match &header.format {
        None => Err(ImportError::at("format", when_missing)),
        Some(Value::String(f)) if f == expected => Ok(()),
        Some(other) => Err(ImportError::at(
            "format",
            format!(
                "expected \"{expected}\", found {}: this file belongs to another program",
                found(other)
            ),
        )),
    }
}

/// The message for text that is not JSON at all.
fn not_json(e: &serde_json::Error) -> ImportError {
    let at = format!("line {}, column {}", e.line(), e.column());
    ImportError::whole(if e.is_eof() {
        format!(
            "The file ends too early ({at}): it looks cut off. Export it again or copy it whole."
        )
    } else if e.to_string().starts_with("recursion limit exceeded") {
        format!("The file is nested too deeply to be planner data ({at}).")
    } else {
        format!(
            "This is not valid JSON ({at}): something there is missing or out of place, \
             such as a comma, a bracket or a quotation mark."
        )
    })
}

/// Reads typed data from JSON text with serde, naming where the first problem is in the
/// user's terms. The text has been checked to be JSON already (`read_header`).
pub(crate) fn read_typed<T: DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_str(text)).map_err(|e| {
        let path = match e.path().to_string() {
            root if root == "." => String::new(),
            path => path,
        };
        let inner = e.into_inner();
        let text = inner.to_string();
        let position = format!(" at line {} column {}", inner.line(), inner.column());
        explain(path, text.strip_suffix(&position).unwrap_or(&text))
    })
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Puts serde's message into words a person who never saw Rust can act on. serde's messages
/// have a fixed shape ("invalid type: integer `5`, expected a string"); anything else (an id's
/// own complaint, say) is already in the app's words and passes as it is.
fn explain(path: String, message: &str) -> ImportError {
    let quoted = |rest: &str| {
        rest.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return ImportError::at(join(&path, field), "missing, but required");
    }
    if let Some(rest) = message.strip_prefix("duplicate field `") {
        let field = rest.trim_end_matches('`');
        return ImportError::at(
            join(&path, field),
            "appears twice in the same object; keep only one",
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, options) = rest.split_once('`').unwrap_or((rest, ""));
        let options: Vec<String> = quoted(options);
        return ImportError::at(
            path,
            format!(
                "\"{value}\" is not a known value; expected one of: {}",
                options.join(", ")
            ),
        );
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some((unexpected, expected)) = message
            .strip_prefix(prefix)
            .and_then(|rest| rest.rsplit_once(", expected "))
        {
            return ImportError::at(
                path,
                format!(
                    "expected {}, found {}",
                    expected_in_words(expected),
                    found_in_words(unexpected)
                ),
            );
        }
    }
    ImportError::at(path, message)
}

fn expected_in_words(expected: &str) -> Cow<'_, str> {
    Cow::Borrowed(match expected {
        "a string" => "text",
        "a boolean" => "true or false",
        "u8" => "a whole number from 0 to 255",
        "u16" => "a whole number from 0 to 65535",
        "u32" => "a whole number from 0 to 4294967295",
        "u64" => "a whole number",
        "a sequence" => "a list",
        "a map" => "an object",
        e if e.starts_with("struct ") || e.starts_with("internally tagged enum") => "an object",
        e => return Cow::Borrowed(e),
    })
}

fn found_in_words(unexpected: &str) -> String {
    if let Some(text) = unexpected.strip_prefix("string ") {
        // Long texts are cut: the message is about the kind of value, not its whole content.
        return if text.chars().count() > 32 {
            format!("{}…\"", text.chars().take(31).collect::<String>())
        } else {
            text.to_owned()
        };
    }
    for number in ["integer `", "floating point `"] {
        if let Some(n) = unexpected.strip_prefix(number) {
            return format!("the number {}", n.trim_end_matches('`'));
        }
    }
    match unexpected {
        "boolean `true`" => "true".into(),
        "boolean `false`" => "false".into(),
        "unit value" | "null" => "nothing (null)".into(),
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        other => other.into(),
    }
}

/// A JSON value as a message shows it.
pub(crate) fn found(value: &Value) -> String {
    match value {
        Value::Null => "nothing (null)".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 30 => {
            format!("\"{}…\"", s.chars().take(30).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a piece of text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_are_put_in_plain_words() {
        let cases = [
            (
                "invalid type: integer `5`, expected a string",
                "a.b: expected text, found the number 5",
            ),
            (
                "invalid type: map, expected a sequence",
                "a.b: expected a list, found an object",
            ),
            (
                "invalid value: string \"next week\", expected a date like 2026-03-14",
                "a.b: expected a date like 2026-03-14, found \"next week\"",
            ),
            (
                "unknown variant `maybe`, expected one of `planned`, `asked`",
                "a.b: \"maybe\" is not a known value; expected one of: planned, asked",
            ),
            (
                "unknown variant `x`, expected `person` or `no_longer_tracked`",
                "a.b: \"x\" is not a known value; expected one of: person, no_longer_tracked",
            ),
            ("missing field `name`", "a.b.name: missing, but required"),
            (
                "invalid type: unit value, expected a boolean",
                "a.b: expected true or false, found nothing (null)",
            ),
            (
                "an id holds only letters, digits, '-' and '_'",
                "a.b: an id holds only letters, digits, '-' and '_'",
            ),
        ];
        for (serde, ours) in cases {
            assert_eq!(explain("a.b".into(), serde).to_string(), ours);
        }
        // A text that itself contains the separator is not split inside.
        assert_eq!(
            explain(
                "x".into(),
                "invalid type: string \"a, expected b\", expected a boolean"
            )
            .to_string(),
            "x: expected true or false, found \"a, expected b\""
        );
    }
}
