//! What to make of the text found in storage at start-up.

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

/// The save counter of stored text, read from its first characters only (it is the third field
/// written), so a tab can check for another tab's save without reading megabytes. A document
/// saved before counting began has none, which counts as 0.
pub fn revision_of(start: &str) -> u64 {
    let Some(at) = start.find("\"revision\":") else {
        return 0;
    };
    start[at + 11..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_revision_is_near_the_start_of_stored_text() {
        let mut doc = Document::empty();
        doc.revision = 4711;
        let text = crate::domain::encode::document(&doc, false);
        assert_eq!(revision_of(&text[..80]), 4711);
        assert_eq!(
            revision_of("{\"format\":\"x\",\"schema_version\":2,\"careers\":[]}"),
            0
        );
    }
}
