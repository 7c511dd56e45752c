//! What to do next for each talk, and across all of them.

use super::business_days::add_business_days;
use super::follow_up::{ThankYou, next_check_in, thank_you_state, untold_actions};
use super::outreach::{FOLLOW_UP_AFTER, OutreachNudge, has_unanswered_reply, outreach_nudge};
use crate::domain::{Document, Id, Interview, PrepItem, Status};
use chrono::{Days, NaiveDate, NaiveDateTime};

/// How pressing an action is; the derived order puts the most pressing first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    Overdue,
    Due,
    Soon,
    Later,
}

impl Urgency {
    pub fn label(self) -> &'static str {
        match self {
            Urgency::Overdue => "Overdue",
            Urgency::Due => "Due now",
            Urgency::Soon => "Soon",
            Urgency::Later => "Later",
        }
    }

    /// Whether the user should act now rather than just know it is coming.
    pub fn needs_attention(self) -> bool {
        matches!(self, Urgency::Overdue | Urgency::Due)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionKind {
    /// Write and send the request for a talk.
    Ask,
    AwaitReply {
        until: NaiveDate,
    },
    TrySecondPerson,
    FollowUpOnce,
    AwaitFollowUpReply {
        until: NaiveDate,
    },
    /// No answer even to the follow-up.
    LetItGo,
    /// They replied: agree on a day and time.
    AgreeOnTime,
    Prepare {
        at: NaiveDateTime,
    },
    ConfirmTomorrow {
        at: NaiveDateTime,
    },
    TalkToday {
        at: NaiveDateTime,
    },
    /// The day has passed: record that the talk happened.
    RecordTalk {
        at: NaiveDateTime,
    },
    WriteDebrief,
    SendThankYou,
    CheckIn {
        after_days: u16,
    },
    TellAboutAction {
        action: Id,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub interview: Id,
    pub kind: ActionKind,
    /// The day the action is due: a deadline still ahead, the day it fell due, or, for an
    /// overdue one, the deadline that passed.
    pub due: Option<NaiveDate>,
    pub urgency: Urgency,
}

/// When an action is due, as the overview says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// Its deadline has passed: overdue since that day.
    OverdueSince(NaiveDate),
    /// Due on this very day.
    DueToday,
    /// It fell due on a day gone by (no deadline passed: it is still simply due).
    DueSince(NaiveDate),
    /// Due now, to be done by a day still ahead.
    DueBy(NaiveDate),
    /// Not pressing yet, dated: soon or later, by that day.
    Ahead(Urgency, NaiveDate),
    /// Not tied to a day.
    Undated(Urgency),
}

impl Action {
    /// How the action's date reads on `today`. "Due today" only on the day itself; a day gone
    /// by is named as the day it fell due, never as today.
    pub fn timing(&self, today: NaiveDate) -> Timing {
        match (self.urgency, self.due) {
            (urgency, None) => Timing::Undated(urgency),
            (Urgency::Overdue, Some(day)) => Timing::OverdueSince(day),
            (Urgency::Due, Some(day)) if day == today => Timing::DueToday,
            (Urgency::Due, Some(day)) if day < today => Timing::DueSince(day),
            (Urgency::Due, Some(day)) => Timing::DueBy(day),
            (urgency, Some(day)) => Timing::Ahead(urgency, day),
        }
    }
}

/// Days before a talk from which preparing it counts as "soon".
const PREPARE_WINDOW_DAYS: u64 = 3;

/// Every action one talk calls for, most pressing first.
pub fn interview_actions(interview: &Interview, today: NaiveDate) -> Vec<Action> {
    let mut out = Vec::new();
    let mut push = |kind: ActionKind, due: Option<NaiveDate>, urgency: Urgency| {
        out.push(Action {
            interview: interview.id.clone(),
            kind,
            due,
            urgency,
        })
    };
    match interview.status {
        Status::Planned => push(ActionKind::Ask, None, Urgency::Soon),
        Status::Asked => {
            if has_unanswered_reply(interview) {
                push(ActionKind::AgreeOnTime, None, Urgency::Due);
            } else {
                match outreach_nudge(interview, today) {
                    Some(OutreachNudge::Waiting { until, .. }) => push(
                        ActionKind::AwaitReply { until },
                        Some(until),
                        Urgency::Later,
                    ),
                    Some(OutreachNudge::TrySecondPerson { follow_up_on, .. }) => push(
                        ActionKind::TrySecondPerson,
                        Some(follow_up_on),
                        Urgency::Due,
                    ),
                    // Due on the seventh working day after the request, not on whatever day the
                    // overview is opened: a month later it is still that day it fell due.
                    Some(OutreachNudge::FollowUpOnce { since }) => push(
                        ActionKind::FollowUpOnce,
                        Some(add_business_days(since, FOLLOW_UP_AFTER)),
                        Urgency::Due,
                    ),
                    Some(OutreachNudge::WaitingAfterFollowUp { until, .. }) => push(
                        ActionKind::AwaitFollowUpReply { until },
                        Some(until),
                        Urgency::Later,
                    ),
                    Some(OutreachNudge::LetItGo { .. }) => {
                        push(ActionKind::LetItGo, None, Urgency::Soon)
                    }
                    // Asked, but nothing logged: the log is what the wait is measured from.
                    None => push(ActionKind::Ask, None, Urgency::Soon),
                }
            }
        }
        Status::Scheduled => match interview.scheduled_at {
            Some(at) => {
                let day = at.date();
                if today > day {
                    push(ActionKind::RecordTalk { at }, Some(day), Urgency::Due);
                } else if today == day {
                    push(ActionKind::TalkToday { at }, Some(day), Urgency::Due);
                } else if today + Days::new(1) == day && !interview.has_prep(PrepItem::Confirm) {
                    push(
                        ActionKind::ConfirmTomorrow { at },
                        Some(today),
                        Urgency::Due,
                    );
                } else {
                    let soon = today + Days::new(PREPARE_WINDOW_DAYS) >= day;
                    let urgency = if soon { Urgency::Soon } else { Urgency::Later };
                    push(ActionKind::Prepare { at }, Some(day), urgency);
                }
            }
            None => push(ActionKind::AgreeOnTime, None, Urgency::Soon),
        },
        Status::Held => {
            match thank_you_state(interview, today) {
                ThankYou::Today { due_by } => {
                    push(ActionKind::SendThankYou, Some(due_by), Urgency::Soon)
                }
                ThankYou::Due { due_by } => {
                    push(ActionKind::SendThankYou, Some(due_by), Urgency::Due)
                }
                ThankYou::Overdue { due_by, .. } => {
                    push(ActionKind::SendThankYou, Some(due_by), Urgency::Overdue)
                }
                ThankYou::NotYet | ThankYou::Sent { .. } => {}
            }
            if interview.debrief.is_empty() {
                push(ActionKind::WriteDebrief, None, Urgency::Soon);
            }
        }
        Status::Thanked => {
            if let Some(check_in) = next_check_in(interview, today) {
                let urgency = if check_in.due {
                    Urgency::Due
                } else {
                    Urgency::Later
                };
                push(
                    ActionKind::CheckIn {
                        after_days: check_in.after_days,
                    },
                    Some(check_in.on),
                    urgency,
                );
            }
        }
        Status::Declined | Status::NoReply => {}
    }
    if interview.status.was_held() {
        for action in untold_actions(interview) {
            push(
                ActionKind::TellAboutAction {
                    action: action.id.clone(),
                },
                Some(action.date),
                Urgency::Due,
            );
        }
    }
    crate::domain::order::sort_by_rank(&mut out, |a| a.urgency as u64);
    out
}

/// The single most pressing action for one talk.
pub fn next_action(interview: &Interview, today: NaiveDate) -> Option<Action> {
    interview_actions(interview, today).into_iter().next()
}

/// All actions across the planner: overdue first, then by date, then the order talks were added.
pub fn actions(doc: &Document, today: NaiveDate) -> Vec<Action> {
    let mut all: Vec<(usize, Action)> = doc
        .interviews
        .iter()
        .enumerate()
        .flat_map(|(i, interview)| {
            interview_actions(interview, today)
                .into_iter()
                .map(move |a| (i, a))
        })
        .collect();
    // Urgency first, then dated actions by date, then undated ones; ties keep the talks' order.
    crate::domain::order::sort_by_rank(&mut all, |(_, a)| {
        use chrono::Datelike;
        let day = a
            .due
            .map_or(1 << 39, |d| d.num_days_from_ce().max(0) as u64);
        ((a.urgency as u64) << 40) | day
    });
    all.into_iter().map(|(_, a)| a).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AdviceAction, OutreachKind};
    use chrono::DateTime;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn interview(id: &str) -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+00:00").unwrap();
        Interview::new(Id::parse(id).unwrap(), Id::parse("p-1").unwrap(), None, now)
    }

    fn kinds(i: &Interview, today: &str) -> Vec<(ActionKind, Urgency)> {
        interview_actions(i, d(today))
            .into_iter()
            .map(|a| (a.kind, a.urgency))
            .collect()
    }

    #[test]
    fn planned_asks_for_the_talk() {
        assert_eq!(
            kinds(&interview("i-1"), "2026-11-27"),
            [(ActionKind::Ask, Urgency::Soon)]
        );
    }

    #[test]
    fn asked_follows_3b7_and_a_reply_turns_into_scheduling() {
        let mut i = interview("i-1");
        i.log_outreach(d("2026-11-26"), OutreachKind::Sent, String::new());
        assert_eq!(
            kinds(&i, "2026-11-30"),
            [(
                ActionKind::AwaitReply {
                    until: d("2026-12-01")
                },
                Urgency::Later
            )]
        );
        assert_eq!(
            kinds(&i, "2026-12-01"),
            [(ActionKind::TrySecondPerson, Urgency::Due)]
        );
        assert_eq!(
            kinds(&i, "2026-12-07"),
            [(ActionKind::FollowUpOnce, Urgency::Due)]
        );
        i.log_outreach(d("2026-12-07"), OutreachKind::Replied, String::new());
        assert_eq!(
            kinds(&i, "2026-12-08"),
            [(ActionKind::AgreeOnTime, Urgency::Due)]
        );
    }

    #[test]
    fn a_follow_up_is_due_on_the_seventh_working_day_not_on_today() {
        // Sent on Thursday 26 November 2026: the seventh working day after is Monday 7 December.
        let mut i = interview("i-1");
        i.log_outreach(d("2026-11-26"), OutreachKind::Sent, String::new());
        for today in ["2026-12-07", "2026-12-15", "2027-01-18"] {
            let action = next_action(&i, d(today)).unwrap();
            assert_eq!(action.kind, ActionKind::FollowUpOnce);
            assert_eq!(action.due, Some(d("2026-12-07")), "{today}");
        }
        let on_the_day = next_action(&i, d("2026-12-07")).unwrap();
        assert_eq!(on_the_day.timing(d("2026-12-07")), Timing::DueToday);
        let a_month_later = next_action(&i, d("2027-01-18")).unwrap();
        assert_eq!(
            a_month_later.timing(d("2027-01-18")),
            Timing::DueSince(d("2026-12-07"))
        );
    }

    #[test]
    fn timing_names_the_day_an_action_fell_due() {
        let mut i = interview("i-1");
        i.mark_held(d("2026-12-08"));
        i.debrief.learned = "x".into();
        // Due by the deadline a week after the talk, then overdue since that deadline.
        let due = next_action(&i, d("2026-12-09")).unwrap();
        assert_eq!(due.timing(d("2026-12-09")), Timing::DueBy(d("2026-12-15")));
        let on_deadline = next_action(&i, d("2026-12-15")).unwrap();
        assert_eq!(on_deadline.timing(d("2026-12-15")), Timing::DueToday);
        let late = next_action(&i, d("2027-01-18")).unwrap();
        assert_eq!(
            late.timing(d("2027-01-18")),
            Timing::OverdueSince(d("2026-12-15"))
        );
        // The talk's own day: writing the thank-you is best, and not yet due.
        let same_day = next_action(&i, d("2026-12-08")).unwrap();
        assert_eq!(
            same_day.timing(d("2026-12-08")),
            Timing::Ahead(Urgency::Soon, d("2026-12-15"))
        );
        let planned = next_action(&interview("i-2"), d("2026-12-08")).unwrap();
        assert_eq!(
            planned.timing(d("2026-12-08")),
            Timing::Undated(Urgency::Soon)
        );
    }

    #[test]
    fn asked_with_an_empty_log_still_asks() {
        let mut i = interview("i-1");
        i.status = Status::Asked;
        assert_eq!(kinds(&i, "2026-11-27"), [(ActionKind::Ask, Urgency::Soon)]);
    }

    #[test]
    fn scheduled_talk_walks_through_prepare_confirm_today_record() {
        let mut i = interview("i-1");
        let at = d("2026-12-10").and_hms_opt(15, 30, 0).unwrap();
        i.schedule(at, "Video call".into(), 30, d("2026-11-20"));
        assert_eq!(
            kinds(&i, "2026-12-01"),
            [(ActionKind::Prepare { at }, Urgency::Later)]
        );
        assert_eq!(
            kinds(&i, "2026-12-07"),
            [(ActionKind::Prepare { at }, Urgency::Soon)]
        );
        assert_eq!(
            kinds(&i, "2026-12-09"),
            [(ActionKind::ConfirmTomorrow { at }, Urgency::Due)]
        );
        i.set_prep(PrepItem::Confirm, true);
        assert_eq!(
            kinds(&i, "2026-12-09"),
            [(ActionKind::Prepare { at }, Urgency::Soon)]
        );
        assert_eq!(
            kinds(&i, "2026-12-10"),
            [(ActionKind::TalkToday { at }, Urgency::Due)]
        );
        assert_eq!(
            kinds(&i, "2026-12-11"),
            [(ActionKind::RecordTalk { at }, Urgency::Due)]
        );
    }

    #[test]
    fn held_talk_needs_thanks_then_turns_overdue() {
        let mut i = interview("i-1");
        let at = d("2026-12-10").and_hms_opt(15, 30, 0).unwrap();
        i.schedule(at, String::new(), 30, d("2026-11-20"));
        i.mark_held(d("2026-12-10"));
        i.debrief.learned = "A lot".into();
        assert_eq!(
            kinds(&i, "2026-12-10"),
            [(ActionKind::SendThankYou, Urgency::Soon)]
        );
        assert_eq!(
            kinds(&i, "2026-12-11"),
            [(ActionKind::SendThankYou, Urgency::Due)]
        );
        assert_eq!(
            kinds(&i, "2026-12-18"),
            [(ActionKind::SendThankYou, Urgency::Overdue)]
        );
        i.debrief.learned.clear();
        assert_eq!(
            kinds(&i, "2026-12-18"),
            [
                (ActionKind::SendThankYou, Urgency::Overdue),
                (ActionKind::WriteDebrief, Urgency::Soon)
            ]
        );
    }

    #[test]
    fn thanked_talk_leaves_only_check_ins_and_untold_advice() {
        let mut i = interview("i-1");
        i.mark_held(d("2026-12-10"));
        i.mark_thanked(d("2026-12-11"));
        assert_eq!(
            kinds(&i, "2026-12-12"),
            [(ActionKind::CheckIn { after_days: 30 }, Urgency::Later)]
        );
        assert_eq!(
            kinds(&i, "2027-01-09"),
            [(ActionKind::CheckIn { after_days: 30 }, Urgency::Due)]
        );
        i.actions.push(AdviceAction {
            id: Id::parse("a-1").unwrap(),
            date: d("2026-12-20"),
            what: "Signed up for the course".into(),
            told_on: None,
        });
        assert_eq!(
            kinds(&i, "2026-12-21"),
            [
                (
                    ActionKind::TellAboutAction {
                        action: Id::parse("a-1").unwrap()
                    },
                    Urgency::Due
                ),
                (ActionKind::CheckIn { after_days: 30 }, Urgency::Later),
            ]
        );
    }

    #[test]
    fn closed_talks_need_nothing() {
        let mut i = interview("i-1");
        i.status = Status::Declined;
        assert!(kinds(&i, "2026-12-01").is_empty());
        i.status = Status::NoReply;
        assert!(next_action(&i, d("2026-12-01")).is_none());
    }

    #[test]
    fn all_actions_put_overdue_first_then_by_date() {
        let mut doc = Document::empty();
        let mut planned = interview("i-planned");
        planned.status = Status::Planned;
        let mut late = interview("i-late");
        late.mark_held(d("2026-11-01"));
        late.debrief.learned = "x".into();
        let mut soon = interview("i-soon");
        soon.schedule(
            d("2026-11-29").and_hms_opt(9, 0, 0).unwrap(),
            String::new(),
            20,
            d("2026-11-20"),
        );
        let mut today_talk = interview("i-today");
        today_talk.schedule(
            d("2026-11-27").and_hms_opt(9, 0, 0).unwrap(),
            String::new(),
            20,
            d("2026-11-20"),
        );
        doc.interviews = vec![planned, soon, today_talk, late];
        let order: Vec<String> = actions(&doc, d("2026-11-27"))
            .into_iter()
            .map(|a| a.interview.to_string())
            .collect();
        assert_eq!(order, ["i-late", "i-today", "i-soon", "i-planned"]);
    }
}
