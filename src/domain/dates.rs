//! Dates as people read them, and the values of date inputs.
//!
//! The domain keeps dates as values. Where it writes a sentence that holds one, it is handed a
//! [`DateWords`]: the browser's way of writing dates (its language's order, month and weekday
//! names and clock, see `format::Local`), or [`Plain`] in tests and tools.

use super::formats::TextForm;
use chrono::{NaiveDate, NaiveDateTime};

/// Puts dates and times into words for the person reading them.
pub trait DateWords {
    /// A day: "Dec 3, 2026" in US English.
    fn date(&self, d: NaiveDate) -> String;
    /// A day with its weekday: "Thu, Dec 3, 2026".
    fn day(&self, d: NaiveDate) -> String;
    /// A time of day: "2:30 PM".
    fn time(&self, t: NaiveDateTime) -> String;
    /// A day with its weekday and a time: "Thu, Dec 3, 2026, 2:30 PM".
    fn day_time(&self, t: NaiveDateTime) -> String;
}

/// One fixed way of writing dates, US English as the app's words are ("Thu, Dec 3, 2026,
/// 2:30 PM"): for files written without a browser at hand (spreadsheets), tests and tools.
pub struct Plain;

impl DateWords for Plain {
    fn date(&self, d: NaiveDate) -> String {
        d.format("%b %-d, %Y").to_string()
    }
    fn day(&self, d: NaiveDate) -> String {
        d.format("%a, %b %-d, %Y").to_string()
    }
    fn time(&self, t: NaiveDateTime) -> String {
        t.format("%-I:%M %p").to_string()
    }
    fn day_time(&self, t: NaiveDateTime) -> String {
        format!("{}, {}", self.day(t.date()), self.time(t))
    }
}

/// The value of an `<input type="date">`: "2026-12-03".
pub fn input_date(d: NaiveDate) -> String {
    d.to_string()
}

/// The value of an `<input type="datetime-local">`: "2026-12-03T14:30".
pub fn input_datetime(t: NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// Reads an `<input type="date">` value.
pub fn parse_input_date(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

/// Reads an `<input type="datetime-local">` value (seconds optional).
pub fn parse_input_datetime(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::from_text(text.trim()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        assert_eq!(Plain.date(d), "Dec 3, 2026");
        assert_eq!(Plain.day(d), "Thu, Dec 3, 2026");
        let t = d.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(Plain.day_time(t), "Thu, Dec 3, 2026, 9:05 AM");
        assert_eq!(Plain.time(d.and_hms_opt(14, 30, 0).unwrap()), "2:30 PM");
        assert_eq!(Plain.time(d.and_hms_opt(0, 15, 0).unwrap()), "12:15 AM");
        assert_eq!(input_datetime(t), "2026-12-03T09:05");
    }

    #[test]
    fn input_values_round_trip() {
        let t = NaiveDate::from_ymd_opt(2027, 1, 31)
            .unwrap()
            .and_hms_opt(23, 59, 0)
            .unwrap();
        assert_eq!(parse_input_datetime(&input_datetime(t)), Some(t));
        assert_eq!(parse_input_date("2027-01-31"), Some(t.date()));
        assert_eq!(
            parse_input_datetime("2027-01-31T23:59:30.5"),
            t.date().and_hms_milli_opt(23, 59, 30, 500)
        );
        assert_eq!(parse_input_date("2027-02-30"), None);
        assert_eq!(parse_input_date(""), None);
        assert_eq!(parse_input_datetime("2027-01-31"), None);
        assert_eq!(parse_input_datetime("2027-01-31T25:00"), None);
    }
}
