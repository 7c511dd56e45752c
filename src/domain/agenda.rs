//! The words and the destination for each action on the overview: what to do, and the page
//! where it is done.

use super::Document;
use super::dates::{DateWords, Plain};
use super::rules::{Action, ActionKind, Timing, Urgency, check_in_span};
use chrono::NaiveDate;

/// What an action says and where it leads (an app route such as "/talk?talk=i-1").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub text: String,
    pub route: String,
}

/// The words with dates written one fixed way, for files (the spreadsheet export).
pub fn describe(doc: &Document, action: &Action) -> Described {
    describe_in(doc, action, &Plain)
}

/// The words, with dates written as `words` writes them (the browser's language on pages).
pub fn describe_in(doc: &Document, action: &Action, words: &dyn DateWords) -> Described {
    let talk = doc.interview(&action.interview);
    let person = talk
        .and_then(|t| doc.person(&t.person))
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "someone".into());
    let organization = talk
        .and_then(|t| doc.person(&t.person))
        .map(|p| p.organisation.trim().to_owned())
        .filter(|o| !o.is_empty());
    let id = &action.interview;
    let outreach = format!("/outreach?talk={id}");
    let talk_page = format!("/talk?talk={id}");
    let follow_up = format!("/follow-up?talk={id}");
    let (text, route) = match &action.kind {
        ActionKind::Ask => (format!("Ask {person} for a talk"), outreach),
        ActionKind::AwaitReply { until } => (
            format!(
                "Waiting for {person} to reply; if nothing comes, try someone else on {}",
                words.date(*until)
            ),
            outreach,
        ),
        ActionKind::TrySecondPerson => (
            match organization {
                Some(org) => format!(
                    "No reply from {person} after 3 working days: write to a second person at {org}"
                ),
                None => format!(
                    "No reply from {person} after 3 working days: write to a second person in the same field"
                ),
            },
            "/people".to_owned(),
        ),
        ActionKind::FollowUpOnce => (
            format!("No reply from {person} after 7 working days: follow up once"),
            outreach,
        ),
        ActionKind::AwaitFollowUpReply { until } => (
            format!(
                "Followed up with {person}; wait until {}",
                words.date(*until)
            ),
            outreach,
        ),
        ActionKind::LetItGo => (
            format!(
                "No answer from {person} even after following up: mark it as no reply and move on"
            ),
            outreach,
        ),
        ActionKind::AgreeOnTime => (
            format!("{person} replied: agree on a day and time"),
            talk_page,
        ),
        ActionKind::Prepare { at } => (
            format!(
                "Prepare for your talk with {person} on {}",
                words.day_time(*at)
            ),
            talk_page,
        ),
        ActionKind::ConfirmTomorrow { at } => (
            format!(
                "Confirm tomorrow's talk with {person} at {}",
                words.time(*at)
            ),
            talk_page,
        ),
        ActionKind::TalkToday { at } => (
            format!(
                "Talk with {person} today at {}: take the question sheet",
                words.time(*at)
            ),
            talk_page,
        ),
        ActionKind::RecordTalk { .. } => (
            format!("Did your talk with {person} happen? Record it and write a short debrief"),
            talk_page,
        ),
        ActionKind::WriteDebrief => (
            format!("Write a short debrief of your talk with {person}"),
            talk_page,
        ),
        ActionKind::SendThankYou => (format!("Send {person} a thank-you note"), follow_up),
        ActionKind::CheckIn { after_days } => (
            format!(
                "Check in with {person}: about {} since your talk",
                check_in_span(*after_days)
            ),
            follow_up,
        ),
        ActionKind::TellAboutAction { .. } => (
            format!("Tell {person} that you acted on their advice"),
            follow_up,
        ),
    };
    Described { text, route }
}

/// When an action is due, in words: "Overdue since Dec 15, 2026", "Due today", "Due since…",
/// "Due now · by…", "Soon · by…".
pub fn timing_words(timing: Timing, words: &dyn DateWords) -> String {
    match timing {
        Timing::OverdueSince(day) => format!("Overdue since {}", words.date(day)),
        Timing::DueToday => "Due today".to_owned(),
        Timing::DueSince(day) => format!("Due since {}", words.date(day)),
        Timing::DueBy(day) => format!("Due now · by {}", words.date(day)),
        Timing::Ahead(urgency, day) => format!("{} · by {}", urgency.label(), words.date(day)),
        Timing::Undated(urgency) => urgency.label().to_owned(),
    }
}

/// An action's timing in words, as of `today`.
pub fn when_due(action: &Action, today: NaiveDate, words: &dyn DateWords) -> String {
    timing_words(action.timing(today), words)
}

/// The class of the badge that shows an action's urgency.
pub fn badge_class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Overdue => "badge badge-overdue",
        Urgency::Due => "badge badge-due",
        Urgency::Soon => "badge badge-soon",
        Urgency::Later => "badge badge-later",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::{Urgency, actions};
    use crate::domain::{Connection, Id, Interview, Person};
    use chrono::DateTime;

    #[test]
    fn every_action_names_the_person_and_a_page() {
        let now = DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap();
        let mut doc = Document::empty();
        let mut p = Person::new(
            Id::parse("p-1").unwrap(),
            "Ana Costa",
            Connection::Alumni,
            now,
        );
        p.organisation = "Helix Labs".into();
        doc.people.push(p);
        let mut i = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        i.mark_held("2026-11-20".parse().unwrap());
        doc.interviews.push(i);
        let list = actions(&doc, "2026-11-30".parse().unwrap());
        assert_eq!(list[0].urgency, Urgency::Overdue);
        let d = describe(&doc, &list[0]);
        assert_eq!(d.text, "Send Ana Costa a thank-you note");
        assert_eq!(d.route, "/follow-up?talk=i-1");
        let debrief = describe(&doc, &list[1]);
        assert!(debrief.text.contains("Ana Costa"));
        assert_eq!(debrief.route, "/talk?talk=i-1");
    }

    #[test]
    fn timing_reads_overdue_since_the_deadline_and_due_today_only_on_the_day() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let words = |t| timing_words(t, &Plain);
        assert_eq!(
            words(Timing::OverdueSince(d("2026-12-15"))),
            "Overdue since Dec 15, 2026"
        );
        assert_eq!(words(Timing::DueToday), "Due today");
        assert_eq!(
            words(Timing::DueSince(d("2026-12-15"))),
            "Due since Dec 15, 2026"
        );
        assert_eq!(
            words(Timing::DueBy(d("2026-12-18"))),
            "Due now · by Dec 18, 2026"
        );
        assert_eq!(
            words(Timing::Ahead(Urgency::Later, d("2026-12-18"))),
            "Later · by Dec 18, 2026"
        );
        assert_eq!(words(Timing::Undated(Urgency::Soon)), "Soon");
    }

    #[test]
    fn an_item_due_on_a_past_day_never_reads_as_due_by_today() {
        let now = DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap();
        let mut doc = Document::empty();
        doc.people.push(Person::new(
            Id::parse("p-1").unwrap(),
            "Ana Costa",
            Connection::Alumni,
            now,
        ));
        let mut i = Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        );
        i.log_outreach(
            "2026-12-04".parse().unwrap(),
            crate::domain::OutreachKind::Sent,
            "",
        );
        doc.interviews.push(i);
        // Seven working days after Friday 4 December is Tuesday 15 December.
        let today: NaiveDate = "2027-01-18".parse().unwrap();
        let action = &actions(&doc, today)[0];
        let timing = when_due(action, today, &Plain);
        assert_eq!(timing, "Due since Dec 15, 2026");
        assert!(!timing.contains("Jan 18"), "{timing}");
    }
}
