//! Dates as people read them, and the values of date inputs.
//!
//! The domain keeps dates as values. Where it writes a sentence that holds one, it is handed a
//! [`DateWords`]: the browser's way of writing dates (its language's order, month and weekday
//! names and clock, see `format::Local`), or [`Plain`] in tests and tools.

use super::formats::TextForm;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

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

/// One fixed way of writing dates ("Thu 3 Dec 2026, 14:30"), for tests and native tools.
pub struct Plain;

impl DateWords for Plain {
    fn date(&self, d: NaiveDate) -> String {
        date(d)
    }
    fn day(&self, d: NaiveDate) -> String {
        day(d)
    }
    fn time(&self, t: NaiveDateTime) -> String {
        time(t)
    }
    fn day_time(&self, t: NaiveDateTime) -> String {
        day_time(t)
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn weekday(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

/// "3 Dec 2026".
pub fn date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "Thu 3 Dec 2026".
pub fn day(d: NaiveDate) -> String {
    format!("{} {}", weekday(d), date(d))
}

/// "14:30".
pub fn time(t: NaiveDateTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "Thu 3 Dec 2026, 14:30".
pub fn day_time(t: NaiveDateTime) -> String {
    format!("{}, {}", day(t.date()), time(t))
}

/// The value of an `<input type="date">`: "2026-12-03".
pub fn input_date(d: NaiveDate) -> String {
    d.to_string()
}

/// The value of an `<input type="datetime-local">`: "2026-12-03T14:30".
pub fn input_datetime(t: NaiveDateTime) -> String {
    format!("{}T{}", input_date(t.date()), time(t))
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
        assert_eq!(date(d), "3 Dec 2026");
        assert_eq!(day(d), "Thu 3 Dec 2026");
        let t = d.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(day_time(t), "Thu 3 Dec 2026, 09:05");
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
