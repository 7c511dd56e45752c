//! How dates and times are written in files, for serde's `with` attribute.
//!
//! chrono does the parsing and formatting; what these add is the message a person reads when a
//! file holds something else ("expected a date like 2026-03-14, found \"next week\"").

use super::Timestamp;
use chrono::{DateTime, NaiveDate, NaiveDateTime, SecondsFormat};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A value kept in files as one piece of text.
pub trait TextForm: Sized {
    /// What the text should look like, for messages.
    const EXPECTED: &'static str;
    fn to_text(&self) -> String;
    fn from_text(text: &str) -> Result<Self, String>;
}

// chrono's own ISO 8601 forms (Display and FromStr): they are exactly the forms the data format
// has always written, and they read back what they write.

impl TextForm for NaiveDate {
    const EXPECTED: &'static str = "a date like 2026-03-14";
    fn to_text(&self) -> String {
        self.to_string()
    }
    fn from_text(text: &str) -> Result<Self, String> {
        text.parse().map_err(|e: chrono::ParseError| e.to_string())
    }
}

impl TextForm for NaiveDateTime {
    const EXPECTED: &'static str = "a date and time like 2026-03-14T15:30:00";
    fn to_text(&self) -> String {
        format!("{}T{}", self.date(), self.time())
    }
    fn from_text(text: &str) -> Result<Self, String> {
        // A time without seconds, as date-and-time inputs give it, means on the minute.
        let with_seconds;
        let text = if text.len() == 16 {
            with_seconds = format!("{text}:00");
            &with_seconds
        } else {
            text
        };
        text.parse().map_err(|e: chrono::ParseError| e.to_string())
    }
}

impl TextForm for Timestamp {
    const EXPECTED: &'static str =
        "a date and time with its offset, like 2026-03-14T15:30:00+01:00";
    fn to_text(&self) -> String {
        self.to_rfc3339_opts(SecondsFormat::AutoSi, true)
    }
    fn from_text(text: &str) -> Result<Self, String> {
        DateTime::parse_from_rfc3339(text).map_err(|e| e.to_string())
    }
}

/// Reads any JSON value and says what was expected when it is not text of the right form, so a
/// number where a date belongs reads "expected a date like …, found the number 5".
struct TextVisitor<T>(PhantomData<T>);

impl<T: TextForm> Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(T::EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        T::from_text(text).map_err(|_| E::invalid_value(de::Unexpected::Str(text), &T::EXPECTED))
    }
}

pub fn read<'de, T: TextForm, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    d.deserialize_str(TextVisitor(PhantomData))
}

pub fn write<T: TextForm, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&value.to_text())
}

/// `#[serde(with = "text")]`: a value kept as text.
pub mod text {
    pub use super::{read as deserialize, write as serialize};
}

/// `#[serde(with = "opt_text", default, skip_serializing_if = "Option::is_none")]`: an optional
/// value kept as text; absent or null is None.
pub mod opt_text {
    use super::*;

    pub fn serialize<T: TextForm, S: Serializer>(
        value: &Option<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.serialize_str(&v.to_text()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: TextForm, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped<T: TextForm>(#[serde(deserialize_with = "read")] T);
        Ok(Option::<Wrapped<T>>::deserialize(d)?.map(|Wrapped(v)| v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_read_back_what_they_write() {
        let t = DateTime::parse_from_rfc3339("2026-12-03T14:30:00.125+01:00").unwrap();
        assert_eq!(t.to_text(), "2026-12-03T14:30:00.125+01:00");
        assert_eq!(Timestamp::from_text(&t.to_text()), Ok(t));
        let utc = DateTime::parse_from_rfc3339("2026-12-03T14:30:00Z").unwrap();
        assert_eq!(utc.to_text(), "2026-12-03T14:30:00Z");
        let local = NaiveDateTime::from_text("2026-12-03T14:30").unwrap();
        assert_eq!(local.to_text(), "2026-12-03T14:30:00");
        assert_eq!(NaiveDateTime::from_text(&local.to_text()), Ok(local));
        let day = NaiveDate::from_text("2026-03-14").unwrap();
        assert_eq!(day.to_text(), "2026-03-14");
        assert!(NaiveDate::from_text("14/03/2026").is_err());
        assert!(Timestamp::from_text("2026-12-03T14:30:00").is_err());
    }
}
