//! What to make of the text found in storage, and the text written there.

use super::import::{ImportError, parse_document};
use super::{Document, SCHEMA_VERSION};
use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};
use std::io;

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
    json_text(doc, false)
}

/// A value of the model as JSON: compact for storage, indented for files people open.
pub fn json_text<T: Serialize>(value: &T, pretty: bool) -> String {
    let mut out = Vec::with_capacity(16 * 1024);
    let layout = Layout(pretty.then(PrettyFormatter::new));
    value
        .serialize(&mut serde_json::Serializer::with_formatter(
            &mut out, layout,
        ))
        .expect("the model is plain data and always serialises");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// serde_json's indented layout or its compact one, chosen when writing rather than when
/// compiling, so one copy of the serialising code serves storage and exports alike (each copy
/// is tens of kilobytes of the download). Only the calls that differ between the two layouts
/// are passed on; the rest are the compact defaults.
struct Layout(Option<PrettyFormatter<'static>>);

macro_rules! pass_on {
    ($($name:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $name<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            match &mut self.0 {
                Some(pretty) => pretty.$name(writer $(, $arg)*),
                None => CompactFormatter.$name(writer $(, $arg)*),
            }
        }
    )*};
}

impl Formatter for Layout {
    pass_on!(
        begin_array(),
        end_array(),
        begin_array_value(first: bool),
        end_array_value(),
        begin_object(),
        end_object(),
        begin_object_key(first: bool),
        begin_object_value(),
        end_object_value(),
    );
}
