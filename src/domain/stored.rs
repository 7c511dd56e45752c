//! What to make of the text found in storage, and the text written there.

use super::import::{ImportError, parse_document};
use super::{Document, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq)]
pub enum Stored {
    /// Nothing stored: a first visit, or storage was cleared.
    Nothing,
    /// Readable data; `migrated_from` is set when it was written by an older build.
    Ready {
        doc: Box<Document>,
        migrated_from: Option<u32>,
    },
    /// Data is there but cannot be used. It must be left exactly as it is.
    Unreadable { error: ImportError },
}

pub fn interpret(raw: Option<&str>) -> Stored {
    let Some(raw) = raw else {
        return Stored::Nothing;
    };
    match parse_document(raw) {
        Ok((doc, version)) => Stored::Ready {
            doc: Box::new(doc),
            migrated_from: (version != SCHEMA_VERSION).then_some(version),
        },
        Err(error) => Stored::Unreadable { error },
    }
}

/// The document as storage keeps it: compact JSON.
pub fn stored_text(doc: &Document) -> String {
    serde_json::to_string(doc).expect("the document is plain data and always serialises")
}
