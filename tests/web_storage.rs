//! The storage adapter and the app state against a real localStorage, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use interview_planner::domain::import::parse_document;
use interview_planner::domain::{Career, Document};
use interview_planner::state::{AppState, SaveState};
use interview_planner::storage::{self, DOC_KEY, StorageError};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn add_career(state: &AppState, name: &str) {
    state.edit(|doc, cx| {
        let id = cx.new_id("c");
        doc.careers.push(Career::new(id, name, cx.now));
    });
}

#[wasm_bindgen_test]
fn raw_text_round_trips_and_is_measured_in_utf16_units() {
    local().clear().unwrap();
    storage::write("k", "héllo 👋").unwrap();
    assert_eq!(storage::read("k").unwrap().as_deref(), Some("héllo 👋"));
    assert_eq!(storage::js_len("héllo 👋"), 8);
    assert_eq!(storage::used_units().unwrap(), 1 + 8);
    storage::remove("k").unwrap();
    assert_eq!(storage::read("k").unwrap(), None);
    assert_eq!(storage::used_units().unwrap(), 0);
}

#[wasm_bindgen_test]
fn stored_text_reads_back_exactly_whatever_its_characters() {
    // An ASCII head before the first other character, as in a stored document, then two- and
    // four-byte characters, and long enough that the buffer is not a small special case.
    let long = format!("{}é—𝄞 naïve “quoted”\n", "a".repeat(40_000)).repeat(20);
    for text in ["", "plain ascii", "ünïcode first", "𝄞", long.as_str()] {
        local().set_item("k", text).unwrap();
        assert_eq!(storage::read("k").unwrap().as_deref(), Some(text));
    }
    // A lone surrogate (which only JavaScript can store) reads as U+FFFD, as any conversion does.
    let lone = js_sys::JsString::from_char_code(&[0x61, 0xD800, 0x62]);
    js_sys::Reflect::apply(
        &js_sys::Reflect::get(&local(), &"setItem".into())
            .unwrap()
            .into(),
        &local(),
        &js_sys::Array::of2(&"k".into(), &lone),
    )
    .unwrap();
    assert_eq!(storage::read("k").unwrap().as_deref(), Some("a\u{FFFD}b"));
    storage::remove("k").unwrap();
}

#[wasm_bindgen_test]
async fn first_start_stores_the_starter_bank_and_edits_are_saved_after_a_short_wait() {
    local().clear().unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let state = AppState::load();
        let stored = storage::read(DOC_KEY)
            .unwrap()
            .expect("saved on first start");
        let doc = parse_document(&stored).unwrap().0;
        assert!(doc.questions.len() >= 10);
        add_career(&state, "Urban planning");
        assert_eq!(state.save_state.get_untracked(), SaveState::Pending);
    });
    // Not written at once: the save waits 250 ms for more edits (then for the save lock).
    let careers = || {
        let stored = storage::read(DOC_KEY).unwrap().unwrap();
        parse_document(&stored).unwrap().0.careers
    };
    assert!(careers().is_empty());
    // How soon is the benchmark's business; a timer here only has to be generous.
    for _ in 0..40 {
        if !careers().is_empty() {
            break;
        }
        sleep(50).await;
    }
    let careers = careers();
    assert_eq!(careers.len(), 1);
    assert_eq!(careers[0].name, "Urban planning");
}

#[wasm_bindgen_test]
fn data_survives_a_reload() {
    local().clear().unwrap();
    Owner::new().with(|| {
        let state = AppState::load();
        add_career(&state, "Data journalism");
        state.flush();
    });
    Owner::new().with(|| {
        let state = AppState::load();
        let names: Vec<String> = state
            .doc
            .with_untracked(|d| d.careers.iter().map(|c| c.name.clone()).collect());
        assert_eq!(names, ["Data journalism"]);
        assert_eq!(state.save_state.get_untracked(), SaveState::Saved);
    });
}

#[wasm_bindgen_test]
async fn unreadable_data_is_never_written_over() {
    for garbage in [
        "{not json",
        r#"{"format":"someone-else","schema_version":1}"#,
        r#"{"format":"informational-interview-planner","schema_version":999}"#,
        "[1,2,3]",
    ] {
        local().clear().unwrap();
        local().set_item(DOC_KEY, garbage).unwrap();
        Owner::new().with(|| {
            let state = AppState::load();
            assert!(state.unreadable.get_untracked().is_some(), "{garbage}");
            assert_eq!(state.save_state.get_untracked(), SaveState::Paused);
            add_career(&state, "Nursing");
            state.flush();
            state.save_now();
        });
        sleep(300).await;
        assert_eq!(
            local().get_item(DOC_KEY).unwrap().as_deref(),
            Some(garbage),
            "stored data changed"
        );
    }
}

#[wasm_bindgen_test]
fn discarding_unreadable_data_is_an_explicit_choice() {
    local().clear().unwrap();
    local().set_item(DOC_KEY, "{oops").unwrap();
    Owner::new().with(|| {
        let state = AppState::load();
        add_career(&state, "Nursing");
        state.discard_unreadable();
        assert_eq!(state.save_state.get_untracked(), SaveState::Saved);
    });
    let stored = local().get_item(DOC_KEY).unwrap().unwrap();
    assert!(stored.contains("Nursing"));
}

/// Fills localStorage until it refuses more, leaving `room` units or fewer.
fn fill_storage() {
    let chunk = "x".repeat(256 * 1024);
    let mut i = 0;
    while local().set_item(&format!("filler-{i}"), &chunk).is_ok() {
        i += 1;
    }
    let mut small = "y".repeat(1024);
    while !small.is_empty() {
        if local().set_item(&format!("filler-{i}"), &small).is_ok() {
            i += 1;
        } else {
            small.truncate(small.len() / 2);
        }
    }
}

#[wasm_bindgen_test]
fn a_full_storage_reports_the_failure_and_keeps_the_data_in_memory() {
    local().clear().unwrap();
    // Leave a readable document in place, then fill the rest.
    let doc = Document::fresh();
    let original = interview_planner::domain::stored::stored_text(&doc);
    local().set_item(DOC_KEY, &original).unwrap();
    fill_storage();
    Owner::new().with(|| {
        let state = AppState::load();
        add_career(&state, &"A long career name ".repeat(200));
        state.flush();
        assert_eq!(
            state.save_state.get_untracked(),
            SaveState::Failed(StorageError::Full)
        );
        assert_eq!(state.doc.with_untracked(|d| d.careers.len()), 1);
    });
    // The last good copy is still there.
    assert_eq!(
        local().get_item(DOC_KEY).unwrap().as_deref(),
        Some(original.as_str())
    );
    local().clear().unwrap();
}
