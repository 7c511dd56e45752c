//! Editing the question bank: adding, moving, deleting. Talks keep their own copies of questions,
//! so nothing here can change what was asked or the notes taken.

use super::text::squash_spaces;
use super::{Category, Document, Id, Question, TemplateKind, Timestamp};
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Document {
    /// Adds a question under its topic: after the last question of that topic, or, when the
    /// bank has none yet, where the topic comes among the others (before the first question of a
    /// later topic). The questions below it move down one place.
    pub fn add_question(&mut self, id: Id, text: &str, category: Category, now: Timestamp) {
        self.normalise_order();
        let order = self.place_for(category);
        for q in self.questions.iter_mut().filter(|q| q.order >= order) {
            q.order += 1;
            // Stamped like a move, so another tab's merge takes the new places.
            q.updated_at = now;
        }
        self.questions.push(Question {
            id,
            text: text.trim().to_owned(),
            category,
            order,
            favourite: false,
            created_at: now,
            updated_at: now,
        });
    }

    /// The place a new question of `category` takes in the bank (orders being dense).
    fn place_for(&self, category: Category) -> u32 {
        let rank = |c: Category| Category::ALL.iter().position(|x| *x == c);
        let last_of_topic = self
            .questions
            .iter()
            .filter(|q| q.category == category)
            .map(|q| q.order + 1)
            .max();
        let first_of_later_topic = || {
            self.questions
                .iter()
                .filter(|q| rank(q.category) > rank(category))
                .map(|q| q.order)
                .min()
        };
        last_of_topic
            .or_else(first_of_later_topic)
            .unwrap_or(self.questions.len() as u32)
    }

    /// Moves a question one step among `visible` (the ids the user sees, in order, e.g. after a
    /// filter), swapping places with its visible neighbour. Returns whether it moved.
    pub fn move_question(
        &mut self,
        id: &Id,
        direction: Direction,
        visible: &[Id],
        now: Timestamp,
    ) -> bool {
        self.normalise_order();
        let Some(pos) = visible.iter().position(|v| v == id) else {
            return false;
        };
        let neighbour = match direction {
            Direction::Up if pos > 0 => &visible[pos - 1],
            Direction::Down if pos + 1 < visible.len() => &visible[pos + 1],
            _ => return false,
        };
        let (Some(a), Some(b)) = (
            self.questions.iter().position(|q| &q.id == id),
            self.questions.iter().position(|q| &q.id == neighbour),
        ) else {
            return false;
        };
        let (oa, ob) = (self.questions[a].order, self.questions[b].order);
        self.questions[a].order = ob;
        self.questions[b].order = oa;
        self.questions[a].updated_at = now;
        self.questions[b].updated_at = now;
        true
    }

    /// Renumbers the bank 0, 1, 2… in its current order, so orders are unique and dense even
    /// after imports or merges that brought duplicates.
    pub fn normalise_order(&mut self) {
        let mut order: Vec<(u32, usize)> = self
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.order, i))
            .collect();
        super::order::sort_by_rank(&mut order, |(o, _)| *o as u64);
        for (rank, (_, index)) in order.into_iter().enumerate() {
            self.questions[index].order = rank as u32;
        }
    }

    pub fn delete_question(&mut self, id: &Id) {
        self.questions.retain(|q| &q.id != id);
    }

    /// Keeps one of each question or template that another repeats exactly (the same kind and
    /// the same words): two installs that each made their own starter bank, merged, or a
    /// template imported twice. The one first in the bank stays, a favourite if either was;
    /// talks that chose the other now name the one kept, so their answers still line up.
    pub fn merge_identical(&mut self) {
        let bank = self.questions_in_order();
        // The first question of each kind and wording, and the ones that repeat it.
        let mut first: BTreeMap<(Category, String), &Question> = BTreeMap::new();
        let mut renamed: Vec<(Id, Id)> = Vec::new();
        let mut favourite: Vec<Id> = Vec::new();
        for q in bank {
            match first.entry((q.category, squash_spaces(&q.text))) {
                Entry::Occupied(kept) => {
                    if q.favourite {
                        favourite.push(kept.get().id.clone());
                    }
                    renamed.push((q.id.clone(), kept.get().id.clone()));
                }
                Entry::Vacant(slot) => {
                    slot.insert(q);
                }
            }
        }
        if !renamed.is_empty() {
            self.questions
                .retain(|q| !renamed.iter().any(|(gone, _)| gone == &q.id));
            for q in &mut self.questions {
                q.favourite |= favourite.contains(&q.id);
            }
            for talk in &mut self.interviews {
                for asked in &mut talk.questions {
                    if let Some((_, to)) = renamed
                        .iter()
                        .find(|(gone, _)| Some(gone) == asked.question.as_ref())
                    {
                        asked.question = Some(to.clone());
                    }
                }
            }
        }
        // The same for templates; drafts that chose a dropped one ("u:<id>") name the one kept,
        // so their text does not fall back to another template.
        let mut first: BTreeMap<(TemplateKind, &str, &str), &Id> = BTreeMap::new();
        let mut renamed: Vec<(String, String)> = Vec::new();
        for t in &self.templates {
            let key = (t.kind, t.subject.trim(), t.body.trim());
            match first.get(&key) {
                Some(kept) => renamed.push((format!("u:{}", t.id), format!("u:{kept}"))),
                None => {
                    first.insert(key, &t.id);
                }
            }
        }
        if renamed.is_empty() {
            return;
        }
        self.templates
            .retain(|t| !renamed.iter().any(|(gone, _)| gone[2..] == *t.id.as_str()));
        for draft in self.interviews.iter_mut().flat_map(|i| i.drafts.iter_mut()) {
            if let Some((_, kept)) = renamed.iter().find(|(gone, _)| *gone == draft.template) {
                draft.template = kept.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::IdSource;
    use crate::domain::SeqIds;
    use chrono::DateTime;

    fn now() -> Timestamp {
        DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap()
    }

    fn bank(texts: &[&str]) -> (Document, Vec<Id>) {
        let mut doc = Document::empty();
        let mut ids = SeqIds(1);
        let mut out = Vec::new();
        for t in texts {
            let id = ids.new_id("q");
            doc.add_question(id.clone(), t, Category::Other, now());
            out.push(id);
        }
        (doc, out)
    }

    fn texts(doc: &Document) -> Vec<String> {
        doc.questions_in_order()
            .iter()
            .map(|q| q.text.clone())
            .collect()
    }

    #[test]
    fn moving_swaps_with_the_visible_neighbour() {
        let (mut doc, ids) = bank(&["a", "b", "c", "d"]);
        assert!(doc.move_question(&ids[2], Direction::Up, &ids, now()));
        assert_eq!(texts(&doc), ["a", "c", "b", "d"]);
        // With a filter showing only a, c and d, moving d up jumps over the hidden b.
        let visible = [ids[0].clone(), ids[2].clone(), ids[3].clone()];
        let visible_in_order: Vec<Id> = doc
            .questions_in_order()
            .iter()
            .map(|q| q.id.clone())
            .filter(|id| visible.contains(id))
            .collect();
        assert!(doc.move_question(&ids[3], Direction::Up, &visible_in_order, now()));
        assert_eq!(texts(&doc), ["a", "d", "b", "c"]);
    }

    #[test]
    fn ends_do_not_move() {
        let (mut doc, ids) = bank(&["a", "b"]);
        assert!(!doc.move_question(&ids[0], Direction::Up, &ids, now()));
        assert!(!doc.move_question(&ids[1], Direction::Down, &ids, now()));
        assert_eq!(texts(&doc), ["a", "b"]);
    }

    #[test]
    fn duplicate_orders_are_made_unique_before_moving() {
        let (mut doc, ids) = bank(&["a", "b", "c"]);
        for q in &mut doc.questions {
            q.order = 5;
        }
        assert!(doc.move_question(&ids[1], Direction::Down, &ids, now()));
        assert_eq!(texts(&doc), ["a", "c", "b"]);
    }

    #[test]
    fn adding_trims_and_goes_to_the_end_of_its_topic() {
        let (mut doc, _) = bank(&["a"]);
        doc.add_question(
            Id::parse("q-new").unwrap(),
            "  new?  ",
            Category::Other,
            now(),
        );
        assert_eq!(texts(&doc), ["a", "new?"]);
    }

    #[test]
    fn an_own_question_goes_under_its_topic() {
        let mut doc = Document::fresh();
        let later = || DateTime::parse_from_rfc3339("2026-12-01T10:00:00+00:00").unwrap();
        doc.add_question(
            Id::parse("q-mine").unwrap(),
            "Which tools do you open first each morning?",
            Category::TypicalDay,
            later(),
        );
        let bank = doc.questions_in_order();
        let at = bank.iter().position(|q| q.id.as_str() == "q-mine").unwrap();
        // After the starter questions on a working day, before the first on education.
        assert_eq!(bank[at - 1].category, Category::TypicalDay);
        assert_eq!(bank[at + 1].category, Category::Preparation);
        let orders: Vec<u32> = bank.iter().map(|q| q.order).collect();
        assert_eq!(orders, (0..bank.len() as u32).collect::<Vec<_>>());
        // The questions below it moved, and say so for other tabs' merges.
        assert_eq!(bank[at + 1].updated_at, later());
        assert!(bank[..at].iter().all(|q| q.updated_at != later()));
    }

    #[test]
    fn a_topic_new_to_the_bank_takes_its_place_among_the_others() {
        let mut doc = Document::empty();
        let mut ids = SeqIds(1);
        for (text, category) in [
            ("day", Category::TypicalDay),
            ("advice", Category::Advice),
            ("other", Category::Other),
        ] {
            doc.add_question(ids.new_id("q"), text, category, now());
        }
        doc.add_question(ids.new_id("q"), "path", Category::TheirPath, now());
        doc.add_question(ids.new_id("q"), "mine", Category::Other, now());
        assert_eq!(texts(&doc), ["day", "path", "advice", "other", "mine"]);
    }

    #[test]
    fn a_template_imported_twice_is_kept_once_and_drafts_follow_it() {
        let mut doc = Document::empty();
        let template = |id: &str| super::super::Template {
            id: Id::parse(id).unwrap(),
            kind: TemplateKind::ThankYou,
            name: "Mine".into(),
            subject: "Thank you".into(),
            body: "Dear {first_name}, thanks.".into(),
            created_at: now(),
            updated_at: now(),
        };
        doc.templates = vec![template("t-1"), template("t-2")];
        let mut talk = super::super::Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now(),
        );
        let mut draft = super::super::Draft::new(TemplateKind::ThankYou);
        draft.template = "u:t-2".into();
        talk.drafts.push(draft);
        doc.interviews.push(talk);
        doc.merge_identical();
        let ids: Vec<&str> = doc.templates.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["t-1"]);
        assert_eq!(doc.interviews[0].drafts[0].template, "u:t-1");
    }
}
