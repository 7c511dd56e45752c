//! The whole document survives serialisation, and what the app writes it can read back.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::import::parse_document;
use interview_planner::domain::sample::generate;
use interview_planner::domain::stored::{Stored, interpret};
use interview_planner::domain::{Document, FORMAT, SCHEMA_VERSION, Status, validate::validate};

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn sample(n: usize) -> Document {
    let now = DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").unwrap();
    generate(42, n, today(), now)
}

#[test]
fn a_fully_populated_document_round_trips() {
    let doc = sample(60);
    // Make sure "fully populated" is true: every optional part appears somewhere.
    assert!(!doc.profile.name.is_empty());
    assert!(
        doc.careers
            .iter()
            .any(|c| c.archived && !c.reasons.is_empty())
    );
    assert!(doc.people.iter().any(|p| {
        p.referred_by
            .as_ref()
            .is_some_and(|r| r.interview.is_some())
    }));
    assert!(doc.people.iter().any(|p| p.notes_private));
    for status in [
        Status::Planned,
        Status::Asked,
        Status::Held,
        Status::Thanked,
        Status::Declined,
    ] {
        assert!(
            doc.interviews.iter().any(|i| i.status == status),
            "{status:?}"
        );
    }
    assert!(doc.interviews.iter().any(|i| !i.actions.is_empty()));
    assert!(doc.interviews.iter().any(|i| !i.check_ins_done.is_empty()));
    assert!(doc.interviews.iter().any(|i| i.thank_you_sent.is_some()));
    assert!(!doc.templates.is_empty() && !doc.comments.is_empty());
    assert!(doc.last_export_at.is_some());

    validate(&doc).expect("generated data is valid");
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let (back, version) = parse_document(&text).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    assert_eq!(back, doc);
    // And once more in compact form, as storage keeps it.
    let (back, _) = parse_document(&interview_planner::domain::stored::stored_text(&doc)).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn the_generator_is_deterministic() {
    assert_eq!(sample(25), sample(25));
    assert_ne!(
        interview_planner::domain::stored::stored_text(&sample(25)),
        interview_planner::domain::stored::stored_text(&generate(
            43,
            25,
            today(),
            DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").unwrap()
        ),)
    );
}

#[test]
fn file_header_names_format_and_version() {
    let text = interview_planner::domain::stored::stored_text(&sample(3));
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["format"], FORMAT);
    assert_eq!(value["schema_version"], SCHEMA_VERSION);
}

#[test]
fn stored_text_is_interpreted_without_guessing() {
    assert_eq!(interpret(None), Stored::Nothing);
    let doc = sample(5);
    match interpret(Some(&interview_planner::domain::stored::stored_text(&doc))) {
        Stored::Ready {
            doc: back,
            migrated_from,
        } => {
            assert_eq!(*back, doc);
            assert_eq!(migrated_from, None);
        }
        other => panic!("{other:?}"),
    }
    for bad in [
        "",
        "{",
        "null",
        "[]",
        r#"{"format":"x","schema_version":1}"#,
    ] {
        assert!(
            matches!(interpret(Some(bad)), Stored::Unreadable { .. }),
            "{bad:?} should be unreadable"
        );
    }
}
