//! Files written by every earlier version still open, migrated to the current one.
#![cfg(not(target_arch = "wasm32"))]

use interview_planner::domain::import::parse_document;
use interview_planner::domain::stored::{Stored, interpret};
use interview_planner::domain::{SCHEMA_VERSION, validate::validate};
use std::fs;
use std::path::Path;

/// Every golden file, with the version it was written in (its folder's name).
fn golden_files() -> Vec<(u32, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out = Vec::new();
    for version in 1..=SCHEMA_VERSION {
        let dir = root.join(format!("v{version}"));
        let entries =
            fs::read_dir(&dir).unwrap_or_else(|_| panic!("no golden files for version {version}"));
        for entry in entries {
            let path = entry.unwrap().path();
            let text = fs::read_to_string(&path).unwrap();
            out.push((version, path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn every_version_has_golden_files() {
    let files = golden_files();
    for version in 1..=SCHEMA_VERSION {
        assert!(
            files.iter().any(|(v, _, _)| *v == version),
            "no file for v{version}"
        );
    }
}

#[test]
fn every_golden_file_opens_at_the_current_version() {
    for (version, name, text) in golden_files() {
        let (doc, from) = parse_document(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(from, version, "{name}");
        assert_eq!(doc.schema_version, SCHEMA_VERSION, "{name}");
        validate(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Written again and read back, nothing changes.
        let again = interview_planner::domain::stored::stored_text(&doc);
        assert_eq!(parse_document(&again).unwrap().0, doc, "{name}");
    }
}

#[test]
fn stored_data_from_an_older_version_is_migrated_on_load() {
    for (version, name, text) in golden_files()
        .into_iter()
        .filter(|(v, _, _)| *v < SCHEMA_VERSION)
    {
        match interpret(Some(&text)) {
            Stored::Ready { migrated_from, .. } => {
                assert_eq!(migrated_from, Some(version), "{name}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn version_1_entries_get_ids_in_stored_order() {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/planner-12-talks.json"),
    )
    .unwrap();
    let old: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (doc, _) = parse_document(&text).unwrap();
    for (i, talk) in doc.interviews.iter().enumerate() {
        let old_talk = &old["interviews"][i];
        for (n, event) in talk.outreach.iter().enumerate() {
            assert_eq!(event.id.as_str(), format!("ev-{}", n + 1));
            assert_eq!(
                event.note,
                old_talk["outreach"][n]["note"].as_str().unwrap_or("")
            );
        }
        for (n, q) in talk.questions.iter().enumerate() {
            assert_eq!(q.id.as_str(), format!("aq-{}", n + 1));
            assert_eq!(
                q.notes,
                old_talk["questions"][n]["notes"].as_str().unwrap_or("")
            );
        }
    }
    assert!(doc.interviews.iter().any(|t| !t.questions.is_empty()));
}

#[test]
fn a_version_2_planner_holding_the_starter_bank_twice_keeps_one_copy() {
    // Two installs each made their own starter bank; merged, the planner held both.
    let mut value: serde_json::Value = serde_json::from_str(
        &fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v2/planner-12-talks.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let questions = value["questions"].as_array().unwrap().clone();
    let copies: Vec<serde_json::Value> = questions
        .iter()
        .map(|q| {
            let mut copy = q.clone();
            copy["id"] = format!("{}-copy", q["id"].as_str().unwrap()).into();
            copy["favourite"] = true.into();
            copy
        })
        .collect();
    let first_copy = copies[0]["id"].as_str().unwrap().to_owned();
    value["questions"].as_array_mut().unwrap().extend(copies);
    // A talk chose the copy of the first question.
    let talk = value["interviews"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|t| t["questions"].as_array().is_some_and(|q| !q.is_empty()))
        .unwrap();
    talk["questions"][0]["question"] = first_copy.clone().into();

    let (doc, from) = parse_document(&value.to_string()).unwrap();
    assert_eq!(from, 2);
    assert_eq!(doc.questions.len(), questions.len(), "one of each question");
    assert!(
        doc.questions.iter().all(|q| q.favourite),
        "a favourite if either copy was"
    );
    let chosen = doc
        .interviews
        .iter()
        .flat_map(|t| &t.questions)
        .find_map(|q| q.question.clone())
        .unwrap();
    assert!(
        doc.question(&chosen).is_some(),
        "the talk names a question still in the bank"
    );
    validate(&doc).unwrap();
}
