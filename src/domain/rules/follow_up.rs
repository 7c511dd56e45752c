//! After the talk: the thank-you note and keeping in touch.

use crate::domain::{AdviceAction, Interview};
use chrono::{Days, NaiveDate};

/// The note should go out within a week of the talk at the latest.
pub const THANK_YOU_DEADLINE_DAYS: u64 = 7;
/// Check in about a month, two months and three months after the talk.
pub const CHECK_IN_DAYS: [u16; 3] = [30, 60, 90];

/// "a month", "two months", "three months": how a check-in is named in sentences.
pub fn check_in_span(after_days: u16) -> &'static str {
    match after_days / 30 {
        0 | 1 => "a month",
        2 => "two months",
        _ => "three months",
    }
}

pub fn thank_you_due_by(held_on: NaiveDate) -> NaiveDate {
    held_on + Days::new(THANK_YOU_DEADLINE_DAYS)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThankYou {
    /// The talk has not happened yet.
    NotYet,
    /// The talk was today: writing now is best, nothing is late.
    Today {
        due_by: NaiveDate,
    },
    /// A day or more has passed: a nudge.
    Due {
        due_by: NaiveDate,
    },
    /// Past the one-week limit.
    Overdue {
        due_by: NaiveDate,
        days_late: i64,
    },
    Sent {
        on: NaiveDate,
        on_time: bool,
    },
}

pub fn thank_you_state(interview: &Interview, today: NaiveDate) -> ThankYou {
    let Some(held_on) = interview.held_on.filter(|_| interview.status.was_held()) else {
        return ThankYou::NotYet;
    };
    let due_by = thank_you_due_by(held_on);
    if let Some(on) = interview.thank_you_sent {
        return ThankYou::Sent {
            on,
            on_time: on <= due_by,
        };
    }
    if today > due_by {
        ThankYou::Overdue {
            due_by,
            days_late: (today - due_by).num_days(),
        }
    } else if today > held_on {
        ThankYou::Due { due_by }
    } else {
        ThankYou::Today { due_by }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckIn {
    /// 30, 60 or 90.
    pub after_days: u16,
    pub on: NaiveDate,
    /// Whether the day has come.
    pub due: bool,
}

/// The earliest keep-in-touch check-in not yet done, once the talk has been held.
pub fn next_check_in(interview: &Interview, today: NaiveDate) -> Option<CheckIn> {
    let held_on = interview.held_on.filter(|_| interview.status.was_held())?;
    CHECK_IN_DAYS
        .into_iter()
        .find(|days| interview.check_in(*days).is_none())
        .map(|after_days| {
            let on = held_on + Days::new(after_days as u64);
            CheckIn {
                after_days,
                on,
                due: today >= on,
            }
        })
}

/// Things done on this person's advice that they have not been told about yet.
pub fn untold_actions(interview: &Interview) -> impl Iterator<Item = &AdviceAction> {
    interview.actions.iter().filter(|a| a.told_on.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, Status};
    use chrono::DateTime;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn check_ins_are_named_in_words() {
        let names: Vec<_> = CHECK_IN_DAYS.into_iter().map(check_in_span).collect();
        assert_eq!(names, ["a month", "two months", "three months"]);
    }

    fn held_on(date: &str) -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+00:00").unwrap();
        let mut i = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        i.schedule(
            d(date).and_hms_opt(14, 0, 0).unwrap(),
            "Cafe".into(),
            30,
            d(date),
        );
        i.mark_held(d(date));
        i
    }

    #[test]
    fn due_date_is_one_week_after_the_talk() {
        assert_eq!(thank_you_due_by(d("2026-11-27")), d("2026-12-04"));
        assert_eq!(thank_you_due_by(d("2026-12-28")), d("2027-01-04"));
    }

    #[test]
    fn thank_you_goes_from_today_to_due_to_overdue() {
        let i = held_on("2026-11-27");
        let due_by = d("2026-12-04");
        assert_eq!(
            thank_you_state(&i, d("2026-11-27")),
            ThankYou::Today { due_by }
        );
        assert_eq!(
            thank_you_state(&i, d("2026-11-28")),
            ThankYou::Due { due_by }
        );
        assert_eq!(
            thank_you_state(&i, d("2026-12-04")),
            ThankYou::Due { due_by }
        );
        assert_eq!(
            thank_you_state(&i, d("2026-12-05")),
            ThankYou::Overdue {
                due_by,
                days_late: 1
            }
        );
    }

    #[test]
    fn not_held_means_no_thank_you_yet() {
        let mut i = held_on("2026-11-27");
        i.status = Status::Scheduled;
        assert_eq!(thank_you_state(&i, d("2026-12-30")), ThankYou::NotYet);
    }

    #[test]
    fn sent_records_whether_it_was_on_time() {
        let mut i = held_on("2026-11-27");
        i.mark_thanked(d("2026-11-28"));
        assert_eq!(
            thank_you_state(&i, d("2026-12-30")),
            ThankYou::Sent {
                on: d("2026-11-28"),
                on_time: true
            }
        );
        i.mark_thanked(d("2026-12-05"));
        assert_eq!(
            thank_you_state(&i, d("2026-12-30")),
            ThankYou::Sent {
                on: d("2026-12-05"),
                on_time: false
            }
        );
    }

    #[test]
    fn check_ins_follow_30_60_90_days() {
        let mut i = held_on("2026-11-01");
        i.mark_thanked(d("2026-11-02"));
        assert_eq!(
            next_check_in(&i, d("2026-11-30")),
            Some(CheckIn {
                after_days: 30,
                on: d("2026-12-01"),
                due: false
            })
        );
        assert!(next_check_in(&i, d("2026-12-01")).unwrap().due);
        i.set_check_in(30, Some(d("2026-12-01")));
        assert_eq!(next_check_in(&i, d("2026-12-01")).unwrap().after_days, 60);
        i.set_check_in(90, Some(d("2027-03-01")));
        i.set_check_in(60, Some(d("2027-02-01")));
        assert_eq!(
            i.check_ins_done
                .iter()
                .map(|c| c.after_days)
                .collect::<Vec<_>>(),
            [30, 60, 90]
        );
        assert_eq!(next_check_in(&i, d("2027-06-01")), None);
    }

    #[test]
    fn untold_actions_are_those_without_a_date() {
        let mut i = held_on("2026-11-01");
        i.actions.push(AdviceAction {
            id: Id::parse("a-1").unwrap(),
            date: d("2026-11-10"),
            what: "Joined the association".into(),
            told_on: None,
        });
        i.actions.push(AdviceAction {
            id: Id::parse("a-2").unwrap(),
            date: d("2026-11-11"),
            what: "Read the book".into(),
            told_on: Some(d("2026-11-12")),
        });
        let untold: Vec<_> = untold_actions(&i).map(|a| a.id.as_str()).collect();
        assert_eq!(untold, ["a-1"]);
    }
}
