//! Reconciling two tabs that edited the same planner: a three-way merge against a version both
//! grew from, so neither tab's change is silently dropped.

use super::{Document, Id, Profile, Timestamp};
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};

/// A record kind kept in a list by id: what merging (between tabs, or with an imported file)
/// needs to know of it.
pub(crate) trait Record: Clone + PartialEq + Hash {
    /// Names the kind, so records of two kinds never share a key in a [`Snapshot`].
    const KIND: u8;
    fn id(&self) -> &Id;
    fn updated_at(&self) -> Timestamp;
}

macro_rules! record {
    ($($t:ty => $kind:expr),*) => {$(
        impl Record for $t {
            const KIND: u8 = $kind;
            fn id(&self) -> &Id {
                &self.id
            }
            fn updated_at(&self) -> Timestamp {
                self.updated_at
            }
        }
    )*};
}
record!(
    super::Career => 0,
    super::Question => 1,
    super::Person => 2,
    super::Interview => 3,
    super::Template => 4,
    super::Comment => 5
);

fn fingerprint<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// A version of the planner as a merge ancestor: which records it held, each as a fingerprint
/// of its content. A tab keeps one for every recent version it read or wrote; the whole
/// document would take a hundred times the memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    profile: [u64; 3],
    records: HashMap<(u8, Id), u64>,
}

impl Snapshot {
    pub fn of(doc: &Document) -> Snapshot {
        fn add<T: Record>(records: &mut HashMap<(u8, Id), u64>, list: &[T]) {
            records.extend(
                list.iter()
                    .map(|r| ((T::KIND, r.id().clone()), fingerprint(r))),
            );
        }
        let mut records = HashMap::new();
        add(&mut records, &doc.careers);
        add(&mut records, &doc.questions);
        add(&mut records, &doc.people);
        add(&mut records, &doc.interviews);
        add(&mut records, &doc.templates);
        add(&mut records, &doc.comments);
        let p = &doc.profile;
        Snapshot {
            profile: [p.name.as_str(), &p.field, &p.school].map(fingerprint),
            records,
        }
    }

    /// An ancestor that held nothing: merging against it keeps every record either side has.
    pub fn empty() -> Snapshot {
        Snapshot::of(&Document::empty())
    }

    fn get<T: Record>(&self, record: &T) -> Option<u64> {
        // The key is built only to look up; ids are short.
        self.records.get(&(T::KIND, record.id().clone())).copied()
    }
}

/// Per record: a change on one side only is taken; a change on both sides goes to the later
/// `updated_at` (to theirs, the stored one, on a tie); a deletion wins only over an unchanged
/// record (an edit is never lost to a deletion made in another tab).
///
/// The result keeps theirs in their order, then what only ours has: a tab that merges in a
/// save holding everything it has ends up with exactly that save, so two tabs agree at once
/// rather than write their own orders over each other.
fn merge_list<T: Record>(base: &Snapshot, ours: &[T], theirs: &[T]) -> Vec<T> {
    let ours_by_id: HashMap<&Id, &T> = ours.iter().map(|o| (o.id(), o)).collect();
    let theirs_by_id: HashMap<&Id, &T> = theirs.iter().map(|t| (t.id(), t)).collect();
    let changed = |record: &T, was: u64| fingerprint(record) != was;
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    for t in theirs {
        match (base.get(t), ours_by_id.get(t.id())) {
            // Added there, or added on both sides (same id: keep the later).
            (None, Some(o)) if o.updated_at() > t.updated_at() => out.push((*o).clone()),
            (None, _) => out.push(t.clone()),
            // Deleted here: keep theirs only if they changed it.
            (Some(b), None) => {
                if changed(t, b) {
                    out.push(t.clone());
                }
            }
            (Some(b), Some(o)) => {
                let pick = match (changed(o, b), changed(t, b)) {
                    (false, _) => t,
                    (true, false) => *o,
                    (true, true) if o.updated_at() > t.updated_at() => *o,
                    (true, true) => t,
                };
                out.push(pick.clone());
            }
        }
    }
    for o in ours {
        if theirs_by_id.contains_key(o.id()) {
            continue;
        }
        match base.get(o) {
            // Added here.
            None => out.push(o.clone()),
            // Deleted there: keep ours only if we changed it.
            Some(b) if changed(o, b) => out.push(o.clone()),
            Some(_) => {}
        }
    }
    out
}

fn merge_profile(base: &Snapshot, ours: &Profile, theirs: &Profile) -> Profile {
    let pick = |was: u64, o: &String, t: &String| {
        if fingerprint(o) != was {
            o.clone()
        } else {
            t.clone()
        }
    };
    let [name, field, school] = base.profile;
    Profile {
        name: pick(name, &ours.name, &theirs.name),
        field: pick(field, &ours.field, &theirs.field),
        school: pick(school, &ours.school, &theirs.school),
    }
}

/// Merges this tab's document (`ours`) with what another tab stored (`theirs`), both grown
/// from the version `base` was taken of.
pub fn merge3(base: &Snapshot, ours: &Document, theirs: &Document) -> Document {
    let later = |a: Option<Timestamp>, b: Option<Timestamp>| a.max(b);
    let mut doc = Document {
        format: ours.format.clone(),
        schema_version: ours.schema_version,
        exported_at: ours.exported_at,
        profile: merge_profile(base, &ours.profile, &theirs.profile),
        careers: merge_list(base, &ours.careers, &theirs.careers),
        questions: merge_list(base, &ours.questions, &theirs.questions),
        people: merge_list(base, &ours.people, &theirs.people),
        interviews: merge_list(base, &ours.interviews, &theirs.interviews),
        templates: merge_list(base, &ours.templates, &theirs.templates),
        comments: merge_list(base, &ours.comments, &theirs.comments),
        last_export_at: later(ours.last_export_at, theirs.last_export_at),
        saves: theirs.saves.clone(),
    };
    doc.normalise_order();
    doc.drop_dangling();
    doc
}

impl Document {
    /// Removes references to records that no longer exist, which a merge of deletions from two
    /// tabs can leave behind (a person forgotten in one tab while the other planned a talk).
    pub fn drop_dangling(&mut self) {
        let people: Vec<Id> = self.people.iter().map(|p| p.id.clone()).collect();
        let gone: Vec<Id> = self
            .interviews
            .iter()
            .filter(|i| !people.contains(&i.person))
            .map(|i| i.id.clone())
            .collect();
        for id in &gone {
            self.delete_interview(id);
        }
        let careers: Vec<Id> = self.careers.iter().map(|c| c.id.clone()).collect();
        let talks: Vec<Id> = self.interviews.iter().map(|i| i.id.clone()).collect();
        for p in &mut self.people {
            p.careers.retain(|c| careers.contains(c));
        }
        for i in &mut self.interviews {
            if i.career.as_ref().is_some_and(|c| !careers.contains(c)) {
                i.career = None;
            }
        }
        for p in &mut self.people {
            if let Some(by) = &mut p.referred_by {
                if by.referrer_id().is_some_and(|r| !people.contains(r)) {
                    by.referrer = super::Referrer::NoLongerTracked;
                    by.may_use_name = false;
                }
                if by.interview.as_ref().is_some_and(|i| !talks.contains(i)) {
                    by.interview = None;
                }
            }
        }
        self.comments.retain(|c| match &c.target {
            super::CommentTarget::Career { id } => careers.contains(id),
            super::CommentTarget::Interview { id } => talks.contains(id),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::generate;
    use crate::domain::validate::validate;
    use chrono::{DateTime, Duration};

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00+01:00").unwrap()
    }

    fn base() -> Document {
        generate(4, 8, "2026-11-27".parse().unwrap(), now())
    }

    #[test]
    fn edits_to_different_records_both_survive() {
        let base = base();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.people[0].notes = "ours".into();
        ours.people[0].updated_at = now() + Duration::minutes(1);
        theirs.people[1].notes = "theirs".into();
        theirs.people[1].updated_at = now() + Duration::minutes(2);
        let mut new_career = theirs.careers[0].clone();
        new_career.id = Id::parse("c-theirs").unwrap();
        theirs.careers.push(new_career);
        let merged = merge3(&Snapshot::of(&base), &ours, &theirs);
        assert_eq!(merged.people[0].notes, "ours");
        assert_eq!(merged.people[1].notes, "theirs");
        assert!(merged.career(&Id::parse("c-theirs").unwrap()).is_some());
        validate(&merged).unwrap();
    }

    #[test]
    fn the_same_record_edited_twice_goes_to_the_later_edit() {
        let base = base();
        let mut ours = base.clone();
        let mut theirs = base.clone();
        ours.careers[0].notes = "earlier".into();
        ours.careers[0].updated_at = now() + Duration::minutes(1);
        theirs.careers[0].notes = "later".into();
        theirs.careers[0].updated_at = now() + Duration::minutes(5);
        assert_eq!(
            merge3(&Snapshot::of(&base), &ours, &theirs).careers[0].notes,
            "later"
        );
        assert_eq!(
            merge3(&Snapshot::of(&base), &theirs, &ours).careers[0].notes,
            "later"
        );
    }

    #[test]
    fn deletions_apply_unless_the_other_side_edited() {
        let base = base();
        let gone = base.questions[0].id.clone();
        let mut ours = base.clone();
        ours.delete_question(&gone);
        let theirs = base.clone();
        assert!(
            merge3(&Snapshot::of(&base), &ours, &theirs)
                .question(&gone)
                .is_none()
        );
        let mut edited = base.clone();
        edited.questions[0].text = "Edited elsewhere".into();
        assert!(
            merge3(&Snapshot::of(&base), &ours, &edited)
                .question(&gone)
                .is_some()
        );
    }

    #[test]
    fn a_person_forgotten_in_one_tab_takes_their_talks_along() {
        let base = base();
        let person = base.interviews[0].person.clone();
        let mut ours = base.clone();
        ours.forget_person(&person);
        let mut theirs = base.clone();
        theirs.interviews[0].notes = "typed in the other tab".into();
        theirs.interviews[0].updated_at = now() + Duration::minutes(3);
        let merged = merge3(&Snapshot::of(&base), &ours, &theirs);
        // Their edit keeps the talk, but a talk needs its person: the edited talk's person was
        // unchanged in theirs, so forgetting wins and the talk goes with them.
        assert!(merged.person(&person).is_none());
        assert!(merged.interviews.iter().all(|i| i.person != person));
        validate(&merged).unwrap();
    }
}
