//! The planner's JSON reader against serde_json: the same texts accepted, the same values read,
//! on generated documents, on damaged copies of them and on every fixture file.
#![cfg(not(target_arch = "wasm32"))]

use interview_planner::domain::json::{self, Value};
use proptest::prelude::*;
use serde_json::Value as Reference;
use std::fs;
use std::path::Path;

/// Our tree in serde_json's terms, to compare the two readers' results.
fn reference(value: &Value) -> Reference {
    match value {
        Value::Null => Reference::Null,
        Value::Bool(b) => Reference::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Value::String(s) => Reference::String(s.to_string()),
        Value::Array(items) => Reference::Array(items.iter().map(reference).collect()),
        Value::Object(members) => {
            let mut map = serde_json::Map::new();
            // Later members replace earlier ones, as serde_json does.
            for (k, v) in members {
                map.insert(k.to_string(), reference(v));
            }
            Reference::Object(map)
        }
    }
}

/// Both readers agree on whether `text` is JSON and, if it is, on what it holds.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Reference>(text);
    match (ours, theirs) {
        (Ok(a), Ok(b)) => prop_assert_eq!(reference(&a), b, "{:?}", text),
        (Err(_), Err(_)) => {}
        // Numbers too large for a float are out of range for serde_json; ours keeps the text
        // and the planner's reading refuses them as not a whole number in range.
        (Ok(_), Err(e)) if e.to_string().contains("number out of range") => {}
        (a, b) => prop_assert!(false, "{text:?}: ours {a:?}, serde_json {b:?}"),
    }
    Ok(())
}

fn leaf() -> impl Strategy<Value = Reference> {
    prop_oneof![
        Just(Reference::Null),
        any::<bool>().prop_map(Reference::Bool),
        any::<i64>().prop_map(Reference::from),
        any::<u64>().prop_map(Reference::from),
        // Any characters, control characters and quotes included, so escapes get written.
        any::<String>().prop_map(Reference::String),
        "[\"\\\\/\n\t\u{1}a-z ]{0,12}".prop_map(Reference::String),
    ]
}

fn tree() -> impl Strategy<Value = Reference> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Reference::Array),
            proptest::collection::btree_map("[a-z\"\\\\é]{0,6}", inner, 0..6)
                .prop_map(|m| Reference::Object(m.into_iter().collect())),
        ]
    })
}

/// Bytes that matter to a JSON reader, for damaging texts where it hurts.
const SIGNIFICANT: &[u8] = b"{}[]\":,\\u0123456789eE+-. \nntfal\x01";

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn written_json_reads_back_the_same(value in tree(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value).unwrap()
        } else {
            serde_json::to_string(&value).unwrap()
        };
        agree(&text)?;
    }

    #[test]
    fn damaged_json_is_refused_or_read_alike(
        value in tree(),
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..3, any::<prop::sample::Index>()), 1..4),
    ) {
        let mut bytes = serde_json::to_string(&value).unwrap().into_bytes();
        for (at, how, byte) in cuts {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            let b = *byte.get(SIGNIFICANT);
            match how {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, b),
                _ => bytes[i] = b,
            }
        }
        // Damage can split a character; both readers take text, so only whole text is tried.
        if let Ok(text) = String::from_utf8(bytes) {
            agree(&text)?;
        }
    }

    #[test]
    fn arbitrary_text_is_refused_or_read_alike(text in "[\\[\\]{}\":,0-9a-z\\\\. -]{0,40}") {
        agree(&text)?;
    }
}

#[test]
fn every_fixture_reads_as_serde_json_reads_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs = vec![root];
    let mut seen = 0;
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Ok(text) = fs::read_to_string(&path) {
                agree(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                seen += 1;
            }
        }
    }
    assert!(seen >= 35, "only {seen} fixture files read");
}
