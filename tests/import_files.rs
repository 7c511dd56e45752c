//! Import: bad files are refused with a message that says what and where; good files round-trip;
//! nothing panics on random or damaged input.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::exchange::{export_text, mentor_copy, merge, preview};
use interview_planner::domain::feedback::{apply, feedback_text, is_feedback, parse_feedback};
use interview_planner::domain::import::{MAX_FILE_BYTES, check_file_size, decode, parse_document};
use interview_planner::domain::sample::generate;
use interview_planner::domain::{Comment, CommentTarget, Document, Id, Timestamp};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn fixtures(dir: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
}

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-27T10:00:00+01:00").unwrap()
}

fn sample(seed: u64, n: usize) -> Document {
    generate(
        seed,
        n,
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        now(),
    )
}

fn read(bytes: &[u8]) -> Result<Document, String> {
    let text = decode(bytes).map_err(|e| e.to_string())?;
    parse_document(text)
        .map(|(d, _)| d)
        .map_err(|e| e.to_string())
}

#[test]
fn every_bad_file_is_refused_with_its_message() {
    let expectations: BTreeMap<String, String> =
        serde_json::from_str(&fs::read_to_string(fixtures("bad/expectations.json")).unwrap())
            .unwrap();
    assert!(expectations.len() >= 25, "at least 25 bad files");
    for (file, expected) in &expectations {
        let bytes = fs::read(fixtures("bad").join(file)).unwrap();
        match read(&bytes) {
            Ok(_) => panic!("{file} was accepted"),
            Err(message) => assert!(
                message.contains(expected.as_str()),
                "{file}: got {message:?}, expected {expected:?}"
            ),
        }
    }
    // And the file they were all derived from is fine.
    read(&fs::read(fixtures("import/small.json")).unwrap()).expect("the base file is valid");
}

/// The good base file with one text replaced, read as a file would be.
fn edited(from: &str, to: &str) -> Result<Document, String> {
    let text = fs::read_to_string(fixtures("import/small.json")).unwrap();
    assert!(text.contains(from), "{from} is not in the base file");
    read(text.replacen(from, to, 1).as_bytes())
}

#[test]
fn tagged_values_and_several_problems_are_reported_at_the_first() {
    let cases = [
        (
            r#""kind": "person""#,
            r#""kind": "cousin""#,
            "people[1].referred_by.referrer.kind: \"cousin\" is not a known value; expected one of: person, no_longer_tracked",
        ),
        (
            r#""kind": "person""#,
            r#""kind": """#,
            "people[1].referred_by.referrer.kind: \"\" is not a known value",
        ),
        (
            r#""kind": "person""#,
            r#""kin": "person""#,
            "people[1].referred_by.referrer.kind: missing, but required",
        ),
        (
            r#""referrer": {"#,
            r#""referrer": 4, "x": {"#,
            "people[1].referred_by.referrer: expected an object, found the number 4",
        ),
        // Two problems in one file: the first in reading order is the one reported.
        (
            r#""may_use_name": true"#,
            r#""may_use_name": "yes""#,
            "people[1].referred_by.may_use_name: expected true or false, found \"yes\"",
        ),
    ];
    for (from, to, expected) in cases {
        let message = edited(from, to).unwrap_err();
        assert!(message.starts_with(expected), "{to}: got {message:?}");
    }
    let two = fs::read_to_string(fixtures("import/small.json"))
        .unwrap()
        .replacen(r#""may_use_name": true"#, r#""may_use_name": 1"#, 1)
        .replacen(r#""status": "held""#, r#""status": "maybe""#, 1);
    let message = read(two.as_bytes()).unwrap_err();
    assert!(
        message.starts_with("people[1].referred_by.may_use_name"),
        "{message}"
    );
}

/// A key written twice in one object is refused with its place named (JSON leaves its meaning
/// open), and keys that only look like the one read are ignored.
#[test]
fn a_repeated_key_is_refused_and_look_alike_keys_are_ignored() {
    let doc = edited(
        r#""name": "Ana Costa","#,
        r#""namf": "Nat Decoy", "game": "Gil Decoy", "name": "Ana Costa", "nams": 1,"#,
    )
    .unwrap();
    assert_eq!(doc.people[0].name, "Ana Costa");
    let message = edited(
        r#""name": "Ana Costa","#,
        r#""name": "Ana Costa", "namf": "Nat Decoy", "name": "Ann Later","#,
    )
    .unwrap_err();
    assert!(
        message.starts_with("people[0].name: appears twice"),
        "{message}"
    );
    let message = edited(r#""name": "Ana Costa","#, r#""namf": "Ana Costa","#).unwrap_err();
    assert!(message.starts_with("people[0].name: missing"), "{message}");
}

#[test]
fn a_file_too_large_for_storage_is_refused_before_reading() {
    assert!(check_file_size(MAX_FILE_BYTES).is_ok());
    let err = check_file_size(MAX_FILE_BYTES + 1).unwrap_err().to_string();
    assert!(err.contains("cannot be imported"), "{err}");
}

#[test]
fn text_with_markup_is_kept_as_text() {
    let mut doc = sample(3, 4);
    doc.people[0].name = "<script>window.pwned = 1</script>".into();
    doc.careers[0].notes = "<img src=x onerror=\"window.pwned=1\">".into();
    let back = read(export_text(&doc, now()).as_bytes()).unwrap();
    assert_eq!(back.people[0].name, doc.people[0].name);
    assert_eq!(back.careers[0].notes, doc.careers[0].notes);
}

#[test]
fn export_is_stable_so_two_exports_diff_cleanly() {
    let doc = sample(8, 10);
    assert_eq!(export_text(&doc, now()), export_text(&doc, now()));
    let text = export_text(&doc, now());
    assert!(text.starts_with("{\n  \"format\": \"informational-interview-planner\",\n  \"schema_version\": 3,\n  \"exported_at\""));
    assert!(!text.contains("\"revision\""));
}

#[test]
fn merge_keeps_the_newer_version_and_deletes_nothing() {
    let ours = sample(11, 6);
    let mut theirs = ours.clone();
    // Theirs: one person edited later, one new person, one interview removed, one career older.
    theirs.people[0].name = "Newer name".into();
    theirs.people[0].updated_at = now() + chrono::Duration::hours(1);
    theirs.people[1].name = "Older name".into();
    theirs.people[1].updated_at = ours.people[1].updated_at - chrono::Duration::hours(1);
    let mut extra = theirs.people[2].clone();
    extra.id = Id::parse("p-extra").unwrap();
    extra.name = "Someone new".into();
    extra.referred_by = None;
    theirs.people.push(extra);
    theirs.interviews.pop();

    let p = preview(&ours, &theirs);
    assert_eq!((p.people.added, p.people.updated, p.people.kept), (1, 1, 5));
    assert_eq!(p.interviews.added, 0);

    let merged = merge(&ours, &theirs).unwrap();
    assert_eq!(merged.people.len(), 7);
    assert_eq!(merged.people[0].name, "Newer name");
    assert_eq!(merged.people[1].name, ours.people[1].name);
    assert_eq!(merged.people[6].name, "Someone new");
    assert_eq!(
        merged.interviews.len(),
        ours.interviews.len(),
        "nothing deleted"
    );
    // Merging the same file again changes nothing.
    assert_eq!(merge(&merged, &theirs).unwrap(), merged);
}

#[test]
fn the_mentor_copy_leaves_out_contacts_and_private_notes() {
    let doc = sample(5, 30);
    assert!(
        doc.people
            .iter()
            .any(|p| p.notes_private && !p.notes.is_empty())
    );
    let copy = mentor_copy(&doc);
    let text = export_text(&copy, now());
    for p in &doc.people {
        for secret in [&p.email, &p.phone, &p.profile_url] {
            if !secret.is_empty() {
                assert!(!text.contains(secret.as_str()), "{secret} leaked");
            }
        }
        if p.notes_private && !p.notes.is_empty() {
            assert!(!text.contains(p.notes.as_str()), "private notes leaked");
        }
    }
    assert_eq!(
        copy.interviews, doc.interviews,
        "the plan itself is all there"
    );
    read(text.as_bytes()).expect("the mentor copy is a valid planner file");
}

#[test]
fn feedback_round_trip_and_comments_on_missing_items_are_left_out() {
    let mut reviewed = mentor_copy(&sample(6, 5));
    reviewed.comments.clear();
    let career = reviewed.careers[0].id.clone();
    let talk = reviewed.interviews[0].id.clone();
    for (n, target) in [
        (1, CommentTarget::Career { id: career }),
        (2, CommentTarget::Interview { id: talk }),
        (
            3,
            CommentTarget::Interview {
                id: Id::parse("i-gone").unwrap(),
            },
        ),
    ] {
        reviewed.comments.push(Comment {
            id: Id::parse(&format!("m-{n}")).unwrap(),
            target,
            author: "Dr. Lee".into(),
            text: format!("Comment {n}"),
            created_at: now(),
            updated_at: now(),
        });
    }
    let text = feedback_text(&reviewed, now());
    assert!(is_feedback(&text));
    let fb = parse_feedback(&text).unwrap();
    let mut owner = sample(6, 5);
    owner.comments.clear();
    let applied = apply(&mut owner, &fb);
    assert_eq!(
        (applied.added, applied.updated, applied.orphaned),
        (2, 0, 1)
    );
    assert_eq!(
        apply(&mut owner, &fb).added,
        0,
        "applying twice adds nothing"
    );
    interview_planner::domain::validate::validate(&owner).unwrap();
    assert!(parse_feedback("{\"format\":\"x\",\"schema_version\":1}").is_err());
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just("<script>window.pwned=1</script>".to_owned()),
        Just("\"quoted\" \\ back\\slash\n\ttab".to_owned()),
        Just("emoji 👩🏽‍💻 and RTL ‏שלום".to_owned()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// import(export(doc)) == doc for generated documents with arbitrary text in them.
    #[test]
    fn import_of_an_export_gives_the_same_document(
        seed in any::<u64>(),
        n in 0usize..12,
        texts in proptest::collection::vec(arbitrary_text(), 6),
    ) {
        let mut doc = sample(seed, n);
        doc.profile.name = texts[0].clone();
        doc.careers[0].notes = texts[1].clone();
        doc.questions[0].text = format!("Q {}", texts[2]);
        if let Some(p) = doc.people.first_mut() {
            p.notes = texts[3].clone();
            p.role = texts[4].clone();
        }
        if let Some(i) = doc.interviews.first_mut() {
            i.notes = texts[5].clone();
        }
        let text = export_text(&doc, now());
        let (back, _) = parse_document(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        doc.exported_at = Some(now());
        prop_assert_eq!(back, doc);
    }

    /// Random bytes never panic the importer.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read(&bytes);
    }

    /// A valid file damaged at random (bytes changed, cut, spliced) is refused or read, never
    /// a panic.
    #[test]
    fn damaged_files_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
    ) {
        let mut bytes = fs::read(fixtures("import/small.json")).unwrap();
        for (at, byte, how) in edits {
            let i = at.index(bytes.len().max(1));
            match how {
                0 if !bytes.is_empty() => bytes[i] = byte,
                1 => bytes.truncate(i),
                _ => bytes.insert(i.min(bytes.len()), byte),
            }
        }
        let _ = read(&bytes);
    }
}

#[test]
fn merging_ones_own_export_into_a_new_browser_keeps_one_question_bank() {
    let mine = sample(21, 8);
    let fresh = Document::fresh();
    let merged = merge(&fresh, &mine).unwrap();
    assert_eq!(merged.questions.len(), mine.questions.len());
    // An export from an install that gave the starter questions ids of its own: the same
    // questions by their words, so still one bank.
    let mut older = mine.clone();
    for (n, q) in older.questions.iter_mut().enumerate() {
        q.id = Id::parse(&format!("q-old-{n}")).unwrap();
    }
    for t in &mut older.interviews {
        for asked in &mut t.questions {
            asked.question = None;
        }
    }
    let merged = merge(&fresh, &older).unwrap();
    assert_eq!(merged.questions.len(), fresh.questions.len());
}
