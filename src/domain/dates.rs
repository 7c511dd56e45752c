//! Dates as people read them, written by hand: chrono's strftime machinery would add tens of
//! kilobytes to the download for three formats.

use super::Timestamp;
use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, Timelike, Weekday};

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
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The value of an `<input type="datetime-local">`: "2026-12-03T14:30".
pub fn input_datetime(t: NaiveDateTime) -> String {
    format!("{}T{}", input_date(t.date()), time(t))
}

/// Reads an `<input type="date">` value.
pub fn parse_input_date(text: &str) -> Option<NaiveDate> {
    exact_date(text.as_bytes()).or_else(|| any_date(text))
}

/// The digits of `b` as a number; None if any byte is not a digit.
fn number(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

/// "2026-12-03" exactly, read byte by byte: the form the planner writes. A stored document
/// holds thousands of dates, and the general reader below, which takes what people type too,
/// costs several times as much per date at start-up. Anything else falls through to it.
fn exact_date(b: &[u8]) -> Option<NaiveDate> {
    match b {
        [y @ .., b'-', m1, m2, b'-', d1, d2] if y.len() == 4 => NaiveDate::from_ymd_opt(
            i32::try_from(number(y)?).ok()?,
            number(&[*m1, *m2])?,
            number(&[*d1, *d2])?,
        ),
        _ => None,
    }
}

fn any_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Reads an `<input type="datetime-local">` value (seconds optional).
pub fn parse_input_datetime(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.trim().split_once('T')?;
    let date = parse_input_date(date)?;
    let mut parts = time.split(':');
    let h = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let s = match parts.next() {
        Some(s) => s.split('.').next()?.parse().ok()?,
        None => 0,
    };
    date.and_hms_opt(h, m, s)
}

/// Fractional seconds as written in files: none, milliseconds, microseconds or nanoseconds,
/// whichever is shortest and exact.
fn fraction(nanos: u32) -> String {
    match nanos {
        0 => String::new(),
        n if n % 1_000_000 == 0 => format!(".{:03}", n / 1_000_000),
        n if n % 1_000 == 0 => format!(".{:06}", n / 1_000),
        n => format!(".{n:09}"),
    }
}

/// A wall-clock time in files: "2026-12-03T14:30:00".
pub fn iso_datetime(t: NaiveDateTime) -> String {
    format!(
        "{}T{:02}:{:02}:{:02}{}",
        input_date(t.date()),
        t.hour(),
        t.minute(),
        t.second(),
        fraction(t.nanosecond())
    )
}

/// A moment with its offset, RFC 3339: "2026-12-03T14:30:00.125+01:00", or "…Z" at UTC.
pub fn iso_timestamp(t: Timestamp) -> String {
    let offset = t.offset().local_minus_utc();
    let zone = if offset == 0 {
        "Z".to_owned()
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let minutes = offset.unsigned_abs() / 60;
        format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    };
    format!("{}{zone}", iso_datetime(t.naive_local()))
}

/// Reads "HH:MM:SS" with an optional fraction; returns the time and what follows it.
fn parse_clock(text: &str) -> Option<(u32, u32, u32, u32, &str)> {
    let b = text.as_bytes();
    if b.len() < 8 || b[2] != b':' || b[5] != b':' {
        return None;
    }
    let (h, m, s) = (number(&b[0..2])?, number(&b[3..5])?, number(&b[6..8])?);
    let mut rest = &text[8..];
    let mut nanos = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        nanos = number(&frac.as_bytes()[..digits])? * 10u32.pow(9 - digits as u32);
        rest = &frac[digits..];
    }
    Some((h, m, s, nanos, rest))
}

/// Reads a wall-clock time as written in files (seconds and fraction optional).
pub fn parse_iso_datetime(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let date = parse_input_date(date)?;
    let time = if time.len() == 5 {
        format!("{time}:00")
    } else {
        time.to_owned()
    };
    let (h, m, s, nanos, rest) = parse_clock(&time)?;
    rest.is_empty().then_some(())?;
    date.and_hms_nano_opt(h, m, s, nanos)
}

/// Reads an RFC 3339 moment: "2026-12-03T14:30:00+01:00", "…Z", with an optional fraction.
pub fn parse_iso_timestamp(text: &str) -> Option<Timestamp> {
    let (date, time) = text.split_once(['T', 't'])?;
    let date = parse_input_date(date)?;
    let (h, m, s, nanos, zone) = parse_clock(time)?;
    let offset = match zone {
        "Z" | "z" => 0,
        _ => {
            let sign = match zone.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (hh, mm) = zone[1..].split_once(':')?;
            (hh.len() == 2 && mm.len() == 2).then_some(())?;
            let (hh, mm) = (number(hh.as_bytes())?, number(mm.as_bytes())?);
            (mm < 60).then_some(())?;
            let minutes = hh * 60 + mm;
            sign * i32::try_from(minutes * 60).ok()?
        }
    };
    let local = date.and_hms_nano_opt(h, m, s, nanos)?;
    let offset = FixedOffset::east_opt(offset)?;
    local.and_local_timezone(offset).single()
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
    fn file_formats_round_trip() {
        for text in [
            "2026-11-27T06:49:44.285Z",
            "2026-11-27T10:00:00+01:00",
            "2026-06-01T23:59:59.123456-05:30",
            "2026-01-01T00:00:00.000000001+14:00",
        ] {
            let t = parse_iso_timestamp(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(iso_timestamp(t), text);
            assert_eq!(Some(t), chrono::DateTime::parse_from_rfc3339(text).ok());
        }
        for bad in [
            "2026-11-27",
            "2026-11-27T10:00:00",
            "2026-11-27T10:00:00+1:00",
            "2026-13-01T00:00:00Z",
            "2026-11-27T10:00:00.Z",
        ] {
            assert_eq!(parse_iso_timestamp(bad), None, "{bad}");
        }
        let t = parse_iso_datetime("2026-12-03T14:30:00").unwrap();
        assert_eq!(iso_datetime(t), "2026-12-03T14:30:00");
        assert_eq!(parse_iso_datetime("2026-12-03T14:30"), Some(t));
        assert_eq!(parse_iso_datetime("2026-12-03T14:30:00Z"), None);
    }

    /// Reading dates and moments byte by byte may only be faster: every moment read is the one
    /// chrono's RFC 3339 reader finds, and every date read exactly is the one the general
    /// reader finds.
    #[test]
    fn moments_and_dates_read_as_chrono_and_the_general_reader_read_them() {
        let mut texts = vec![
            "2026-11-27T09:00:00+01:00".to_owned(),
            "2026-11-27T06:49:44.285Z".to_owned(),
            "2026-06-01T23:59:59.123456-05:30".to_owned(),
            "2026-01-01T00:00:00.000000001+14:00".to_owned(),
            "2028-02-29T12:00:00-00:00".to_owned(),
            "0001-01-01T00:00:00Z".to_owned(),
        ];
        // Every single-byte change and every one-byte cut of each: misplaced separators,
        // letters or signs for digits, impossible dates and times, offsets out of range.
        for text in texts.clone() {
            for at in 0..text.len() {
                for &b in b"0123456789+-:.TtZz x\xc3" {
                    let mut changed = text.clone().into_bytes();
                    changed[at] = b;
                    texts.push(String::from_utf8_lossy(&changed).into_owned());
                }
                texts.push(format!("{}{}", &text[..at], &text[at + 1..]));
            }
        }
        let mut read = 0;
        for text in &texts {
            let date = text.get(..10).unwrap_or(text);
            let Some(d) = exact_date(date.as_bytes()) else {
                // The general date reader is more lenient than RFC 3339 ("+026-11-27").
                continue;
            };
            assert_eq!(Some(d), any_date(date), "{date}");
            if let Some(t) = parse_iso_timestamp(text) {
                read += 1;
                assert_eq!(
                    Some(t),
                    chrono::DateTime::parse_from_rfc3339(text).ok(),
                    "{text}"
                );
            }
        }
        assert!(read > 100, "{read} of {}", texts.len());
        for bad in [
            "2026-11-27T+9:00:00Z",
            "2026-11-27T09:00:00+-1:00",
            "2026-11-27T09:00:00.+1Z",
        ] {
            assert_eq!(parse_iso_timestamp(bad), None, "{bad}");
        }
        assert_eq!(exact_date(b"2026-02-30"), None);
        assert_eq!(exact_date(b"2026-2-03"), None);
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
            t.date().and_hms_opt(23, 59, 30)
        );
        assert_eq!(parse_input_date("2027-02-30"), None);
        assert_eq!(parse_input_date(""), None);
        assert_eq!(parse_input_datetime("2027-01-31"), None);
        assert_eq!(parse_input_datetime("2027-01-31T25:00"), None);
    }
}
