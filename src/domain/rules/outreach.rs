//! The 3B7 routine: after 3 business days without a reply, reach out to a second person at the
//! same organisation; after 7, follow up once with the first.

use super::business_days::{add_business_days, business_days_between};
use crate::domain::{Interview, OutreachKind, Status};
use chrono::NaiveDate;

pub const SECOND_PERSON_AFTER: u32 = 3;
pub const FOLLOW_UP_AFTER: u32 = 7;
/// After the one follow-up, the same wait again before suggesting the user lets it go.
pub const GIVE_UP_AFTER: u32 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutreachNudge {
    /// Nothing to do yet; the next nudge starts on `until`.
    Waiting { since: NaiveDate, until: NaiveDate },
    /// Three business days of silence: time to contact a second person at the same place.
    TrySecondPerson {
        since: NaiveDate,
        follow_up_on: NaiveDate,
    },
    /// Seven business days of silence: follow up once with this person.
    FollowUpOnce { since: NaiveDate },
    /// The follow-up is out; wait for an answer.
    WaitingAfterFollowUp {
        followed_up: NaiveDate,
        until: NaiveDate,
    },
    /// No answer to the follow-up either: mark it as no reply and move on.
    LetItGo { followed_up: NaiveDate },
}

/// Where the interview stands in the 3B7 routine, or `None` when no wait is running (not asked
/// yet, a reply came, or the talk is already settled).
pub fn outreach_nudge(interview: &Interview, today: NaiveDate) -> Option<OutreachNudge> {
    if interview.status != Status::Asked {
        return None;
    }
    // A reply ends the wait: only what came after the latest reply counts.
    let after_reply = match interview
        .outreach
        .iter()
        .rposition(|e| e.kind == OutreachKind::Replied)
    {
        Some(i) => &interview.outreach[i + 1..],
        None => &interview.outreach[..],
    };
    let first = after_reply
        .iter()
        .find(|e| matches!(e.kind, OutreachKind::Sent | OutreachKind::Called))?;
    let follow_up = after_reply
        .iter()
        .rev()
        .find(|e| e.kind == OutreachKind::FollowedUp && e.date >= first.date)
        .map(|e| e.date);
    let since = first.date;
    if let Some(followed_up) = follow_up {
        let waited = business_days_between(followed_up, today);
        return Some(if waited >= GIVE_UP_AFTER {
            OutreachNudge::LetItGo { followed_up }
        } else {
            OutreachNudge::WaitingAfterFollowUp {
                followed_up,
                until: add_business_days(followed_up, GIVE_UP_AFTER),
            }
        });
    }
    let waited = business_days_between(since, today);
    Some(if waited >= FOLLOW_UP_AFTER {
        OutreachNudge::FollowUpOnce { since }
    } else if waited >= SECOND_PERSON_AFTER {
        OutreachNudge::TrySecondPerson {
            since,
            follow_up_on: add_business_days(since, FOLLOW_UP_AFTER),
        }
    } else {
        OutreachNudge::Waiting {
            since,
            until: add_business_days(since, SECOND_PERSON_AFTER),
        }
    })
}

/// Whether the latest word from the person is a reply the user has not yet acted on by
/// scheduling.
pub fn has_unanswered_reply(interview: &Interview) -> bool {
    interview.status == Status::Asked
        && interview
            .outreach
            .last()
            .is_some_and(|e| e.kind == OutreachKind::Replied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Id;
    use chrono::DateTime;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn asked_on(date: &str) -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+00:00").unwrap();
        let mut i = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        i.log_outreach(d(date), OutreachKind::Sent, String::new());
        i
    }

    fn log(i: &mut Interview, date: &str, kind: OutreachKind) {
        i.log_outreach(d(date), kind, String::new());
    }

    #[test]
    fn not_asked_means_no_nudge() {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+00:00").unwrap();
        let i = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        assert_eq!(outreach_nudge(&i, d("2026-12-01")), None);
    }

    #[test]
    fn three_business_days_span_a_weekend() {
        // Sent on Thursday 26 November 2026.
        let i = asked_on("2026-11-26");
        for day in [
            "2026-11-26",
            "2026-11-27",
            "2026-11-28",
            "2026-11-29",
            "2026-11-30",
        ] {
            assert_eq!(
                outreach_nudge(&i, d(day)),
                Some(OutreachNudge::Waiting {
                    since: d("2026-11-26"),
                    until: d("2026-12-01")
                }),
                "{day}"
            );
        }
        assert_eq!(
            outreach_nudge(&i, d("2026-12-01")),
            Some(OutreachNudge::TrySecondPerson {
                since: d("2026-11-26"),
                follow_up_on: d("2026-12-07")
            })
        );
        assert_eq!(
            outreach_nudge(&i, d("2026-12-04")),
            Some(OutreachNudge::TrySecondPerson {
                since: d("2026-11-26"),
                follow_up_on: d("2026-12-07")
            })
        );
        assert_eq!(
            outreach_nudge(&i, d("2026-12-07")),
            Some(OutreachNudge::FollowUpOnce {
                since: d("2026-11-26")
            })
        );
    }

    #[test]
    fn a_reply_clears_the_nudge() {
        let mut i = asked_on("2026-11-26");
        log(&mut i, "2026-12-02", OutreachKind::Replied);
        assert_eq!(outreach_nudge(&i, d("2026-12-20")), None);
        assert!(has_unanswered_reply(&i));
    }

    #[test]
    fn a_new_attempt_after_a_reply_restarts_the_wait() {
        let mut i = asked_on("2026-11-02");
        log(&mut i, "2026-11-03", OutreachKind::Replied);
        log(&mut i, "2026-11-10", OutreachKind::Sent);
        assert_eq!(
            outreach_nudge(&i, d("2026-11-11")),
            Some(OutreachNudge::Waiting {
                since: d("2026-11-10"),
                until: d("2026-11-13")
            })
        );
        assert!(!has_unanswered_reply(&i));
    }

    #[test]
    fn after_the_follow_up_wait_then_let_go() {
        let mut i = asked_on("2026-11-02");
        log(&mut i, "2026-11-11", OutreachKind::FollowedUp);
        assert_eq!(
            outreach_nudge(&i, d("2026-11-12")),
            Some(OutreachNudge::WaitingAfterFollowUp {
                followed_up: d("2026-11-11"),
                until: d("2026-11-20")
            })
        );
        assert_eq!(
            outreach_nudge(&i, d("2026-11-20")),
            Some(OutreachNudge::LetItGo {
                followed_up: d("2026-11-11")
            })
        );
    }

    #[test]
    fn declined_or_scheduled_ends_the_routine() {
        let mut i = asked_on("2026-11-02");
        log(&mut i, "2026-11-04", OutreachKind::Declined);
        assert_eq!(i.status, Status::Declined);
        assert_eq!(outreach_nudge(&i, d("2026-11-30")), None);

        let mut j = asked_on("2026-11-02");
        j.schedule(
            d("2026-11-20").and_hms_opt(10, 0, 0).unwrap(),
            String::new(),
            20,
            d("2026-11-18"),
        );
        assert_eq!(outreach_nudge(&j, d("2026-11-30")), None);
    }
}
