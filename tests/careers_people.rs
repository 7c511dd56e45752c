//! Steps 1 to 3 in the domain: what I have learned per career, referral chains, forgetting.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, NaiveDate};
use interview_planner::domain::learned::learned;
use interview_planner::domain::referrals::{ChainNode, chains, referred_by};
use interview_planner::domain::{
    AskedQuestion, Career, Category, Connection, Document, Id, Interview, Person, ReferredBy,
    Referrer, Timestamp,
};

fn now() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-27T10:00:00+01:00").unwrap()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn id(s: &str) -> Id {
    Id::parse(s).unwrap()
}

fn person(doc: &mut Document, key: &str, name: &str) {
    let mut p = Person::new(id(key), name, Connection::Professional, now());
    p.email = format!("{}@example.org", key);
    doc.people.push(p);
}

fn refer(doc: &mut Document, who: &str, by: &str, interview: Option<&str>) {
    doc.person_mut(&id(who)).unwrap().referred_by = Some(ReferredBy {
        referrer: Referrer::Person { id: id(by) },
        may_use_name: true,
        interview: interview.map(id),
    });
}

fn held_talk(
    doc: &mut Document,
    key: &str,
    person: &str,
    career: &str,
    on: &str,
    notes: &[(Option<&str>, &str, &str)],
) {
    let mut i = Interview::new(id(key), id(person), Some(id(career)), now());
    i.mark_held(day(on));
    for (n, (bank, text, note)) in notes.iter().enumerate() {
        i.questions.push(AskedQuestion {
            id: id(&format!("aq-{n}")),
            question: bank.map(id),
            text: text.to_string(),
            notes: note.to_string(),
            must_ask: false,
        });
    }
    doc.interviews.push(i);
}

fn names(doc: &Document, nodes: &[ChainNode]) -> Vec<String> {
    nodes
        .iter()
        .map(|n| {
            let name = doc.person(&n.person).unwrap().name.clone();
            if n.children.is_empty() {
                name
            } else {
                format!("{name} > [{}]", names(doc, &n.children).join(", "))
            }
        })
        .collect()
}

fn base_doc() -> Document {
    let mut doc = Document::empty();
    doc.careers
        .push(Career::new(id("c-ux"), "User research", now()));
    doc.careers
        .push(Career::new(id("c-nurse"), "Nursing", now()));
    doc.add_question(
        id("q-day"),
        "What does a normal day look like?",
        Category::TypicalDay,
        now(),
    );
    doc.add_question(
        id("q-path"),
        "How did you get here?",
        Category::TheirPath,
        now(),
    );
    doc.add_question(
        id("q-advice"),
        "What would you advise me?",
        Category::Advice,
        now(),
    );
    for (key, name) in [
        ("p-ana", "Ana"),
        ("p-ben", "Ben"),
        ("p-cy", "Cy"),
        ("p-dee", "Dee"),
    ] {
        person(&mut doc, key, name);
    }
    doc
}

#[test]
fn learned_lines_up_the_same_question_across_talks() {
    let mut doc = base_doc();
    held_talk(
        &mut doc,
        "i-2",
        "p-ben",
        "c-ux",
        "2026-11-10",
        &[
            (
                Some("q-advice"),
                "What would you advise me?",
                "Build a portfolio",
            ),
            (
                Some("q-day"),
                "What does a normal day look like?",
                "Interviews with users",
            ),
            (None, "Do you work with designers?", "Every day"),
        ],
    );
    held_talk(
        &mut doc,
        "i-1",
        "p-ana",
        "c-ux",
        "2026-11-02",
        &[
            (
                Some("q-day"),
                "What is a normal day like?",
                "Lots of synthesis",
            ),
            (None, "do you work with designers", "Sometimes"),
        ],
    );
    // Another career, and a talk not yet held: neither shows.
    held_talk(
        &mut doc,
        "i-3",
        "p-cy",
        "c-nurse",
        "2026-11-05",
        &[(Some("q-day"), "x", "Shifts")],
    );
    let mut planned = Interview::new(id("i-4"), id("p-dee"), Some(id("c-ux")), now());
    planned.questions.push(AskedQuestion {
        id: id("aq-1"),
        question: Some(id("q-day")),
        text: "x".into(),
        notes: "not yet".into(),
        must_ask: false,
    });
    doc.interviews.push(planned);

    let view = learned(&doc, &id("c-ux"));
    assert_eq!(view.talks, 2);
    let rows: Vec<(String, Vec<(String, String)>)> = view
        .rows
        .iter()
        .map(|r| {
            (
                r.text.clone(),
                r.answers
                    .iter()
                    .map(|a| (a.person_name.clone(), a.notes.clone()))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            (
                "What does a normal day look like?".to_string(),
                vec![
                    ("Ana".into(), "Lots of synthesis".into()),
                    ("Ben".into(), "Interviews with users".into())
                ]
            ),
            (
                "What would you advise me?".to_string(),
                vec![("Ben".into(), "Build a portfolio".into())]
            ),
            (
                "do you work with designers".to_string(),
                vec![
                    ("Ana".into(), "Sometimes".into()),
                    ("Ben".into(), "Every day".into())
                ]
            ),
        ]
    );
}

#[test]
fn learned_keeps_rows_of_deleted_or_reworded_bank_questions() {
    let mut doc = base_doc();
    held_talk(
        &mut doc,
        "i-1",
        "p-ana",
        "c-ux",
        "2026-11-02",
        &[(Some("q-path"), "How did you get here?", "Via journalism")],
    );
    doc.question_mut(&id("q-path")).unwrap().text = "What was your path into this work?".into();
    assert_eq!(
        learned(&doc, &id("c-ux")).rows[0].text,
        "What was your path into this work?"
    );
    doc.delete_question(&id("q-path"));
    let view = learned(&doc, &id("c-ux"));
    assert_eq!(view.rows[0].text, "How did you get here?");
    assert_eq!(view.rows[0].answers[0].notes, "Via journalism");
}

#[test]
fn learned_lists_debriefs_of_held_talks() {
    let mut doc = base_doc();
    held_talk(&mut doc, "i-1", "p-ana", "c-ux", "2026-11-02", &[]);
    held_talk(&mut doc, "i-2", "p-ben", "c-ux", "2026-11-03", &[]);
    doc.interview_mut(&id("i-2")).unwrap().debrief.learned = "Research is half writing".into();
    let view = learned(&doc, &id("c-ux"));
    assert_eq!(view.debriefs.len(), 1);
    assert_eq!(view.debriefs[0].person_name, "Ben");
}

#[test]
fn chains_run_from_first_contacts_down() {
    let mut doc = base_doc();
    refer(&mut doc, "p-ben", "p-ana", None);
    refer(&mut doc, "p-cy", "p-ben", None);
    refer(&mut doc, "p-dee", "p-ana", None);
    assert_eq!(names(&doc, &chains(&doc)), ["Ana > [Ben > [Cy], Dee]"]);
    let by_ana: Vec<&str> = referred_by(&doc, &id("p-ana"))
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(by_ana, ["Ben", "Dee"]);
}

#[test]
fn chains_survive_cycles_and_show_everyone_once() {
    let mut doc = base_doc();
    // Ana <-> Ben form a loop, Cy hangs below Ben; Dee refers to herself.
    refer(&mut doc, "p-ana", "p-ben", None);
    refer(&mut doc, "p-ben", "p-ana", None);
    refer(&mut doc, "p-cy", "p-ben", None);
    refer(&mut doc, "p-dee", "p-dee", None);
    let forest = chains(&doc);
    assert_eq!(names(&doc, &forest), ["Dee", "Ana > [Ben > [Cy]]"]);
}

#[test]
fn chains_start_again_below_a_forgotten_referrer() {
    let mut doc = base_doc();
    refer(&mut doc, "p-ben", "p-ana", None);
    refer(&mut doc, "p-cy", "p-ben", None);
    doc.forget_person(&id("p-ana"));
    let forest = chains(&doc);
    assert_eq!(names(&doc, &forest), ["Ben > [Cy]", "Dee"]);
    assert!(forest[0].from_forgotten);
    assert!(!forest[1].from_forgotten);
}

#[test]
fn forgetting_removes_every_trace() {
    let mut doc = base_doc();
    held_talk(
        &mut doc,
        "i-1",
        "p-ana",
        "c-ux",
        "2026-11-02",
        &[(
            Some("q-day"),
            "What does a normal day look like?",
            "Ana said: lots of synthesis",
        )],
    );
    doc.interview_mut(&id("i-1")).unwrap().debrief.learned = "Ana was kind".into();
    refer(&mut doc, "p-ben", "p-ana", Some("i-1"));
    doc.comments.push(interview_planner::domain::Comment {
        id: id("m-1"),
        target: interview_planner::domain::CommentTarget::Interview { id: id("i-1") },
        author: "Mentor".into(),
        text: "Good talk".into(),
        created_at: now(),
        updated_at: now(),
    });
    let gone = doc.forget_person(&id("p-ana"));
    assert_eq!(gone.interviews, 1);
    assert_eq!(gone.referrals_anonymised, 1);
    let json = interview_planner::domain::stored::stored_text(&doc);
    for trace in ["Ana", "p-ana", "p-ana@example.org", "i-1", "m-1"] {
        assert!(!json.contains(trace), "{trace} still in {json}");
    }
    let ben = doc
        .person(&id("p-ben"))
        .unwrap()
        .referred_by
        .clone()
        .unwrap();
    assert_eq!(ben.referrer, Referrer::NoLongerTracked);
    assert!(!ben.may_use_name);
    interview_planner::domain::validate::validate(&doc).expect("still a valid document");
}

fn introduce(doc: &mut Document, who: &str, by: &str) {
    doc.person_mut(&id(who)).unwrap().referred_by = Some(ReferredBy {
        referrer: Referrer::Named { name: by.into() },
        may_use_name: true,
        interview: None,
    });
}

#[test]
fn an_introducer_outside_the_planner_is_written_by_kind_and_name_and_read_back() {
    let mut doc = base_doc();
    introduce(&mut doc, "p-ben", "Prof. Lee");
    let json = serde_json::to_value(&doc.person(&id("p-ben")).unwrap().referred_by).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "referrer": { "kind": "named", "name": "Prof. Lee" },
            "may_use_name": true
        })
    );
    let text = interview_planner::domain::exchange::export_text(&doc, now());
    let (back, _) = interview_planner::domain::import::parse_document(&text).unwrap();
    assert_eq!(back.people, doc.people);
    assert_eq!(
        doc.person(&id("p-ben"))
            .unwrap()
            .referred_by
            .as_ref()
            .unwrap()
            .referrer
            .name(&doc),
        Some("Prof. Lee")
    );
}

#[test]
fn an_introducer_needs_a_name() {
    let mut doc = base_doc();
    introduce(&mut doc, "p-cy", "   ");
    let error = interview_planner::domain::validate::validate(&doc).unwrap_err();
    assert_eq!(error.path, "people[2].referred_by.referrer.name");
    assert!(error.message.contains("needs a name"), "{error}");
}

#[test]
fn an_introducer_starts_a_chain_and_outlives_merges_and_forgetting() {
    let mut doc = base_doc();
    introduce(&mut doc, "p-ben", "Prof. Lee");
    refer(&mut doc, "p-cy", "p-ben", None);
    let forest = chains(&doc);
    assert_eq!(names(&doc, &forest), ["Ana", "Ben > [Cy]", "Dee"]);
    assert_eq!(forest[1].introduced_by.as_deref(), Some("Prof. Lee"));
    assert!(!forest[1].from_forgotten);
    assert!(referred_by(&doc, &id("p-ben")).len() == 1);
    // Nobody in the planner is behind the name, so nothing dangles and nothing is forgotten.
    let before = doc.clone();
    doc.drop_dangling();
    assert_eq!(doc, before);
    doc.forget_person(&id("p-ana"));
    assert_eq!(
        doc.person(&id("p-ben"))
            .unwrap()
            .referred_by
            .as_ref()
            .unwrap()
            .referrer,
        Referrer::Named {
            name: "Prof. Lee".into()
        }
    );
    let rows = interview_planner::domain::spreadsheet::people_rows(&doc);
    let ben = rows.iter().find(|r| r.name == "Ben").unwrap();
    assert_eq!(ben.suggested_by, "Prof. Lee");
}

#[test]
fn deleting_a_career_unlinks_it_but_keeps_people_and_talks() {
    let mut doc = base_doc();
    doc.person_mut(&id("p-ana"))
        .unwrap()
        .careers
        .push(id("c-ux"));
    held_talk(&mut doc, "i-1", "p-ana", "c-ux", "2026-11-02", &[]);
    doc.delete_career(&id("c-ux"));
    assert!(doc.person(&id("p-ana")).unwrap().careers.is_empty());
    assert_eq!(doc.interview(&id("i-1")).unwrap().career, None);
    assert_eq!(doc.people.len(), 4);
    interview_planner::domain::validate::validate(&doc).expect("still a valid document");
}

mod talk_status {
    use chrono::{DateTime, NaiveDate};
    use interview_planner::domain::{Id, Interview, OutreachKind, Status};
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Change {
        Log(u32, OutreachKind),
        /// Removes the n-th entry of the log, if there is one.
        Remove(usize),
        Schedule(u32),
        Held(u32),
        Thanked(u32),
    }

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + chrono::Days::new(n.into())
    }

    fn change() -> impl Strategy<Value = Change> {
        let kind = proptest::sample::select(OutreachKind::ALL.to_vec());
        prop_oneof![
            4 => (0u32..30, kind).prop_map(|(d, k)| Change::Log(d, k)),
            3 => (0usize..6).prop_map(Change::Remove),
            1 => (0u32..30).prop_map(Change::Schedule),
            1 => (0u32..30).prop_map(Change::Held),
            1 => (0u32..30).prop_map(Change::Thanked),
        ]
    }

    fn apply(talk: &mut Interview, change: &Change) {
        match *change {
            Change::Log(d, kind) => {
                talk.log_outreach(day(d), kind, "");
            }
            Change::Remove(n) => {
                if let Some(id) = talk.outreach.get(n).map(|e| e.id.clone()) {
                    talk.remove_outreach(&id);
                }
            }
            Change::Schedule(d) => talk.schedule(
                day(d).and_hms_opt(14, 0, 0).unwrap(),
                String::new(),
                20,
                day(d),
            ),
            Change::Held(d) => talk.mark_held(day(d)),
            Change::Thanked(d) => talk.mark_thanked(day(d)),
        }
    }

    fn talk() -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-01T09:00:00+01:00").unwrap();
        Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Whatever was added and removed before, the status is what the record says, and
        /// an entry added then removed leaves the talk as it was.
        #[test]
        fn the_status_follows_the_record_through_any_sequence(
            changes in proptest::collection::vec(change(), 0..25),
            extra in (0u32..30, proptest::sample::select(OutreachKind::ALL.to_vec())),
        ) {
            let mut t = talk();
            for c in &changes {
                apply(&mut t, c);
                prop_assert_eq!(t.status, t.status_from_record());
                prop_assert_eq!(t.status.was_held(), t.held_on.is_some() || t.thank_you_sent.is_some());
                if t.outreach.is_empty() && t.scheduled_at.is_none() && !t.status.was_held() {
                    prop_assert_eq!(t.status, Status::Planned);
                }
            }
            let before = t.clone();
            let id = t.log_outreach(day(extra.0), extra.1, "");
            t.remove_outreach(&id);
            prop_assert_eq!(t, before);
        }
    }

    #[test]
    fn removing_the_only_request_makes_the_talk_planned_again() {
        let mut t = talk();
        let id = t.log_outreach(day(1), OutreachKind::Sent, "");
        assert_eq!(t.status, Status::Asked);
        t.remove_outreach(&id);
        assert_eq!(t.status, Status::Planned);
    }

    #[test]
    fn a_refusal_after_scheduling_calls_the_talk_off_and_a_new_time_brings_it_back() {
        let mut t = talk();
        t.log_outreach(day(1), OutreachKind::Sent, "");
        t.schedule(
            day(9).and_hms_opt(10, 0, 0).unwrap(),
            String::new(),
            20,
            day(3),
        );
        assert_eq!(t.status, Status::Scheduled);
        t.log_outreach(day(5), OutreachKind::Declined, "had to cancel");
        assert_eq!(t.status, Status::Declined);
        t.schedule(
            day(20).and_hms_opt(10, 0, 0).unwrap(),
            String::new(),
            20,
            day(8),
        );
        assert_eq!(t.status, Status::Scheduled);
        assert_eq!(
            t.outreach.last().map(|e| e.kind),
            Some(OutreachKind::Replied)
        );
    }
}
