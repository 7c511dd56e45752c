//! The words and the destination for each action on the overview: what to do, and the page
//! where it is done.

use super::Document;
use super::dates;
use super::rules::{Action, ActionKind, check_in_span};

/// What an action says and where it leads (an app route such as "/talk?talk=i-1").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Described {
    pub text: String,
    pub route: String,
}

pub fn describe(doc: &Document, action: &Action) -> Described {
    let talk = doc.interview(&action.interview);
    let person = talk
        .and_then(|t| doc.person(&t.person))
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "someone".into());
    let organisation = talk
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
                dates::date(*until)
            ),
            outreach,
        ),
        ActionKind::TrySecondPerson => (
            match organisation {
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
                dates::date(*until)
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
                dates::day_time(*at)
            ),
            talk_page,
        ),
        ActionKind::ConfirmTomorrow { at } => (
            format!(
                "Confirm tomorrow's talk with {person} at {}",
                dates::time(*at)
            ),
            talk_page,
        ),
        ActionKind::TalkToday { at } => (
            format!(
                "Talk with {person} today at {}: take the question sheet",
                dates::time(*at)
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
}
