//! Dates and times as the browser's language writes them, through `Intl.DateTimeFormat`: a US
//! student reads "Thu, Dec 17, 2026, 2:00 PM", a British one "Thu 17 Dec 2026, 14:00".

use crate::domain::dates::DateWords;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The browser's way of writing dates. Every page formats dates through it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Local;

/// The formatting functions, made once: building an `Intl.DateTimeFormat` is slow next to using
/// one, and lists of talks format many dates.
struct Formats {
    date: Function,
    day: Function,
    time: Function,
    day_time: Function,
}

thread_local! {
    static FORMATS: Formats = Formats {
        date: formatter(&[("year", "numeric"), ("month", "short"), ("day", "numeric")]),
        day: formatter(&[("weekday", "short"), ("year", "numeric"), ("month", "short"), ("day", "numeric")]),
        time: formatter(&[("hour", "numeric"), ("minute", "2-digit")]),
        day_time: formatter(&[
            ("weekday", "short"),
            ("year", "numeric"),
            ("month", "short"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "2-digit"),
        ]),
    };
}

/// A `format` function for these options in the browser's own language (no locale given).
fn formatter(options: &[(&str, &str)]) -> Function {
    let object = Object::new();
    for (key, value) in options {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    Intl::DateTimeFormat::new(&Array::new(), &object).format()
}

fn js_date(d: NaiveDate, hour: u32, minute: u32) -> Date {
    Date::new_with_year_month_day_hr_min(
        d.year() as u32,
        d.month0() as i32,
        d.day() as i32,
        hour as i32,
        minute as i32,
    )
}

fn write(pick: impl Fn(&Formats) -> &Function, date: Date) -> String {
    FORMATS.with(|f| {
        pick(f)
            .call1(&JsValue::UNDEFINED, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

impl DateWords for Local {
    fn date(&self, d: NaiveDate) -> String {
        write(|f| &f.date, js_date(d, 12, 0))
    }
    fn day(&self, d: NaiveDate) -> String {
        write(|f| &f.day, js_date(d, 12, 0))
    }
    fn time(&self, t: NaiveDateTime) -> String {
        write(|f| &f.time, js_date(t.date(), t.hour(), t.minute()))
    }
    fn day_time(&self, t: NaiveDateTime) -> String {
        write(|f| &f.day_time, js_date(t.date(), t.hour(), t.minute()))
    }
}
