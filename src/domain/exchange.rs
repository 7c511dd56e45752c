//! Moving data in and out: the export file, the copy for a mentor, and importing by merge or
//! replace with a preview of what would change.

use super::import::ImportError;
use super::sync::Record;
use super::validate::validate;
use super::{Document, Timestamp};
use chrono::NaiveDate;

/// The export: pretty-printed so two exports of the same data differ only where the data does.
pub fn export_text(doc: &Document, now: Timestamp) -> String {
    let mut copy = doc.clone();
    copy.exported_at = Some(now);
    copy.saves = Default::default();
    super::stored::json_text(&copy, true)
}

pub fn export_filename(today: NaiveDate, suffix: &str) -> String {
    format!(
        "interview-planner-{}{suffix}.json",
        super::dates::input_date(today)
    )
}

/// The copy a mentor receives: everything about the plan, nothing that reaches third parties
/// (emails, phone numbers, profile links) and none of the notes marked private.
pub fn mentor_copy(doc: &Document) -> Document {
    let mut copy = doc.clone();
    for p in &mut copy.people {
        p.email.clear();
        p.phone.clear();
        p.profile_url.clear();
        if p.notes_private {
            p.notes.clear();
        }
    }
    copy.last_export_at = None;
    copy.saves = Default::default();
    copy
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub careers: usize,
    pub questions: usize,
    pub people: usize,
    pub interviews: usize,
}

impl Counts {
    pub fn of(doc: &Document) -> Counts {
        Counts {
            careers: doc.careers.len(),
            questions: doc.questions.len(),
            people: doc.people.len(),
            interviews: doc.interviews.len(),
        }
    }
}

/// What a merge would do to one kind of record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// In the file only: added.
    pub added: usize,
    /// In both, newer in the file: replaced by the file's version.
    pub updated: usize,
    /// In both, not newer in the file: yours is kept.
    pub kept: usize,
}

impl Changes {
    fn add(&mut self, other: Changes) {
        self.added += other.added;
        self.updated += other.updated;
        self.kept += other.kept;
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    pub incoming: Counts,
    pub current: Counts,
    pub careers: Changes,
    pub questions: Changes,
    pub people: Changes,
    pub interviews: Changes,
    /// Templates and mentor comments together.
    pub other: Changes,
}

impl Preview {
    pub fn total(&self) -> Changes {
        let mut all = Changes::default();
        for c in [
            self.careers,
            self.questions,
            self.people,
            self.interviews,
            self.other,
        ] {
            all.add(c);
        }
        all
    }
}

fn changes<T: Record>(ours: &[T], theirs: &[T]) -> Changes {
    let mut c = Changes::default();
    for t in theirs {
        match ours.iter().find(|o| o.id() == t.id()) {
            None => c.added += 1,
            Some(o) if t.updated_at() > o.updated_at() => c.updated += 1,
            Some(_) => c.kept += 1,
        }
    }
    c
}

/// Ours in our order, each replaced by theirs when theirs is newer; then theirs that we lack.
fn merge_records<T: Record>(ours: &[T], theirs: &[T]) -> Vec<T> {
    let mut out: Vec<T> = ours
        .iter()
        .map(|o| match theirs.iter().find(|t| t.id() == o.id()) {
            Some(t) if t.updated_at() > o.updated_at() => t.clone(),
            _ => o.clone(),
        })
        .collect();
    out.extend(
        theirs
            .iter()
            .filter(|t| !ours.iter().any(|o| o.id() == t.id()))
            .cloned(),
    );
    out
}

pub fn preview(current: &Document, incoming: &Document) -> Preview {
    let mut other = changes(&current.templates, &incoming.templates);
    other.add(changes(&current.comments, &incoming.comments));
    Preview {
        incoming: Counts::of(incoming),
        current: Counts::of(current),
        careers: changes(&current.careers, &incoming.careers),
        questions: changes(&current.questions, &incoming.questions),
        people: changes(&current.people, &incoming.people),
        interviews: changes(&current.interviews, &incoming.interviews),
        other,
    }
}

/// Merges by id: the newer `updated_at` wins, and nothing is deleted. Profile details missing
/// here are taken from the file. The result is checked like any imported file.
pub fn merge(current: &Document, incoming: &Document) -> Result<Document, ImportError> {
    let mut doc = Document {
        careers: merge_records(&current.careers, &incoming.careers),
        questions: merge_records(&current.questions, &incoming.questions),
        people: merge_records(&current.people, &incoming.people),
        interviews: merge_records(&current.interviews, &incoming.interviews),
        templates: merge_records(&current.templates, &incoming.templates),
        comments: merge_records(&current.comments, &incoming.comments),
        exported_at: None,
        ..current.clone()
    };
    if doc.profile.name.trim().is_empty() {
        doc.profile.name = incoming.profile.name.clone();
    }
    if doc.profile.field.trim().is_empty() {
        doc.profile.field = incoming.profile.field.clone();
    }
    if doc.profile.school.trim().is_empty() {
        doc.profile.school = incoming.profile.school.clone();
    }
    // The same question or template under two ids is one.
    doc.merge_identical();
    // Two banks may use the same positions; keep both, in a stable order.
    doc.normalise_order();
    validate(&doc)?;
    Ok(doc)
}

/// What replacing would use: the file as it is, made ready to store.
pub fn replacement(incoming: &Document, current: &Document) -> Document {
    Document {
        exported_at: None,
        saves: current.saves.clone(),
        ..incoming.clone()
    }
}
