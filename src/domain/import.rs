//! Reading a document from text: stored data and imported files take the same road, so anything
//! the app accepts from one it accepts from the other.
//!
//! The road: bytes to text, text to JSON, a look at `format` and `schema_version`, migration,
//! typed decoding (errors carry the path of the bad value), then the rules between records.

use super::decode::{self, found};
use super::json::{self, ErrorKind, Value};
use super::migrate::migrate;
use super::validate::validate;
use super::{Document, FORMAT, SCHEMA_VERSION};
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
    let value = parse_json(text)?;
    let version = check_header(&value)?;
    let value = migrate(value, version)?;
    let doc = decode::document(&value)?;
    validate(&doc)?;
    Ok((doc, version))
}

pub(crate) fn parse_json(text: &str) -> Result<Value<'_>, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::whole("The file is empty."));
    }
    json::parse(text).map_err(|e| {
        let at = format!("line {}, column {}", e.line, e.column);
        ImportError::whole(match e.kind {
            ErrorKind::Eof => format!(
                "The file ends too early ({at}): it looks cut off. Export it again or copy it whole."
            ),
            ErrorKind::TooDeep => {
                format!("The file is nested too deeply to be planner data ({at}).")
            }
            ErrorKind::Syntax => format!(
                "This is not valid JSON ({at}): something there is missing or out of place, \
                 such as a comma, a bracket or a quotation mark."
            ),
        })
    })
}

/// Checks that the JSON is one of ours and returns its schema version.
pub(crate) fn check_header(value: &Value) -> Result<u32, ImportError> {
    let Value::Object(_) = value else {
        return Err(ImportError::whole(format!(
            "Expected planner data (a JSON object with \"format\" and \"schema_version\"), but the file holds {}.",
            describe(value)
        )));
    };
    match value.get("format") {
        None => {
            return Err(ImportError::at(
                "format",
                "missing: this JSON was not written by the interview planner",
            ));
        }
        Some(Value::String(f)) if f.as_ref() == FORMAT => {}
        Some(other) => {
            return Err(ImportError::at(
                "format",
                format!(
                    "expected \"{FORMAT}\", found {}: this file belongs to another program",
                    found(other)
                ),
            ));
        }
    }
    let version = match value.get("schema_version") {
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
