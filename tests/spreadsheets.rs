//! CSV in and out: LinkedIn's connections file of every shape it comes in, files that are not
//! it, and the spreadsheets of people and talks, which read back to what was written and never
//! carry a formula.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::dates::Plain;
use interview_planner::domain::import::decode;
use interview_planner::domain::linkedin::{
    Contact, add_contacts, already_in, read_connections, read_connections_file,
};
use interview_planner::domain::sample::generate;
use interview_planner::domain::spreadsheet::{
    PersonRow, TalkRow, cell, csv_text, people_rows, talk_rows,
};
use interview_planner::domain::{Career, Connection, Document, Id, SeqIds, Timestamp};
use proptest::prelude::*;
use std::path::Path;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/linkedin")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-12-02T10:00:00+01:00").unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

#[test]
fn linkedins_file_is_read_past_its_notes_and_byte_order_mark() {
    let contacts = read_connections(&fixture("Connections.csv")).unwrap();
    let names: Vec<&str> = contacts.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        ["Ana Costa", "Ben Hall", "Zoë O’Neil", "张 伟", "עדי כהן"]
    );
    let ana = &contacts[0];
    assert_eq!(ana.organisation, "Helix Labs");
    assert_eq!(ana.role, "UX Researcher");
    assert_eq!(ana.profile_url, "https://www.linkedin.com/in/ana-costa");
    assert_eq!(ana.email, "", "most members hide their address");
    assert_eq!(ana.connected_on, NaiveDate::from_ymd_opt(2025, 2, 3));
    // Quoted fields keep their commas, quotes and line breaks.
    assert_eq!(contacts[1].organisation, "City Transit, Planning Dept.");
    assert_eq!(contacts[1].email, "ben.hall@example.org");
    assert_eq!(contacts[2].organisation, "Green \"Roots\" Co-op");
    assert_eq!(contacts[2].role, "Coordinator\r\n(part-time)");
    assert_eq!(contacts[4].organisation, "");
}

#[test]
fn columns_are_found_by_their_header_in_any_order_and_case() {
    let contacts = read_connections(&fixture("columns-reordered.csv")).unwrap();
    assert_eq!(
        contacts,
        [Contact {
            name: "Dana Lee".into(),
            organisation: "Northwind".into(),
            role: "Data analyst".into(),
            profile_url: "https://linkedin.com/in/dana-lee/".into(),
            email: String::new(),
            connected_on: NaiveDate::from_ymd_opt(2024, 3, 12),
        }]
    );
    let shouting = "FIRST NAME , last name,Company\nKim,Ng,Acme\n";
    assert_eq!(read_connections(shouting).unwrap()[0].name, "Kim Ng");
}

#[test]
fn rows_without_a_name_and_odd_values_are_handled() {
    let text = "First Name,Last Name,URL,Connected On\n,,https://x.example,\nMo,,javascript:alert(1),someday\n";
    let contacts = read_connections(text).unwrap();
    assert_eq!(contacts.len(), 1, "a row with no name is skipped");
    assert_eq!(contacts[0].name, "Mo");
    assert_eq!(contacts[0].profile_url, "", "only web links are kept");
    assert_eq!(contacts[0].connected_on, None);
}

#[test]
fn files_that_are_not_connections_are_refused_with_a_reason() {
    let no_names = read_connections("Company,Position\nAcme,CEO\n").unwrap_err();
    assert!(
        no_names
            .message
            .contains("no “First Name” and “Last Name” columns"),
        "{no_names}"
    );
    let json = read_connections("{\"format\": \"informational-interview-planner\"}").unwrap_err();
    assert!(json.message.contains("First Name"), "{json}");
    assert!(read_connections("").is_err());
    // Binary files never reach the reader: the bytes are refused as text first.
    let png = decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert!(png.message.contains("not a text file"), "{png}");
}

#[test]
fn thirty_thousand_rows_are_read() {
    let mut text = String::from(
        "Notes:\n\"Some notes\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    );
    for i in 0..30_000 {
        text.push_str(&format!(
            "Name{i},Person,https://www.linkedin.com/in/p{i},,Company {},Role,01 Mar 2024\n",
            i % 97
        ));
    }
    let contacts = read_connections(&text).unwrap();
    assert_eq!(contacts.len(), 30_000);
    assert_eq!(contacts[29_999].name, "Name29999 Person");
}

#[test]
fn people_already_in_the_planner_are_recognised_and_not_added_twice() {
    let mut doc = Document::fresh();
    let contacts = read_connections(&fixture("Connections.csv")).unwrap();
    let chosen: Vec<&Contact> = contacts.iter().collect();
    let added = add_contacts(&mut doc, &chosen, None, &mut SeqIds(1), now(), &Plain);
    assert_eq!(added.len(), 5);
    let ana = doc.person(&added[0]).unwrap();
    assert_eq!(ana.connection, Connection::LinkedIn);
    assert_eq!(ana.organisation, "Helix Labs");
    assert_eq!(ana.role, "UX Researcher");
    assert_eq!(ana.profile_url, "https://www.linkedin.com/in/ana-costa");
    assert_eq!(ana.notes, "Connected on LinkedIn on Feb 3, 2025.");
    assert_eq!(doc.person(&added[1]).unwrap().email, "ben.hall@example.org");
    // The same file again: everyone is already there.
    assert!(add_contacts(&mut doc, &chosen, None, &mut SeqIds(2), now(), &Plain).is_empty());
    assert_eq!(doc.people.len(), 5);
    // Another spelling of the same profile, or the same address in other case, is the same person.
    let mut again = contacts[1].clone();
    again.profile_url = "http://linkedin.com/in/BenHall/?trk=x".into();
    assert_eq!(
        already_in(&doc, &again).map(|p| p.name.as_str()),
        Some("Ben Hall")
    );
    let mut by_mail = contacts[1].clone();
    by_mail.profile_url.clear();
    by_mail.email = "Ben.Hall@Example.org".into();
    assert!(already_in(&doc, &by_mail).is_some());
    let stranger = Contact {
        name: "Ben Hall".into(),
        ..contacts[0].clone()
    };
    assert_eq!(
        already_in(&doc, &stranger).map(|p| p.name.as_str()),
        Some("Ana Costa"),
        "matched by profile, not by name"
    );
}

#[test]
fn contacts_added_for_a_career_name_it_and_a_repeat_in_the_file_is_added_once() {
    let mut doc = Document::fresh();
    let career = Id::parse("c-ux").unwrap();
    doc.careers
        .push(Career::new(career.clone(), "User research", now()));
    let contacts = read_connections(&fixture("Connections.csv")).unwrap();
    let twice = [&contacts[0], &contacts[0], &contacts[3]];
    let added = add_contacts(
        &mut doc,
        &twice,
        Some(&career),
        &mut SeqIds(1),
        now(),
        &Plain,
    );
    assert_eq!(added.len(), 2);
    assert!(doc.people.iter().all(|p| p.careers == [career.clone()]));
    // A contact with no profile and no e-mail cannot be told apart from anyone: added as is.
    let bare = Contact {
        profile_url: String::new(),
        email: String::new(),
        ..contacts[1].clone()
    };
    assert_eq!(
        add_contacts(&mut doc, &[&bare], None, &mut SeqIds(9), now(), &Plain).len(),
        1
    );
}

#[test]
fn a_chosen_file_that_is_not_text_gets_a_message_about_connections() {
    let png = read_connections_file(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
    assert!(png.message.starts_with("This is not a text file."), "{png}");
    assert!(png.message.contains("Connections.csv"), "{png}");
    assert_eq!(
        read_connections_file(b"").unwrap_err().message,
        "The file is empty."
    );
    let ok = read_connections_file(fixture("Connections.csv").as_bytes()).unwrap();
    assert_eq!(ok.len(), 5);
}

#[test]
fn cells_that_spreadsheets_would_run_are_kept_as_text() {
    for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
        assert_eq!(cell(formula), format!("'{formula}"));
    }
    assert_eq!(cell("Ana Costa"), "Ana Costa");
    assert_eq!(cell("1+1"), "1+1");
    let mut doc = generate(3, 6, today(), now());
    doc.people[0].name = "=HYPERLINK(\"http://evil.example\",\"click\")".into();
    let text = csv_text(&people_rows(&doc));
    assert!(
        text.starts_with("\u{feff}Name,Role,Organization,"),
        "{text}"
    );
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""));
    assert!(!text.contains(",=HYPERLINK"));
}

#[test]
fn one_row_per_talk_with_its_dates_and_next_step() {
    let doc = generate(5, 12, today(), now());
    let rows = talk_rows(&doc, today());
    assert_eq!(rows.len(), doc.interviews.len());
    let text = csv_text(&rows);
    assert!(text.starts_with(
        "\u{feff}Person,Organization,Career,Status,Asked on,Held on,Thanked on,Next step\r\n"
    ));
    let held = doc
        .interviews
        .iter()
        .position(|i| i.held_on.is_some())
        .unwrap();
    assert_eq!(
        rows[held].held,
        doc.interviews[held].held_on.unwrap().to_string()
    );
    assert!(rows.iter().any(|r| !r.next.is_empty()));
    // An empty planner still gives a file with its column names.
    assert_eq!(
        csv_text::<TalkRow>(&[]),
        "\u{feff}Person,Organization,Career,Status,Asked on,Held on,Thanked on,Next step\r\n"
    );
}

fn read_back<R: serde::de::DeserializeOwned>(text: &str) -> Vec<R> {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark first");
    csv::Reader::from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn any_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just("=cmd|' /C calc'!A0".to_owned()),
        Just("comma, \"quote\" and\r\nbreak".to_owned()),
        Just("Zoë 张伟 עדי 👩🏽‍💻".to_owned()),
        Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn exported_people_read_back_as_written(cells in proptest::collection::vec(any_cell(), 10), n in 0usize..4) {
        let row = PersonRow {
            name: cell(&cells[0]), role: cell(&cells[1]), organisation: cell(&cells[2]),
            careers: cell(&cells[3]), connection: cell(&cells[4]), email: cell(&cells[5]),
            phone: cell(&cells[6]), profile: cell(&cells[7]), suggested_by: cell(&cells[8]),
            notes: cell(&cells[9]),
        };
        let rows = vec![row; n];
        let back: Vec<PersonRow> = read_back(&csv_text(&rows));
        prop_assert_eq!(back, rows);
    }

    #[test]
    fn exported_talks_read_back_as_written(seed in any::<u64>(), n in 0usize..15) {
        let doc = generate(seed, n, today(), now());
        let rows = talk_rows(&doc, today());
        let back: Vec<TalkRow> = read_back(&csv_text(&rows));
        prop_assert_eq!(back, rows);
    }
}
