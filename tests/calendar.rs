//! The calendar file follows RFC 5545 and reads back with an independent parser.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::parser::{read_calendar, unfold};
use interview_planner::domain::ics::{Scope, calendar};
use interview_planner::domain::{
    Connection, Document, Id, Interview, OutreachKind, Person, Timestamp,
};

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-27T10:00:00+01:00").unwrap()
}
fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}
fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

/// The user's device is one hour ahead of UTC (Central European winter time).
fn cet(local: NaiveDateTime) -> DateTime<Utc> {
    FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&local)
        .unwrap()
        .with_timezone(&Utc)
}

fn doc() -> Document {
    let mut doc = Document::empty();
    let mut ana = Person::new(
        id("p-ana"),
        "Ana Costa, PhD; \"UX\" \\ lead",
        Connection::Alumni,
        now(),
    );
    ana.role = "Researcher".into();
    doc.people.push(ana);
    doc.people.push(Person::new(
        id("p-ben"),
        "Björn Ødegård",
        Connection::Personal,
        now(),
    ));
    doc.people
        .push(Person::new(id("p-cy"), "Cy", Connection::Personal, now()));

    let mut talk = Interview::new(id("i-talk"), id("p-ana"), None, now());
    talk.schedule(
        d("2026-12-03").and_hms_opt(14, 30, 0).unwrap(),
        "Café Ünter, Main St. 5".into(),
        30,
        d("2026-11-20"),
    );
    talk.goal = "Learn whether a master's degree is needed; and how teams are organised, especially in large companies with many product lines across countries — ünïcödé included".into();
    doc.interviews.push(talk);

    let mut held = Interview::new(id("i-held"), id("p-ben"), None, now());
    held.mark_held(d("2026-11-20"));
    doc.interviews.push(held);

    let mut asked = Interview::new(id("i-asked"), id("p-cy"), None, now());
    asked.log_outreach(d("2026-11-26"), OutreachKind::Sent, String::new());
    doc.interviews.push(asked);
    doc
}

fn build(scope: Scope) -> String {
    calendar(
        &doc(),
        &scope,
        d("2026-11-27"),
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
        &cet,
    )
}

#[test]
fn lines_end_with_crlf_and_fold_at_75_octets() {
    let text = build(Scope::All);
    assert!(text.ends_with("\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare LF found");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(
        text.contains("\r\n "),
        "the long description should be folded"
    );
}

#[test]
fn parses_with_an_independent_parser_and_times_are_right() {
    let text = build(Scope::All);
    let unfolded = unfold(&text);
    let cal = read_calendar(&unfolded).expect("valid iCalendar");
    let events: Vec<_> = cal
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let prop = |e: &icalendar::parser::Component, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
    };
    let mut uids = Vec::new();
    for e in &events {
        for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
            assert!(prop(e, required).is_some(), "{required} missing");
        }
        uids.push(prop(e, "UID").unwrap());
    }
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs must be unique");

    let talk = events
        .iter()
        .find(|e| prop(e, "UID").unwrap() == "talk-i-talk@interview-planner")
        .unwrap();
    // 14:30 in UTC+1 is 13:30 UTC; 30 minutes long.
    assert_eq!(prop(talk, "DTSTART").unwrap(), "20261203T133000Z");
    assert_eq!(prop(talk, "DTEND").unwrap(), "20261203T140000Z");
    // The parser undoes the escaping: the text comes back exactly as written.
    assert_eq!(
        prop(talk, "SUMMARY").unwrap(),
        "Talk with Ana Costa, PhD; \"UX\" \\ lead"
    );
    assert_eq!(prop(talk, "LOCATION").unwrap(), "Café Ünter, Main St. 5");
    assert!(
        text.contains("SUMMARY:Talk with Ana Costa\\, PhD\\; \"UX\" \\\\ lead"),
        "escaped on the wire"
    );
    assert!(
        prop(talk, "DESCRIPTION")
            .unwrap()
            .contains("ünïcödé included")
    );

    let day = |uid: &str| {
        let e = events
            .iter()
            .find(|e| prop(e, "UID").unwrap() == uid)
            .unwrap_or_else(|| panic!("{uid}"));
        prop(e, "DTSTART").unwrap()
    };
    assert_eq!(day("confirm-i-talk@interview-planner"), "20261202");
    assert_eq!(day("thanks-i-held@interview-planner"), "20261127");
    assert_eq!(day("check-in-30-i-held@interview-planner"), "20261220");
    assert_eq!(day("check-in-90-i-held@interview-planner"), "20270218");
    // Sent Thursday 26 November: three business days later is Tuesday 1 December.
    assert_eq!(day("second-person-i-asked@interview-planner"), "20261201");
}

#[test]
fn one_talk_only() {
    let text = build(Scope::One(id("i-held")));
    assert!(text.contains("thanks-i-held"));
    assert!(!text.contains("i-talk"));
    assert!(!text.contains("i-asked"));
}
