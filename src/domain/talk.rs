//! Editing one talk's chosen questions: from the bank or written for the occasion, in order.

use super::interview::next_local_id;
use super::{AskedQuestion, Direction, Document, Id, Interview};

impl Interview {
    /// Adds a bank question (with its own copy of the text) unless it is already chosen.
    pub fn choose_question(&mut self, bank_id: &Id, text: &str) -> bool {
        if self
            .questions
            .iter()
            .any(|q| q.question.as_ref() == Some(bank_id))
        {
            return false;
        }
        self.questions.push(AskedQuestion {
            id: self.new_question_id(),
            question: Some(bank_id.clone()),
            text: text.to_owned(),
            notes: String::new(),
        });
        true
    }

    /// Adds a question written just for this talk.
    pub fn add_own_question(&mut self, text: &str) {
        self.questions.push(AskedQuestion {
            id: self.new_question_id(),
            question: None,
            text: text.trim().to_owned(),
            notes: String::new(),
        });
    }

    fn new_question_id(&self) -> Id {
        next_local_id("aq", self.questions.iter().map(|q| &q.id))
    }

    /// The position of a chosen question, by its id.
    pub fn question_index(&self, id: &Id) -> Option<usize> {
        self.questions.iter().position(|q| &q.id == id)
    }

    /// Removes a chosen question, unless notes were taken against it (those are never dropped
    /// silently; the caller asks first and passes `force`).
    pub fn remove_question(&mut self, index: usize, force: bool) -> bool {
        match self.questions.get(index) {
            Some(q) if force || q.notes.trim().is_empty() => {
                self.questions.remove(index);
                true
            }
            _ => false,
        }
    }

    pub fn move_question(&mut self, index: usize, direction: Direction) -> bool {
        let target = match direction {
            Direction::Up if index > 0 => index - 1,
            Direction::Down if index + 1 < self.questions.len() => index + 1,
            _ => return false,
        };
        self.questions.swap(index, target);
        true
    }
}

impl Document {
    /// The favourite bank questions, in bank order: a sensible first choice for a new talk.
    pub fn favourite_questions(&self) -> Vec<(Id, String)> {
        self.questions_in_order()
            .into_iter()
            .filter(|q| q.favourite)
            .map(|q| (q.id.clone(), q.text.clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn talk() -> Interview {
        let now = DateTime::parse_from_rfc3339("2026-11-27T10:00:00+00:00").unwrap();
        Interview::new(
            Id::parse("i-1").unwrap(),
            Id::parse("p-1").unwrap(),
            None,
            now,
        )
    }

    #[test]
    fn choosing_twice_keeps_one_copy() {
        let mut t = talk();
        let q = Id::parse("q-1").unwrap();
        assert!(t.choose_question(&q, "A?"));
        assert!(!t.choose_question(&q, "A?"));
        t.add_own_question("  B?  ");
        assert_eq!(t.questions.len(), 2);
        assert_eq!(t.questions[1].text, "B?");
    }

    #[test]
    fn notes_protect_a_question_from_removal() {
        let mut t = talk();
        t.add_own_question("A?");
        t.questions[0].notes = "said something".into();
        assert!(!t.remove_question(0, false));
        assert!(t.remove_question(0, true));
        assert!(t.questions.is_empty());
        assert!(!t.remove_question(3, true));
    }

    #[test]
    fn moving_within_bounds() {
        let mut t = talk();
        for q in ["A", "B", "C"] {
            t.add_own_question(q);
        }
        assert!(t.move_question(2, Direction::Up));
        assert!(!t.move_question(0, Direction::Up));
        assert!(!t.move_question(2, Direction::Down));
        let order: Vec<&str> = t.questions.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(order, ["A", "C", "B"]);
    }
}
