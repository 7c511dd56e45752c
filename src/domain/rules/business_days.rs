//! Business days: Monday to Friday. Public holidays differ by country and are not counted.

use chrono::{Datelike, Days, NaiveDate, Weekday};

pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n`-th business day after `start` (`start` itself is never counted).
pub fn add_business_days(start: NaiveDate, n: u32) -> NaiveDate {
    let mut date = start;
    let mut left = n;
    while left > 0 {
        date = date + Days::new(1);
        if is_business_day(date) {
            left -= 1;
        }
    }
    date
}

/// How many business days lie after `from`, up to and including `to`; zero if `to` is not later.
pub fn business_days_between(from: NaiveDate, to: NaiveDate) -> u32 {
    if to <= from {
        return 0;
    }
    let days = (to - from).num_days();
    let whole_weeks = days / 7;
    let mut count = whole_weeks * 5;
    let mut date = from + Days::new((whole_weeks * 7) as u64);
    while date < to {
        date = date + Days::new(1);
        if is_business_day(date) {
            count += 1;
        }
    }
    count as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekends_are_not_business_days() {
        assert!(is_business_day(d("2026-11-27"))); // Friday
        assert!(!is_business_day(d("2026-11-28")));
        assert!(!is_business_day(d("2026-11-29")));
        assert!(is_business_day(d("2026-11-30")));
    }

    #[test]
    fn adding_skips_weekends() {
        // Thursday + 3 business days = Tuesday.
        assert_eq!(add_business_days(d("2026-11-26"), 3), d("2026-12-01"));
        // Friday + 1 = Monday.
        assert_eq!(add_business_days(d("2026-11-27"), 1), d("2026-11-30"));
        // Saturday + 1 = Monday.
        assert_eq!(add_business_days(d("2026-11-28"), 1), d("2026-11-30"));
        // Monday + 7 = Wednesday of the next week.
        assert_eq!(add_business_days(d("2026-11-30"), 7), d("2026-12-09"));
        assert_eq!(add_business_days(d("2026-11-30"), 0), d("2026-11-30"));
    }

    #[test]
    fn counting_matches_adding() {
        let start = d("2026-01-01");
        for offset in 0..60u64 {
            let from = start + Days::new(offset);
            for n in 0..25 {
                let to = add_business_days(from, n);
                assert_eq!(business_days_between(from, to), n, "{from} + {n}");
            }
        }
    }

    #[test]
    fn counting_backwards_or_same_day_is_zero() {
        assert_eq!(business_days_between(d("2026-11-27"), d("2026-11-27")), 0);
        assert_eq!(business_days_between(d("2026-11-27"), d("2026-11-20")), 0);
        // Friday to Sunday: no business day in between.
        assert_eq!(business_days_between(d("2026-11-27"), d("2026-11-29")), 0);
    }
}
