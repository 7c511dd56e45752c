//! Messages in the domain: every built-in template against the app's own email check, drafts
//! that follow their template until edited, what a talk is suggested next, and mailto links.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use interview_planner::domain::built_in::{BUILT_IN, BuiltIn, Way, suggested_kind};
use interview_planner::domain::dates::Plain;
use interview_planner::domain::draft::message;
use interview_planner::domain::email_check::{Finding, check, gaps};
use interview_planner::domain::mailto::mailto;
use interview_planner::domain::templates::{Values, highlight_sentence};
use interview_planner::domain::{
    AdviceAction, AskedQuestion, Career, Connection, Document, Id, Interview, OutreachKind, Person,
    Profile, ReferredBy, Referrer, TemplateKind, Timestamp, Tone,
};
use proptest::prelude::*;

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-20T10:00:00+01:00").unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn at(s: &str) -> NaiveDateTime {
    s.parse().unwrap()
}

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn complete_about_you() -> Profile {
    Profile {
        name: "Sam Rivera".into(),
        field: "psychology student".into(),
        school: "Ohio State University".into(),
    }
}

/// A planner with one talk that has been through everything, with a person known in `way`.
fn planner(way: Way, profile: Profile) -> Document {
    let mut doc = Document::empty();
    doc.profile = profile;
    doc.careers
        .push(Career::new(id("c-1"), "User research", now()));
    doc.people.push(Person::new(
        id("p-ben"),
        "Ben Hall",
        Connection::Professional,
        now(),
    ));
    let connection = match way {
        Way::Referral => Connection::Referral,
        Way::Shared => Connection::Alumni,
        Way::Cold => Connection::Professional,
    };
    let mut ana = Person::new(id("p-ana"), "Dr. José Núñez", connection, now());
    ana.role = "UX researcher".into();
    ana.organisation = "Helix Labs".into();
    ana.email = "jose@example.org".into();
    if way == Way::Referral {
        ana.referred_by = Some(ReferredBy {
            referrer: Referrer::Person { id: id("p-ben") },
            may_use_name: true,
            interview: None,
        });
    }
    doc.people.push(ana);
    let mut talk = Interview::new(id("i-1"), id("p-ana"), Some(id("c-1")), now());
    talk.log_outreach(day("2026-11-20"), OutreachKind::Sent, "");
    talk.log_outreach(day("2026-11-24"), OutreachKind::Replied, "");
    talk.schedule(
        at("2026-12-03T14:00:00"),
        "Helix Labs, 2nd floor".into(),
        30,
        day("2026-11-24"),
    );
    talk.questions.push(AskedQuestion {
        id: id("aq-1"),
        question: None,
        text: "What does a typical day look like?".into(),
        notes: "standups, 2 user interviews, synthesis in Dovetail".into(),
        must_ask: false,
    });
    talk.debrief.learned = "Research drives product decisions there.".into();
    talk.mark_held(day("2026-12-03"));
    talk.actions.push(AdviceAction {
        id: id("a-1"),
        date: day("2026-12-20"),
        what: "Signed up for the research methods course.".into(),
        told_on: None,
    });
    doc.interviews.push(talk);
    doc
}

fn way_for(t: &BuiltIn) -> Way {
    // Introductions are asked of the person who suggested them.
    t.way.unwrap_or(Way::Referral)
}

const TODAY: &str = "2026-12-04";

/// The message a built-in template gives for the planner's one talk, and its check.
fn filled(
    doc: &mut Document,
    t: &BuiltIn,
    tone: Tone,
    highlight: Option<&str>,
) -> (String, String, Vec<Finding>) {
    let talk = doc.interview_mut(&id("i-1")).unwrap();
    assert!(talk.choose_template(t.kind, &format!("b:{}", t.key), tone));
    talk.choose_highlight(t.kind, highlight.map(str::to_owned));
    let m = message(doc, &id("i-1"), t.kind, day(TODAY), &Plain).unwrap();
    assert_eq!(m.template, format!("b:{}", t.key));
    let values = Values::for_interview(doc, &id("i-1"), &Plain, highlight);
    let report = check(&m.subject, &m.body, t.kind, &values);
    (m.subject, m.body, report.findings)
}

/// The gaps a template leaves whatever the planner knows: the ones written into it for the
/// student, and the unfinished sentence of a thank-you's highlight.
fn own_gaps(t: &BuiltIn, tone: Tone, highlight: Option<&str>, doc: &Document) -> Vec<String> {
    let text = t.text(tone);
    let mut expected = gaps(&format!("{}\n{}", text.subject, text.body));
    if text.body.contains("{highlight}") {
        let talk = doc.interview(&id("i-1")).unwrap();
        let sentence = highlight
            .and_then(|h| highlight_sentence(talk, h))
            .unwrap_or_else(|| "[one thing from the talk]".into());
        expected.extend(gaps(&sentence));
    }
    expected
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

fn gaps_found(findings: &[Finding]) -> Vec<String> {
    findings
        .iter()
        .find_map(|f| match f {
            Finding::Gaps(g) => Some(g.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

#[test]
fn every_template_filled_from_a_complete_about_you_passes_or_names_only_the_students_own_gaps() {
    for t in BUILT_IN {
        for tone in Tone::ALL {
            for highlight in [None, Some("q:aq-1"), Some("learned")] {
                let mut doc = planner(way_for(t), complete_about_you());
                let (subject, body, findings) = filled(&mut doc, t, tone, highlight);
                let others: Vec<_> = findings
                    .iter()
                    .filter(|f| !matches!(f, Finding::Gaps(_)))
                    .collect();
                assert!(
                    others.is_empty(),
                    "{} {tone:?}: {others:?}\n{subject}\n{body}",
                    t.key
                );
                assert_eq!(
                    sorted(gaps_found(&findings)),
                    sorted(own_gaps(t, tone, highlight, &doc)),
                    "{} {tone:?}\n{subject}\n{body}",
                    t.key
                );
                assert!(!body.contains('{') && !subject.contains('{'), "{}", t.key);
                assert!(!body.contains("Dovetail"), "a note was pasted: {body}");
            }
        }
    }
}

#[test]
fn every_template_filled_from_an_empty_about_you_names_what_to_fill_in() {
    for t in BUILT_IN {
        for tone in Tone::ALL {
            let mut doc = planner(way_for(t), Profile::default());
            let (subject, body, findings) = filled(&mut doc, t, tone, None);
            let text = t.text(tone);
            let raw = format!("{}{}", text.subject, text.body);
            let mut expected = own_gaps(t, tone, None, &doc);
            for (placeholder, gap) in [
                ("{my_name}", "my name"),
                ("{my_field}", "my field"),
                ("{my_school}", "my school"),
            ] {
                if raw.contains(placeholder) {
                    expected.push(gap.into());
                }
            }
            assert!(
                !expected.is_empty(),
                "{}: nothing of About you is used",
                t.key
            );
            assert_eq!(
                sorted(gaps_found(&findings)),
                sorted(expected),
                "{} {tone:?}\n{subject}\n{body}",
                t.key
            );
            let message = findings
                .iter()
                .find(|f| matches!(f, Finding::Gaps(_)))
                .unwrap()
                .message();
            assert!(message.starts_with("Fill in: "), "{message}");
            // The rest of the check still holds with the gaps in place.
            assert!(
                findings.iter().all(|f| matches!(f, Finding::Gaps(_))),
                "{} {tone:?}: {findings:?}",
                t.key
            );
        }
    }
}

#[test]
fn greets_by_first_name_and_names_the_school_in_the_alumni_subject() {
    let mut doc = planner(Way::Shared, complete_about_you());
    let t = BUILT_IN.iter().find(|t| t.key == "email-shared").unwrap();
    for tone in Tone::ALL {
        let (subject, body, _) = filled(&mut doc, t, tone, None);
        assert!(subject.contains("Ohio State University"), "{subject}");
        let greeting = body.lines().next().unwrap();
        assert!(
            greeting == "Dear José," || greeting == "Hi José,",
            "{greeting}"
        );
    }
}

#[test]
fn a_draft_follows_about_you_until_the_user_changes_it() {
    let mut doc = planner(Way::Shared, Profile::default());
    let talk = id("i-1");
    let today = day(TODAY);
    let kind = TemplateKind::FirstEmail;
    let before = message(&doc, &talk, kind, today, &Plain).unwrap();
    assert_eq!(
        before.template, "b:email-shared",
        "suggested from how they are known"
    );
    assert!(before.body.contains("[my name]"));
    doc.profile = complete_about_you();
    let after = message(&doc, &talk, kind, today, &Plain).unwrap();
    assert!(after.body.contains("I am Sam Rivera, a psychology student"));
    assert!(gaps(&after.body).is_empty() && gaps(&after.subject).is_empty());

    let edited = after.body.replace("20 minutes", "15 minutes");
    doc.interview_mut(&talk)
        .unwrap()
        .write_draft(kind, after.subject.clone(), edited.clone());
    doc.profile.name = "Samantha Rivera".into();
    let kept = message(&doc, &talk, kind, today, &Plain).unwrap();
    assert!(kept.edited);
    assert_eq!(kept.body, edited, "the user's text is theirs");

    doc.interview_mut(&talk).unwrap().restart_draft(kind);
    let again = message(&doc, &talk, kind, today, &Plain).unwrap();
    assert!(!again.edited && again.body.contains("Samantha Rivera"));
}

#[test]
fn a_missing_chosen_template_falls_back_to_the_suggested_one() {
    let mut doc = planner(Way::Cold, complete_about_you());
    let talk = doc.interview_mut(&id("i-1")).unwrap();
    talk.choose_template(TemplateKind::FirstEmail, "u:t-gone", Tone::Friendly);
    let m = message(
        &doc,
        &id("i-1"),
        TemplateKind::FirstEmail,
        day(TODAY),
        &Plain,
    )
    .unwrap();
    assert_eq!(m.template, "b:email-cold");
    assert_eq!(m.tone, Tone::Friendly);
    // A template of another kind is not used for this one.
    let talk = doc.interview_mut(&id("i-1")).unwrap();
    talk.choose_template(TemplateKind::FirstEmail, "b:thanks", Tone::Formal);
    let m = message(
        &doc,
        &id("i-1"),
        TemplateKind::FirstEmail,
        day(TODAY),
        &Plain,
    )
    .unwrap();
    assert_eq!(m.template, "b:email-cold");
}

#[test]
fn the_next_message_suggested_follows_the_talk() {
    let ask = [
        TemplateKind::FirstEmail,
        TemplateKind::FollowUp,
        TemplateKind::Confirm,
    ];
    let mut talk = Interview::new(id("i-1"), id("p-1"), None, now());
    assert_eq!(
        suggested_kind(&talk, &ask, day("2026-11-20")),
        TemplateKind::FirstEmail
    );
    // Sent on Friday 20 November; seven working days later is Tuesday 1 December.
    talk.log_outreach(day("2026-11-20"), OutreachKind::Sent, "");
    assert_eq!(
        suggested_kind(&talk, &ask, day("2026-11-30")),
        TemplateKind::FirstEmail
    );
    assert_eq!(
        suggested_kind(&talk, &ask, day("2026-12-01")),
        TemplateKind::FollowUp
    );
    talk.log_outreach(day("2026-12-02"), OutreachKind::Replied, "");
    talk.schedule(
        at("2026-12-10T14:00:00"),
        String::new(),
        20,
        day("2026-12-02"),
    );
    assert_eq!(
        suggested_kind(&talk, &ask, day("2026-12-08")),
        TemplateKind::FirstEmail
    );
    assert_eq!(
        suggested_kind(&talk, &ask, day("2026-12-09")),
        TemplateKind::Confirm
    );

    let touch = [TemplateKind::CheckIn, TemplateKind::Advice];
    talk.mark_held(day("2026-12-10"));
    talk.actions.push(AdviceAction {
        id: id("a-1"),
        date: day("2026-12-20"),
        what: "Joined the UX meetup".into(),
        told_on: None,
    });
    assert_eq!(
        suggested_kind(&talk, &touch, day("2026-12-21")),
        TemplateKind::Advice
    );
    assert_eq!(
        suggested_kind(&talk, &touch, day("2027-01-09")),
        TemplateKind::CheckIn
    );
}

#[test]
fn the_suggested_check_in_is_the_next_one_due() {
    let mut doc = planner(Way::Shared, complete_about_you());
    let kind = TemplateKind::CheckIn;
    let m = message(&doc, &id("i-1"), kind, day("2027-01-05"), &Plain).unwrap();
    assert_eq!(m.template, "b:check-in-30");
    doc.interview_mut(&id("i-1"))
        .unwrap()
        .set_check_in(30, Some(day("2027-01-05")));
    let m = message(&doc, &id("i-1"), kind, day("2027-02-05"), &Plain).unwrap();
    assert_eq!(m.template, "b:check-in-60");
    assert!(m.body.contains("Two months"));
}

#[test]
fn the_confirmation_and_follow_up_name_the_day_and_place() {
    let mut doc = planner(Way::Cold, complete_about_you());
    let confirm = BUILT_IN.iter().find(|t| t.key == "confirm").unwrap();
    let (_, body, findings) = filled(&mut doc, confirm, Tone::Formal, None);
    assert!(
        body.contains("tomorrow, Thu, Dec 3, 2026 at 2:00 PM (Helix Labs, 2nd floor)"),
        "{body}"
    );
    assert_eq!(findings, []);
    let follow_up = BUILT_IN.iter().find(|t| t.key == "follow-up").unwrap();
    let (_, body, _) = filled(&mut doc, follow_up, Tone::Friendly, None);
    assert!(body.contains("my note from Nov 20, 2026"), "{body}");
}

#[test]
fn the_advice_note_tells_what_was_done_in_the_students_words() {
    let mut doc = planner(Way::Cold, complete_about_you());
    let advice = BUILT_IN.iter().find(|t| t.key == "advice").unwrap();
    let (_, body, _) = filled(&mut doc, advice, Tone::Formal, None);
    assert!(
        body.contains("Here is what I did: Signed up for the research methods course. [What came of it so far.]"),
        "{body}"
    );
}

#[test]
fn the_mailto_link_carries_address_subject_and_body() {
    let mut doc = planner(Way::Referral, complete_about_you());
    let t = BUILT_IN.iter().find(|t| t.key == "email-referral").unwrap();
    let (subject, body, _) = filled(&mut doc, t, Tone::Formal, None);
    let uri = mailto("jose@example.org", &subject, &body);
    assert!(uri.starts_with(
        "mailto:jose@example.org?subject=Ben%20Hall%20suggested%20I%20contact%20you&body=Dear%20Jos%C3%A9%2C%0D%0A%0D%0ABen%20Hall"
    ), "{uri}");
    assert_eq!(
        decode(uri.split("body=").nth(1).unwrap()),
        body.replace('\n', "\r\n")
    );
}

/// Reads a percent-encoded field back, as an email program does.
fn decode(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

proptest! {
    #[test]
    fn mailto_fields_hold_only_safe_characters_and_read_back(
        subject in "\\PC{0,40}",
        body in "(\\PC|\n|\r){0,120}",
    ) {
        let uri = mailto("a@example.org", &subject, &body);
        let query = uri.strip_prefix("mailto:a@example.org").unwrap();
        let mut fields = query.trim_start_matches('?').split('&').filter(|f| !f.is_empty());
        for (name, value) in [("subject", &subject), ("body", &body)] {
            if value.trim().is_empty() {
                continue;
            }
            let field = fields.next().unwrap();
            let encoded = field.strip_prefix(&format!("{name}=")).unwrap();
            prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
            let crlf = value.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
            prop_assert_eq!(decode(encoded), crlf);
        }
        prop_assert!(fields.next().is_none());
    }
}
